#!/usr/bin/env node
// `npx pacewise-digest …` in a checkout after `npm install`. The first run (and any run after a source changed)
// bundles the CLI from its TypeScript source with esbuild, a dev dependency, into node_modules/.cache; every run then
// starts that bundle as a plain Node process — a fifth of the start-up of running the sources through tsx, and less
// memory for each git process it starts. The sources are CommonJS to Node (no "type": "module").
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const bundle = path.join(root, 'node_modules', '.cache', 'pacewise', 'pacewise-digest.cjs');
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};
const newestSource = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .reduce((t, e) => Math.max(t, mtime(path.join(e.parentPath, e.name))), 0);
if (mtime(bundle) < newestSource) {
  const { buildSync } = await import('esbuild');
  mkdirSync(path.dirname(bundle), { recursive: true });
  buildSync({
    entryPoints: [path.join(src, 'cli', 'digestMain.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
}
createRequire(import.meta.url)(bundle);
