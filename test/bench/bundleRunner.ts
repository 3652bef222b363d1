/**
 * Bundles a benchmark's runner beside the dataset worker with esbuild, as `npm run build` bundles
 * the CLI, so the engine is measured as it ships (no TypeScript loader in the workers). The
 * output sits inside node_modules/.cache so it resolves @duckdb/node-api from the project.
 */
import * as path from 'node:path';

/** Returns the path of the bundled runner (`<name>.js`). */
export async function bundleRunner(name: string, entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const root = path.join(__dirname, '..', '..');
  const outdir = path.join(root, 'node_modules', '.cache', `pilens-bench-${name}`);
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
