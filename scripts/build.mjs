// Bundles the extension, the CLI and the dataset worker with esbuild.
// `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** One entry per runtime artefact; all run in Node (VS Code's extension host or the CLI). */
const entries = [
  { in: 'src/extension/extension.ts', out: 'extension' },
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/node/dataset/worker.ts', out: 'worker' },
  // The GitHub Action (action.yml); release tags carry it, see docs/ci.md.
  { in: 'src/action/main.ts', out: 'action' },
  // exceljs, loaded by the others only when a workbook is written (src/node/report/xlsxLib.ts).
  { in: 'src/node/report/xlsxLib.ts', out: 'xlsxlib', ownsXlsx: true },
];

/** Leaves the import of xlsxLib external in every bundle but its own, pointing at dist/xlsxlib.js. */
const lazyXlsx = {
  name: 'lazy-xlsx',
  setup(build) {
    build.onResolve({ filter: /\/xlsxLib\.js$/ }, () => ({ path: './xlsxlib.js', external: true }));
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
      plugins: entry.ownsXlsx ? [] : [lazyXlsx],
      logLevel: 'warning',
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
