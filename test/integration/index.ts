// The one-folder suite: every *.test.js beside this file (the workspace-shape suites are under shapes/).
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { runSuite } from './suite';

export function run(): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(__dirname, f));
  return runSuite('one folder', files);
}
