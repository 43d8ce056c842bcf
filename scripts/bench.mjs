// `npm run bench`: figures, not pass/fail. Builds and packages, then runs out/scripts/bench.js, which prints the
// table and writes it to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step('bash', ['scripts/setup-host.sh']);
step(process.execPath, ['scripts/build.mjs', '--tests']);
step(process.execPath, ['scripts/package.mjs']);
step(process.execPath, ['out/scripts/bench.js', ...process.argv.slice(2)]);
