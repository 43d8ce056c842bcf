// Integration tests: mocha inside a real VS Code extension host, launched through @vscode/test-electron's runTests.
// Where no desktop VS Code can be downloaded (our machines, CI), the executable is test/host/code, which runs the
// same suite in code-server's VS Code 1.139.1. With PACEWISE_VSCODE_EXECUTABLE unset and PACEWISE_DOWNLOAD_VSCODE=1,
// runTests downloads desktop VS Code instead.
// Three windows: one folder (most suites), no folder, and a multi-root workspace (faults.md 23).
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeMultiRootFixture } from './fixtures/multiRoot';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const runs = path.join(root, '.test-runs');
  const workspace = path.join(runs, 'integration-workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'notes.md'), '# Integration workspace\n');
  const multiRoot = writeMultiRootFixture(path.join(runs, 'integration-multi-root'));
  const download = process.env.PACEWISE_DOWNLOAD_VSCODE === '1';
  const out = path.join(root, 'out', 'test', 'integration');
  for (const dir of [out, path.join(out, 'shapes')])
    for (const f of readdirSync(dir).filter((f) => f.startsWith('counts-'))) rmSync(path.join(dir, f));
  const windows: [string, string[]][] = [
    [path.join(out, 'index.js'), [workspace]],
    [path.join(out, 'shapes', 'index.js'), []],
    [path.join(out, 'shapes', 'index.js'), [multiRoot]],
  ];
  let failure: unknown;
  for (const [extensionTestsPath, opened] of windows) {
    await runTests({
      vscodeExecutablePath: download
        ? undefined
        : (process.env.PACEWISE_VSCODE_EXECUTABLE ?? path.join(root, 'test', 'host', 'code')),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [...opened, '--disable-extensions'],
    }).catch((err: unknown) => (failure ??= err));
  }
  // One total line for the runner; a window that never reported counts as a failure.
  let passed = 0;
  let failed = 0;
  for (const [label, dir] of [
    ['one-folder', out],
    ['no-folder', path.join(out, 'shapes')],
    ['multi-root', path.join(out, 'shapes')],
  ] as const) {
    const file = path.join(dir, `counts-${label}.json`);
    if (!existsSync(file)) {
      failed++;
      console.error(`integration: the ${label} window reported nothing`);
      continue;
    }
    const counts = JSON.parse(readFileSync(file, 'utf8')) as { passed: number; failed: number };
    passed += counts.passed;
    failed += counts.failed;
  }
  console.log(`integration: ${passed} passed, ${failed} failed`);
  if (failure || failed > 0) throw failure ?? new Error(`${failed} integration tests failed`);
}

main().catch((err) => {
  console.error(typeof err === 'string' ? err : (err as Error).message);
  process.exit(1);
});
