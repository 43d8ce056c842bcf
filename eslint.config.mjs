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

// What each layer must not reach.
const LAYER_RULES = {
  core: [
    vscode,
    node,
    layer('storage'),
    layer('vscode'),
    layer('webview'),
    { group: ['lowdb'], message: 'Storage lives in src/storage.' },
  ],
  storage: [vscode, layer('vscode'), layer('webview')],
  shared: [vscode, node, layer('core'), layer('storage'), layer('vscode'), layer('webview')],
  vscode: [layer('webview')],
  cli: [vscode, layer('vscode'), layer('webview')],
  webview: [vscode, node, layer('core'), layer('storage'), layer('vscode')],
};

// Features inside the layers (docs/architecture.md), and which other features each may reach. The sidebar composes
// them all; a feature not named here is out of reach, in every layer.
const FEATURES = {
  focus: ['wip'],
  wip: ['git'],
  git: [],
  prompts: ['focus', 'git', 'wip'],
  reflection: ['focus', 'wip', 'experiments'],
  experiments: ['focus', 'reflection', 'wip'],
  insights: ['focus', 'reflection', 'experiments', 'wip'],
  data: ['focus', 'reflection', 'experiments', 'insights', 'team', 'mentorship', 'wip'],
  team: ['git', 'reflection', 'experiments'],
  mentorship: ['team', 'focus'],
  rituals: ['mentorship', 'team', 'experiments', 'reflection'],
  digest: ['team', 'rituals', 'mentorship', 'experiments'],
  sidebar: ['focus', 'wip', 'git', 'prompts', 'reflection', 'experiments', 'insights', 'team'],
};
/** Features whose code startup never loads (src/extension.ts may take only their types). */
const LAZY_FEATURES = [
  'git',
  'prompts',
  'reflection',
  'insights',
  'data',
  'team',
  'mentorship',
  'rituals',
  'digest',
  'sidebar',
];

const feature = (name, from) => ({
  group: [`**/${name}/*`],
  message: `The ${from} feature may not use the ${name} feature (eslint.config.mjs, FEATURES).`,
});

/**
 * One no-restricted-imports per folder: a later config replaces the rule's options for a file rather than adding to
 * them, so each feature folder gets its layer's bans and its feature bans together.
 */
function importRules() {
  const out = [];
  for (const [l, bans] of Object.entries(LAYER_RULES)) {
    const tests = l === 'core' || l === 'shared' ? [`src/${l}/**/*.test.ts`] : [];
    out.push({ files: [`src/${l}/**/*.ts`], ignores: tests, rules: restrict(...bans) });
    if (!['core', 'vscode', 'webview'].includes(l)) continue;
    for (const [f, allowed] of Object.entries(FEATURES)) {
      const others = Object.keys(FEATURES).filter((g) => g !== f && !allowed.includes(g));
      out.push({
        files: [`src/${l}/${f}/**/*.ts`],
        ignores: tests,
        rules: restrict(...bans, ...others.map((g) => feature(g, f))),
      });
    }
  }
  return out;
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.test-runs/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
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
  ...importRules(),
  {
    // The lazy seam: activation loads only what startup needs; every other feature's bundle is required on first use
    // by src/features.ts. Types from anywhere are fine: they leave no code behind.
    files: ['src/extension.ts', 'src/features.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [...LAZY_FEATURES.map((f) => `**/${f}/*`), '**/*Feature', '**/focus/checkin*'].map((group) => ({
            group: [group],
            allowTypeImports: true,
            message: 'Startup loads only the timer: this is loaded on first use (src/features.ts).',
          })),
        },
      ],
    },
  },
);
