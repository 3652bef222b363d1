import * as vscode from 'vscode';
import { showAtRef } from './gitRefs.js';

/** The scheme of the diff's left side: a file as it was at a git ref. */
export const REF_SCHEME = 'pilens-ref';

interface RefQuery {
  readonly root: string;
  readonly ref: string;
  readonly path: string;
}

/**
 * A read-only document of `path` at `ref` in the repository at `root`. The URI path keeps the
 * file's name so the left side gets the same language (and the same pilens diagnostics).
 */
export function refUri(root: string, ref: string, path: string): vscode.Uri {
  const query: RefQuery = { root, ref, path };
  return vscode.Uri.from({ scheme: REF_SCHEME, path: `/${path}`, query: JSON.stringify(query) });
}

function parseQuery(uri: vscode.Uri): RefQuery | undefined {
  try {
    const q = JSON.parse(uri.query) as Partial<RefQuery>;
    return typeof q.root === 'string' && typeof q.ref === 'string' && typeof q.path === 'string'
      ? { root: q.root, ref: q.ref, path: q.path }
      : undefined;
  } catch {
    return undefined;
  }
}

export function registerRefContentProvider(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(REF_SCHEME, {
    provideTextDocumentContent: async (uri) => {
      const q = parseQuery(uri);
      return q === undefined ? '' : showAtRef(q.root, q.ref, q.path);
    },
  });
}
