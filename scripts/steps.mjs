// Shared by the npm script entry points: run one step with inherited output; stop the whole script if it fails.
import { spawnSync } from 'node:child_process';

export function step(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The steps before anything runs in the real host: install it if needed, build, package. */
export function prepareHostRun() {
  step('bash', ['scripts/setup-host.sh']);
  step(process.execPath, ['scripts/build.mjs', '--tests']);
  step(process.execPath, ['scripts/package.mjs', '--no-build']);
}
