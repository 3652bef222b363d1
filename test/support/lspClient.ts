/**
 * A minimal LSP client for tests: starts `pilens lsp --stdio` as a child process (the TypeScript
 * entry through tsx, or a built bundle), speaks JSON-RPC over its stdio with
 * vscode-languageserver-protocol, and collects published diagnostics by URI.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const ROOT = resolve(__dirname, '../..');

export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcessWithoutNullStreams;
  /** Every publication, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Resolves with the first publication for `uri` (after `since` publications) matching `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]>;
  /** shutdown + exit; resolves with the process's exit code. */
  close(): Promise<number | null>;
  stderr(): string;
}

export interface StartOptions {
  readonly rootUri?: string;
  readonly capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration`; when absent the client does not offer it. */
  readonly configuration?: (section: string | undefined) => unknown;
  readonly locale?: string;
  /** Run this script instead of the TypeScript entry (e.g. dist/cli.js). */
  readonly script?: string;
}

const MARKDOWN_CLIENT: ClientCapabilities = {
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true },
    synchronization: { dynamicRegistration: false },
  },
};

export async function startServer(options: StartOptions = {}): Promise<LspSession> {
  const args =
    options.script === undefined
      ? ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts'), 'lsp', '--stdio']
      : [options.script, 'lsp', '--stdio'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      done(code);
    }),
  );
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    done: (d: Diagnostic[]) => void;
  }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(params.diagnostics);
      }
    }
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('client/registerCapability', () => null);
  if (options.configuration !== undefined) {
    const answer = options.configuration;
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => answer(item.section)),
    );
  }
  connection.listen();
  const capabilities: ClientCapabilities = {
    ...(options.capabilities ?? MARKDOWN_CLIENT),
    workspace: {
      ...options.capabilities?.workspace,
      configuration: options.configuration !== undefined,
      didChangeWatchedFiles: { dynamicRegistration: true },
    },
  };
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri === undefined ? null : [{ uri: options.rootUri, name: 'root' }],
    capabilities,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    published,
    stderr: () => stderr,
    diagnostics: (uri, accept = () => true) => {
      const seen = published.filter((p) => p.uri === uri && accept(p)).at(-1);
      if (seen !== undefined) return Promise.resolve(seen.diagnostics);
      return new Promise((done) => waiters.push({ uri, accept, done }));
    },
    close: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Opens a document in the session. */
export async function openDocument(
  session: LspSession,
  uri: string,
  languageId: string,
  text: string,
  version = 1,
): Promise<void> {
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId, version, text },
  });
}
