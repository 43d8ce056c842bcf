// Integration tests: mocha inside a real VS Code extension host, launched through @vscode/test-electron's runTests.
// Where no desktop VS Code can be downloaded (our machines, CI), the executable is test/host/code, which runs the
// same suite in code-server's VS Code 1.139.1. With PACEWISE_VSCODE_EXECUTABLE unset and PACEWISE_DOWNLOAD_VSCODE=1,
// runTests downloads desktop VS Code instead.
import { runTests } from '@vscode/test-electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const workspace = path.join(root, '.test-runs', 'integration-workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'notes.md'), '# Integration workspace\n');
  const download = process.env.PACEWISE_DOWNLOAD_VSCODE === '1';
  await runTests({
    vscodeExecutablePath: download
      ? undefined
      : (process.env.PACEWISE_VSCODE_EXECUTABLE ?? path.join(root, 'test', 'host', 'code')),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
}

main().catch((err) => {
  console.error(typeof err === 'string' ? err : (err as Error).message);
  process.exit(1);
});
