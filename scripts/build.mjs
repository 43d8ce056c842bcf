// Builds the extension bundle (node, cjs, `vscode` external) and the webview bundle (browser, esm); with --tests
// also the integration suite, its launcher and the E2E runner into out/. --watch rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = !args.has('--watch') && !args.has('--dev');

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', metafile: true };
const builds = [
  {
    ...common,
    // extension.js is what activation loads; features.js (sidebar, questions, git, reflection, experiments) is
    // required on first use, so startup reads only the timer's code.
    entryPoints: ['src/extension.ts', 'src/features.ts'],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
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
  builds.push(
    {
      ...common,
      entryPoints: integration,
      outdir: 'out/test/integration',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'mocha'],
      sourcemap: 'inline',
    },
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
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const size = (file) => `${(results[0].metafile.outputs[file].bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `build: dist/extension.js ${size('dist/extension.js')}, dist/features.js ${size('dist/features.js')}${production ? ' (minified)' : ''}`,
  );
}
