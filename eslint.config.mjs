// Lint enforces the architecture: the core is pure (no vscode, no Node built-ins) and imports no
// host; only the extension glue may import vscode; the CLI and the extension share core and node
// code but never each other's; the LSP server and the CLI reach editor texts and settings through
// src/shared, never src/extension.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in, with and without `node:`, and their subpaths (`fs/promises`): a hand-kept
// list missed `buffer`, `assert`, `perf_hooks`…
const nodeBuiltins = ['node:*', ...builtinModules.flatMap((name) => [name, `${name}/*`])];

/** Relative imports reaching into one of the top-level folders of src (`../../cli/report.js`). */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '**/*.mjs',
      '**/*.js',
      'test/fixtures/**',
      'samples/**',
      // Ambient declarations for src/core's own type check (src/core/tsconfig.json); no code.
      'typings/**',
      '.vscode-test/**',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', ...nodeBuiltins],
              message: 'src/core is pure: no vscode, no Node built-ins.',
            },
            {
              group: [...folder('cli'), ...folder('node'), ...folder('extension')],
              message:
                'src/core is shared by every host: it may not import src/cli, src/node or src/extension.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/extension may import vscode.' }],
          patterns: [
            {
              group: [...folder('cli'), ...folder('extension')],
              message: 'src/node serves both hosts: it may not import src/cli or src/extension.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folder('cli'),
              message:
                'The extension may not import the CLI: move shared pure code to src/core (Node code to src/node).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/lsp/**/*.ts', 'src/shared/**/*.ts', 'src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/extension may import vscode.' }],
          patterns: [
            {
              group: folder('extension'),
              message:
                'Only the VS Code host may import src/extension: move vscode-free editor code to src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // `xs.push(...found)` puts every element on the stack: a file with ~125k findings crashed
    // the scan (D3). Loop, or spread into an array literal, which has no such limit.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > SpreadElement[argument.type=/^(Identifier|MemberExpression)$/], NewExpression > SpreadElement[argument.type=/^(Identifier|MemberExpression)$/]',
          message:
            'Do not spread an array into a call (stack overflow on large arrays): loop, or spread into [].',
        },
      ],
    },
  },
  { files: ['src/cli/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'], rules: { 'no-console': 'off' } },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // node:test's describe/it return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
