// test-electron's contract: the extension host calls run(); it resolves when every test passed. Shared by the
// one-folder suite and the workspace-shape suites; each writes its counts beside itself for runIntegration's total.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
// Required at run time from the project's node_modules: mocha 11 (12 is ESM-only).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha') as typeof import('mocha');

export function runSuite(label: string, files: string[]): Promise<void> {
  if (files.length === 0) return Promise.reject(new Error(`${label}: no test files`));
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30_000,
    color: false,
    reporter: 'spec',
    grep: process.env.PACEWISE_TEST_GREP,
  });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      const failed = runner.stats?.failures ?? failures;
      console.log(`${label}: ${passed} passing, ${failed} failing`);
      writeFileSync(
        path.join(path.dirname(files[0]), `counts-${label.replace(/\W+/g, '-')}.json`),
        JSON.stringify({ passed, failed }),
      );
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
