// Bundles the extension, the CLI and the dataset worker with esbuild.
// `--watch` rebuilds on change; `--production` minifies.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** One entry per runtime artefact; all run in Node (VS Code's extension host or the CLI). */
const entries = [
  { in: 'src/extension/extension.ts', out: 'extension' },
  // The `pilens` bin: a small dispatcher that loads one subcommand bundle below per run.
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node', splitsCommands: true },
  // Each carries its own copy of the core: a run loads exactly one of them.
  { in: 'src/cli/bundles/scan.ts', out: 'cli-scan' },
  { in: 'src/cli/bundles/estimate.ts', out: 'cli-estimate' },
  { in: 'src/cli/bundles/lsp.ts', out: 'cli-lsp' },
  { in: 'src/node/dataset/worker.ts', out: 'worker' },
  // The GitHub Action (action.yml); release tags carry it, see docs/ci.md.
  { in: 'src/action/main.ts', out: 'action' },
  // Libraries the others load only when they need them (see `lazyLibraries`).
  { in: 'src/node/report/xlsxLib.ts', out: 'xlsxlib' },
  { in: 'src/node/db/sqliteLib.ts', out: 'sqlitelib' },
  { in: 'src/node/db/estimateDb.ts', out: 'dblib' },
  { in: 'src/node/report/docxLib.ts', out: 'docxlib' },
];

/**
 * Large libraries few runs need, each a module the other bundles import lazily: exceljs when a
 * workbook is written, SQLite's WebAssembly build when a SQLite file is estimated, docx when a
 * Word draft is written (pilens report). Each is
 * bundled on its own and left external everywhere else, so a CLI start or a scan worker does not
 * parse it.
 */
const lazyLibraries = [
  { module: /\/xlsxLib\.js$/, out: 'xlsxlib' },
  { module: /\/sqliteLib\.js$/, out: 'sqlitelib' },
  // The database estimate with its drivers (pg, mysql2): +1.3 MB the editor would parse at every
  // activation for a command few run. Only the editor loads it lazily: the CLI's estimate bundle
  // keeps it inline, so its error classes stay the ones it checks with instanceof.
  { module: /\/db\/estimateDb\.js$/, out: 'dblib', only: ['extension'] },
  { module: /\/docxLib\.js$/, out: 'docxlib' },
];

/** Leaves the lazy libraries external in every bundle but their own, pointing at dist/<out>.js. */
const lazy = (self) => ({
  name: 'lazy-libraries',
  setup(build) {
    for (const lib of lazyLibraries)
      if (lib.out !== self && (lib.only === undefined || lib.only.includes(self)))
        build.onResolve({ filter: lib.module }, () => ({ path: `./${lib.out}.js`, external: true }));
  },
});

/**
 * In the `pilens` dispatcher only, leaves each subcommand bundle (src/cli/bundles/<x>.ts,
 * imported dynamically by runCli.ts) external as dist/cli-<x>.js. The Action's bundle inlines
 * them, still evaluated only when imported.
 */
const splitCommands = {
  name: 'split-commands',
  setup(build) {
    build.onResolve({ filter: /\/bundles\/\w+\.js$/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: `./cli-${/(\w+)\.js$/.exec(args.path)[1]}.js`, external: true }
        : undefined,
    );
  },
};

/**
 * Packages whose ES build reads `import.meta.url` (fdir, under tinyglobby), which a CommonJS
 * bundle does not have: their CommonJS build is taken instead, as Node's require would.
 */
const commonJsBuilds = {
  name: 'commonjs-builds',
  setup(build) {
    build.onResolve({ filter: /^fdir$/ }, (args) => ({
      path: createRequire(args.importer).resolve(args.path),
    }));
  },
};

const contexts = await Promise.all(
  entries.map((entry) =>
    esbuild.context({
      entryPoints: { [entry.out]: entry.in },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      // Prefer ESM builds: jsonc-parser's UMD entry requires its own files dynamically, which
      // a bundle cannot resolve.
      mainFields: ['module', 'main'],
      // yaml's Node build reads process.env for every token (a debug switch), ~20 % of a YAML
      // scan; its browser build is the same parser without that read.
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      format: 'cjs',
      target: 'node20',
      sourcemap: !production,
      minify: production,
      external: ['vscode'],
      banner: entry.banner ? { js: entry.banner } : undefined,
      plugins: [lazy(entry.out), commonJsBuilds, ...(entry.splitsCommands ? [splitCommands] : [])],
      // In the dispatcher, a dynamic import() of a subcommand bundle becomes require(): loading
      // a CommonJS file through Node's ESM loader costs more and gains nothing.
      ...(entry.splitsCommands ? { supported: { 'dynamic-import': false } } : {}),
      logLevel: 'warning',
    }),
  ),
);

// SQLite's WebAssembly binary, which its bundle reads from its own folder.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm', 'dist/node-sqlite3-wasm.wasm');

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
