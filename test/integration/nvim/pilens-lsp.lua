-- Drives `pilens lsp --stdio` from Neovim's built-in LSP client, headless. Written for Neovim
-- 0.7 (Debian bookworm), so it uses vim.lsp.start_client + buf_attach_client rather than the
-- vim.lsp.start of 0.8+. Reads PILENS_CLI (the bundle), PILENS_ROOT, PILENS_FILES (comma-
-- separated) and writes what the editor saw as JSON to PILENS_OUT, then quits. Any error is
-- written there too and ends Neovim with a non-zero exit code.
local out_path = assert(os.getenv('PILENS_OUT'), 'PILENS_OUT not set')
local result = { nvim = vim.version(), files = {}, exit_code = vim.NIL }

local function write_result()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function code_of(d)
  if d.code ~= nil then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code or vim.NIL
end

local function run()
  vim.cmd('filetype on')
  local client_id = vim.lsp.start_client({
    name = 'pilens',
    cmd = { 'node', os.getenv('PILENS_CLI'), 'lsp', '--stdio' },
    root_dir = os.getenv('PILENS_ROOT'),
    on_exit = function(code) result.exit_code = code end,
  })
  assert(client_id, 'the language server did not start')
  for _, path in ipairs(vim.split(os.getenv('PILENS_FILES'), ',', { plain = true })) do
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    assert(vim.lsp.buf_attach_client(buf, client_id), 'could not attach to ' .. path)
    local got = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local entry = { path = path, filetype = vim.bo[buf].filetype, waited = got, diagnostics = {}, hover = vim.NIL }
    local diagnostics = vim.diagnostic.get(buf)
    for _, d in ipairs(diagnostics) do
      table.insert(entry.diagnostics, {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        severity = d.severity, source = d.source or vim.NIL, code = code_of(d), message = d.message,
      })
    end
    local first = diagnostics[1]
    if first ~= nil then
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        position = { line = first.lnum, character = first.col },
      }
      local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 30000) or {}
      local response = responses[client_id]
      if response and response.result then
        entry.hover = { line = first.lnum, character = first.col, contents = response.result.contents }
      end
    end
    table.insert(result.files, entry)
  end
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return result.exit_code ~= vim.NIL end, 50)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qa!' or 'cquit 1')
