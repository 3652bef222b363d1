/**
 * Reads `git diff --unified=0` output into the set of added or changed lines per file, the
 * input of changed-lines mode (`pilens scan --since`). Pure: the caller runs git.
 */

/** 1-based inclusive line span in the new version of a file. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

export interface FileChange {
  /** Path in the new version, relative to the repository root, `/`-separated. */
  readonly path: string;
  /** Path in the old version when the file was renamed or copied. */
  readonly oldPath?: string;
  readonly added: readonly LineSpan[];
}

/** Undoes git's C-style quoting of unusual paths (`"a\\tb"`, octal UTF-8 bytes). */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, raw.endsWith('"') ? -1 : undefined);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      for (const b of new TextEncoder().encode(c)) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * The path of a `---` / `+++` line. Git ends it with a tab when the name contains a space
 * (`+++ b/my file.ts\t`), so a path with spaces would otherwise never match its file.
 */
function headerPath(line: string): string {
  const raw = line.slice(4);
  return unquoteGitPath(raw.endsWith('\t') ? raw.slice(0, -1) : raw);
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * Parses a unified diff made with `--unified=0 --no-prefix` or the default `a/` `b/` prefixes.
 * Deleted files are omitted; a pure rename yields an entry with no added lines.
 */
export function parseUnifiedDiff(diff: string): FileChange[] {
  const changes: FileChange[] = [];
  let current: { path: string; oldPath?: string; added: LineSpan[]; deleted: boolean } | undefined;
  const flush = (): void => {
    if (current && !current.deleted && current.path !== '') {
      const { path, oldPath, added } = current;
      changes.push(oldPath !== undefined && oldPath !== path ? { path, oldPath, added } : { path, added });
    }
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = { path: '', added: [], deleted: false };
    } else if (!current) {
      continue;
    } else if (line.startsWith('rename from ')) {
      current.oldPath = unquoteGitPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      current.path = unquoteGitPath(line.slice('rename to '.length));
    } else if (line.startsWith('deleted file mode')) {
      current.deleted = true;
    } else if (line.startsWith('--- ')) {
      const old = headerPath(line);
      if (old !== '/dev/null' && current.oldPath === undefined) current.oldPath = stripPrefix(old, 'a/');
    } else if (line.startsWith('+++ ')) {
      const now = headerPath(line);
      if (now !== '/dev/null') current.path = stripPrefix(now, 'b/');
    } else if (line.startsWith('@@')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.added.push({ start, end: start + count - 1 });
    }
  }
  flush();
  return changes;
}

/** Whether a 1-based line lies in one of the spans. */
export function lineInSpans(line: number, spans: readonly LineSpan[]): boolean {
  return spans.some((s) => line >= s.start && line <= s.end);
}
