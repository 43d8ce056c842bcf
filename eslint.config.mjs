// Layering (docs/architecture.md): only src/vscode and src/extension.ts may import 'vscode'; core is pure;
// storage is node only; shared and webview are imported by the browser bundle. A rule that is only a convention
// will be broken, so each folder bans what it must not reach.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const vscode = { group: ['vscode'], message: 'Only src/vscode (and src/extension.ts) may import vscode.' };
const node = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net'],
  message: 'This layer must not use Node APIs (inject them instead).',
};
const layer = (name) => ({
  group: [`**/${name}/*`, `../${name}`, `./${name}`],
  message: `This layer must not import src/${name}.`,
});

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.test-runs/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render data with textContent or lit templates.',
        },
        {
          selector: "MemberExpression[property.name='insertAdjacentHTML']",
          message: 'Render data with textContent or lit templates.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: restrict(vscode, node, layer('storage'), layer('vscode'), layer('webview'), {
      group: ['lowdb'],
      message: 'Storage lives in src/storage.',
    }),
  },
  { files: ['src/storage/**/*.ts'], rules: restrict(vscode, layer('vscode'), layer('webview')) },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: restrict(vscode, node, layer('core'), layer('storage'), layer('vscode'), layer('webview')),
  },
  {
    files: ['src/webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(vscode, node, layer('core'), layer('storage'), layer('vscode')),
  },
);
