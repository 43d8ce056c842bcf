// `npm start`: runs Pacewise in a real VS Code in the browser. Installs the host if needed (scripts/setup-host.sh:
// code-server = VS Code 1.139.1, Node 24, Chromium), packages the extension, installs the VSIX into a demo profile
// under .cache/demo, opens a demo workspace and prints the URL. Ctrl+C stops it.
import { spawn } from 'node:child_process';
import { prepareHostRun } from './steps.mjs';

prepareHostRun();
const host = spawn(process.execPath, ['out/scripts/start.js', ...process.argv.slice(2)], { stdio: 'inherit' });
// Forward stop signals so the host (and its code-server process group) always goes down with `npm start`.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
// npm does not forward SIGTERM: when npm goes, this process is re-parented; take the host down with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) host.kill('SIGTERM');
}, 1000).unref();
