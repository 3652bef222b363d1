/**
 * Bundles a benchmark's runner beside the dataset worker with esbuild, as `npm run build` bundles
 * the CLI, so the engine is measured as it ships (no TypeScript loader in the workers). The
 * output sits inside node_modules/.cache so it resolves @duckdb/node-api from the project, in a
 * folder named for the source tree too: worktrees that share one node_modules (a link) and are
 * measured at once must not run each other's bundle.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';

/** Returns the path of the bundled runner (`<name>.js`). */
export async function bundleRunner(name: string, entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const root = path.join(__dirname, '..', '..');
  const tree = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 8);
  const outdir = path.join(root, 'node_modules', '.cache', `pilens-bench-${name}-${tree}`);
  await esbuild.build({
    entryPoints: { [name]: entry, worker: path.join(root, 'src/node/dataset/worker.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    alias: { yaml: path.join(root, 'node_modules/yaml/browser/index.js') },
    external: ['@duckdb/node-api', 'vscode', 'pg-native'],
    logLevel: 'warning',
  });
  return path.join(outdir, `${name}.js`);
}
