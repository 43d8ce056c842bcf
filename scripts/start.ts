// The demo host behind `npm start` (built to out/scripts/start.js by scripts/build.mjs --tests).
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeGitFixture } from '../test/fixtures/gitRepo';
import { freePort, installVsix, ROOT, startHost } from '../test/host/codeServerHost';

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const runDir = path.join(ROOT, '.cache', 'demo');
  const workspace = path.join(runDir, 'workspace');
  // The profile (and so your demo focus history) is kept between runs; only the extension is replaced.
  rmSync(path.join(runDir, 'extensions'), { recursive: true, force: true });
  mkdirSync(path.join(workspace, 'src'), { recursive: true });
  if (!existsSync(path.join(workspace, 'README.md'))) {
    writeFileSync(
      path.join(workspace, 'README.md'),
      '# Demo project\n\nStart a focus session from the status bar (bottom left) or F1 → "Pacewise: Start Focus Session".\n',
    );
    writeFileSync(
      path.join(workspace, 'src', 'parser.ts'),
      'export function parse(input: string): string[] {\n  return input.split(/\\s+/).filter(Boolean);\n}\n',
    );
    // A git history with a branch not pushed, a stash and uncommitted work, so the sidebar's git signals show.
    if (spawnSync('git', ['--version']).status === 0) makeGitFixture(workspace, path.join(runDir, 'remote.git'));
  }
  installVsix(path.join(ROOT, `pacewise-${version}.vsix`), runDir);
  const wanted = Number(process.env.PORT ?? 8080);
  const port = await freePort().then((random) => (Number.isInteger(wanted) && wanted > 0 ? wanted : random));
  const settings = { 'git.enabled': true, 'git.openRepositoryInParentFolders': 'never' };
  const host = await startHost({ workspace, runDir, port, settings, realHome: true }).catch(async (err) => {
    if (process.env.PORT) throw err;
    return startHost({ workspace, runDir, port: await freePort(), settings, realHome: true });
  });
  console.log(
    `\nPacewise is running in VS Code ${'1.139.1'} (code-server): ${host.url}/?folder=${encodeURIComponent(workspace)}`,
  );
  console.log('Open it in a browser. Press Ctrl+C to stop.\n');
  const stop = () => {
    host.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000);
  await new Promise(() => undefined);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
