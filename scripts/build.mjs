// Builds the extension host's bundles (node, cjs, `vscode` external) and one webview bundle per view (browser, esm);
// with --tests also the integration suite, its launcher and the E2E runner into out/. --watch rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = !args.has('--watch') && !args.has('--dev');

/**
 * edmonds-blossom 1.0.0 assigns three names it never declares (`b`, `path`, `v`): bundled as it is, they became
 * globals of the extension host, shared with every other extension — and a ReferenceError where the bundle is strict
 * (the integration suite's). Declared at the top of its module they stay in it. Those three are all: run in strict
 * mode with them declared, 20,000 random graphs threw nothing.
 */
const blossomLocals = {
  name: 'blossom-locals',
  setup(build) {
    build.onLoad({ filter: /edmonds-blossom[\\/]app[\\/]blossom\.js$/ }, (args) => ({
      contents: `var b, path, v;\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [blossomLocals],
};

/**
 * The lazily loaded features' bundles (docs/architecture.md): each is required on first use by src/features.ts,
 * under the same name. dist/extension.js, what activation loads, is built on its own (below).
 */
export const FEATURE_BUNDLES = {
  sidebar: 'src/vscode/sidebar/sidebarBundle.ts',
  team: 'src/vscode/team/teamFeature.ts',
  mentorship: 'src/vscode/rituals/spaceBundle.ts',
  insights: 'src/vscode/insights/insightsFeature.ts',
  data: 'src/vscode/data/dataFeature.ts',
  digest: 'src/vscode/digest/digestFeature.ts',
};
/** One webview bundle per view (dist/webview-<view>.js); code two views share goes to dist/chunks/. */
export const WEBVIEW_BUNDLES = {
  'webview-sidebar': 'src/webview/sidebar/main.ts',
  'webview-team': 'src/webview/team/main.ts',
  'webview-insights': 'src/webview/insights/main.ts',
  'webview-review': 'src/webview/review/main.ts',
};

/**
 * esbuild splits code only in ESM output, and VS Code loads extensions as CommonJS: so the feature bundles are built
 * as split ESM and each output file is then turned into CommonJS on its own (imports of chunks become require() of
 * the same files, so the features share one copy of each module they have in common).
 */
const commonJsChunks = {
  name: 'commonjs-chunks',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      for (const file of result.outputFiles ?? []) {
        if (!file.path.endsWith('.js')) continue;
        const out = await esbuild.transform(file.text, {
          format: 'cjs',
          platform: 'node',
          target: 'node20',
          minify: production,
          legalComments: 'none',
        });
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, out.code);
      }
    });
  },
};

/**
 * dist/webview-chunks.json: the chunks each view's bundle imports, so the shell can preload them with its script
 * instead of the document finding them only after the script has loaded (one round trip less before the first draw).
 */
const webviewChunks = {
  name: 'webview-chunks',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length || !result.metafile) return;
      const outputs = result.metafile.outputs;
      const imports = (file, seen = new Set()) => {
        for (const i of outputs[file]?.imports ?? [])
          if (i.kind === 'import-statement' && !seen.has(i.path)) {
            seen.add(i.path);
            imports(i.path, seen);
          }
        return seen;
      };
      const chunks = {};
      for (const [file, o] of Object.entries(outputs))
        if (o.entryPoint)
          chunks[file.replace(/^dist\/webview-|\.js$/g, '')] = [...imports(file)].map((f) => f.slice('dist/'.length));
      writeFileSync('dist/webview-chunks.json', JSON.stringify(chunks));
    });
  },
};

const host = { platform: 'node', target: 'node20', external: ['vscode'], minify: production };
const builds = [
  {
    // Startup in one file: a require() per split chunk would cost more than the little code it shares with the
    // features. What both use is in both (pure helpers, constants; no state lives in a module).
    ...common,
    ...host,
    entryPoints: ['src/extension.ts'],
    outdir: 'dist',
    format: 'cjs',
    sourcemap: production ? false : 'linked',
  },
  {
    ...common,
    ...host,
    entryPoints: FEATURE_BUNDLES,
    outdir: 'dist',
    chunkNames: 'chunks/host-[hash]',
    splitting: true,
    format: 'esm',
    write: false,
    plugins: [blossomLocals, commonJsChunks],
  },
  {
    // The organisation digest's worker thread (Build Organisation Digest…): the command line's run, on its own.
    ...common,
    ...host,
    entryPoints: { 'digest-worker': 'src/cli/digestWorker.ts' },
    outdir: 'dist',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: WEBVIEW_BUNDLES,
    outdir: 'dist',
    chunkNames: 'chunks/webview-[hash]',
    splitting: true,
    plugins: [blossomLocals, webviewChunks],
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: production,
  },
];

if (args.has('--tests')) {
  const integration = readdirSync('test/integration')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('test/integration', f));
  const shapes = readdirSync('test/integration/shapes')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('test/integration/shapes', f));
  const hostSuite = {
    ...common,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
  };
  builds.push(
    { ...hostSuite, entryPoints: integration, outdir: 'out/test/integration' },
    { ...hostSuite, entryPoints: shapes, outdir: 'out/test/integration/shapes' },
    {
      ...common,
      entryPoints: [
        'test/runIntegration.ts',
        'test/host/vscodeShim.ts',
        'test/e2e/run.ts',
        'scripts/start.ts',
        'scripts/bench.ts',
      ].filter(existsSync),
      outdir: 'out',
      outbase: '.',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
    },
  );
}

if (args.has('--watch')) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching…');
} else {
  rmSync('dist', { recursive: true, force: true });
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const kib = (file) => `${(statSync(file).size / 1024).toFixed(1)} KiB`;
  const sizes = results
    .flatMap((r) => Object.keys(r.metafile.outputs))
    .filter((file) => file.endsWith('.js') && !file.startsWith('dist/chunks/'))
    .map((file) => `${file.replace(/^dist\//, '')} ${kib(file)}`);
  console.log(`build: ${sizes.join(', ')}${production ? ' (minified)' : ''}`);
}
