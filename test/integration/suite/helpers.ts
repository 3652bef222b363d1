// Shared helpers for integration tests: find fixtures in the temporary workspace copy and wait
// for the extension's asynchronous results (diagnostics are debounced) without fixed sleeps.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'pilens.pilens';

/** The temporary copy of test/fixtures/workspace the host was opened on. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration host was started without a workspace folder');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a fixture in an editor, as a user would. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until pilens has published at least one diagnostic (matching `filter`) for `uri`. */
export function waitForPilensDiagnostics(
  uri: vscode.Uri,
  filter: (d: vscode.Diagnostic) => boolean = () => true,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `pilens diagnostics on ${uri.path}`,
    () => {
      const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pilens' && filter(d));
      return ours.length > 0 ? ours : undefined;
    },
    timeoutMs,
  );
}

/** The category key a pilens diagnostic carries in its code (`{ value, target }` or a string). */
export function diagnosticCategory(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Plain text of every hover at `position` (Markdown and plain strings alike). */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    position,
  );
  return (
    hovers
      .flatMap((hover) => hover.contents)
      // MarkedString objects ({ language, value }) are deprecated but may still arrive from providers.
      .map((content) => (typeof content === 'string' ? content : (content as { value: string }).value))
      .join('\n')
  );
}

/** The position of the first occurrence of `text` in the document (start of the match). */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 1): vscode.Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${document.uri.path}`);
  }
  return document.positionAt(index);
}
