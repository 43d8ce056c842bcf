// CI: runs the README's first command line as a user types it (`npm install && npm start`, in a shell), waits for
// the URL npm start prints, fetches the workbench page from it, then stops the whole process group.
// Prints "start: 1 passed, 0 failed" (or 0, 1).
import { spawn } from 'node:child_process';

const commandLine = process.argv[2];
if (!commandLine) {
  console.error('usage: node scripts/start-smoke.mjs "<the README\'s first command line>"');
  process.exit(2);
}
// A fresh machine installs Chromium, Node 24 and code-server first (~5 min here); leave room for a slow mirror.
const TIMEOUT_MS = 25 * 60_000;
const child = spawn('sh', ['-c', commandLine], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
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
  // The host must go down with it: wait for the group to exit, then report.
  const gone = setTimeout(() => process.exit(ok ? 0 : 1), 10_000);
  child.once('exit', () => {
    clearTimeout(gone);
    process.exit(ok ? 0 : 1);
  });
  if (child.exitCode !== null) process.exit(ok ? 0 : 1);
};
const timer = setTimeout(() => finish(false, `no URL printed within ${TIMEOUT_MS / 60_000} minutes`), TIMEOUT_MS);
let out = '';
child.stdout.on('data', async (chunk) => {
  process.stdout.write(chunk);
  out += chunk;
  const m = /Pacewise is running in VS Code [\d.]+ \(code-server\): (\S+)/.exec(out);
  if (!m) return;
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  clearTimeout(timer);
  try {
    const res = await fetch(m[1], { redirect: 'follow' });
    const body = await res.text();
    // The workbench page, not just any answer: code-server's shell loads the workbench bundle.
    const workbench = res.ok && body.includes('<html') && /workbench/i.test(body);
    finish(workbench, `${m[1]} answered ${res.status}${workbench ? ' with the workbench' : ' without the workbench'}`);
  } catch (err) {
    finish(false, `${m[1]}: ${err}`);
  }
});
child.on('exit', (code) => finish(false, `"${commandLine}" exited with ${code}`));
