/**
 * The JSON the integration suite writes for its launcher (code-server or Electron): the mocha
 * summary plus every failure, so the launcher can print them without scraping a log.
 */
export interface SuiteResults {
  /** `vscode.version` of the host the suite ran in. */
  readonly vscodeVersion: string;
  readonly stats: {
    readonly tests: number;
    readonly passes: number;
    readonly failures: number;
    readonly pending: number;
    readonly durationMs: number;
  };
  readonly passes: readonly { readonly title: string; readonly durationMs: number }[];
  readonly failures: readonly SuiteFailure[];
  readonly pending: readonly string[];
  /** Set when the suite could not start at all (load error, no tests found). */
  readonly fatal?: string;
}

export interface SuiteFailure {
  readonly title: string;
  readonly message: string;
  readonly stack?: string;
}

/** Where the harness finds its instructions, written by the launcher next to the harness. */
export interface HarnessConfig {
  /** Absolute path of the bundled suite index exporting `run()`. */
  readonly suite: string;
  /** Absolute path the results JSON is written to. */
  readonly results: string;
}

export const HARNESS_CONFIG_FILE = 'test-config.json';
export const HARNESS_CONFIG_ENV = 'PILENS_TEST_CONFIG';
export const RESULTS_ENV = 'PILENS_TEST_RESULTS';
