/** Paths of the provisioned test host (see install.mjs). */
export interface TestHost {
  readonly cache: string;
  readonly nodeDir: string;
  readonly nodeBin: string;
  readonly codeServerEntry: string;
  readonly chromium: string;
  /** Environment for running code-server: Node 24 first on PATH, without the outer npm settings. */
  readonly env: NodeJS.ProcessEnv;
}
export const NODE_VERSION: string;
export const CODE_SERVER_VERSION: string;
export const CHROMIUM_PATH: string;
export const NVIM_PATH: string;
export const EMACS_PATH: string;
export function cacheDir(): string;
export function nodeEnv(nodeDir: string, extra?: Record<string, string>): NodeJS.ProcessEnv;
export function cleanEnv(): NodeJS.ProcessEnv;
export function ensureTestHost(): Promise<TestHost>;
export function ensureDebianTools(): Promise<{ readonly nvim: string; readonly emacs: string }>;
export function ensureAptPackages(
  packages: readonly { readonly pkg: string; readonly why: string }[],
): Promise<void>;
