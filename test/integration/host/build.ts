// Builds what the hosts load: the extension and its .vsix (through the project's own npm
// scripts, so the tests exercise the real package) and the test harness plus the suite bundles.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

export const repoRoot = resolve(__dirname, '../../..');
export const vsixPath = join(repoRoot, 'dist', 'pilens.vsix');
export const harnessDir = join(repoRoot, 'test', 'integration', 'harness');
export const suiteOutDir = join(repoRoot, 'out', 'integration-suite');

export function npmRun(script: string): void {
  console.log(`[host] npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status ?? 'signal'})`);
}

/** `npm run build` then `npm run package` → dist/pilens.vsix. */
export function buildExtensionPackage(): void {
  npmRun('build');
  npmRun('package');
}

/** Bundles the harness extension and every suite file (index + each *.test.ts) with esbuild. */
export async function buildSuite(): Promise<string> {
  const suiteDir = join(repoRoot, 'test', 'integration', 'suite');
  const tests = readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(suiteDir, name));
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  };
  await esbuild.build({
    ...common,
    entryPoints: [join(harnessDir, 'src', 'extension.ts')],
    outfile: join(harnessDir, 'dist', 'extension.js'),
  });
  rmSync(suiteOutDir, { recursive: true, force: true }); // a deleted test must not linger
  await esbuild.build({
    ...common,
    entryPoints: [join(suiteDir, 'index.ts'), ...tests],
    outbase: suiteDir,
    outdir: suiteOutDir,
  });
  return join(suiteOutDir, 'index.js');
}
