// CI: the README's first command, as a user runs it — `npm start` builds, packages and starts Pacewise in the real
// VS Code; its printed URL must answer; then it is stopped. Prints "start: 1 passed, 0 failed" (or 0, 1).
import { spawn } from 'node:child_process';

const TIMEOUT_MS = 5 * 60_000;
const child = spawn('npm', ['start'], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
let done = false;
const finish = (ok, why) => {
  if (done) return;
  done = true;
  console.log(ok ? `start: ${why}` : `start: failed — ${why}`);
  console.log(`start: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  stop();
  setTimeout(() => process.exit(ok ? 0 : 1), 2_000);
};
const timer = setTimeout(() => finish(false, 'no URL printed within 5 minutes'), TIMEOUT_MS);
let out = '';
child.stdout.on('data', async (chunk) => {
  process.stdout.write(chunk);
  out += chunk;
  const m = /Pacewise is running in VS Code [\d.]+ \(code-server\): (\S+)/.exec(out);
  if (!m) return;
  child.stdout.removeAllListeners('data');
  clearTimeout(timer);
  try {
    const res = await fetch(m[1], { redirect: 'follow' });
    const body = await res.text();
    finish(res.ok && body.includes('<html'), `${m[1]} answered ${res.status}`);
  } catch (err) {
    finish(false, `${m[1]}: ${err}`);
  }
});
child.on('exit', (code) => finish(false, `npm start exited with ${code}`));
