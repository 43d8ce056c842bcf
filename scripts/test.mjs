// `npm test`: every check, in order of speed: types, lint, unit (plain Node), integration (real VS Code host),
// end to end (Chromium against the real host with the packaged VSIX). Stops at the first failing stage.
import { spawnSync } from 'node:child_process';

const stages = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  // Unit tests run in a DST-observing zone so day and DST cases are real.
  ['unit', 'npx', ['mocha'], { TZ: 'Europe/Berlin' }],
  ['build', 'node', ['scripts/build.mjs', '--tests']],
  ['integration', 'node', ['out/test/runIntegration.js']],
  ['e2e', 'node', ['out/test/e2e/run.js']],
];

const only = process.argv.slice(2);
for (const [name, cmd, args, env] of stages) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} ok (${seconds} s) ===`);
}
