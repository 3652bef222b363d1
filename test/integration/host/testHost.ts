// The provisioned code-server, Node 24 and Chromium (scripts/vscode-host/install.mjs, an ES
// module shared with `npm test`, loaded here with a dynamic import).
import type { TestHost } from '../../../scripts/vscode-host/install.mjs' with { 'resolution-mode': 'import' };

export type { TestHost };

/** Installs what is missing (a fast cache hit after the first run) and returns the paths. */
export async function provisionTestHost(): Promise<TestHost> {
  const installer = await import('../../../scripts/vscode-host/install.mjs');
  return installer.ensureTestHost();
}
