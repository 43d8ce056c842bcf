// The workspace-shape suites (faults.md 23): the window runIntegration opened decides which one runs, and the
// suite fails when the window is not the shape it expects.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runSuite } from '../suite';

export function run(): Promise<void> {
  const shape = !vscode.workspace.workspaceFolders
    ? 'noFolder'
    : vscode.workspace.workspaceFile
      ? 'multiRoot'
      : 'unexpected';
  if (shape === 'unexpected') return Promise.reject(new Error('the shape suites need no folder or a .code-workspace'));
  return runSuite(shape === 'noFolder' ? 'no folder' : 'multi-root', [path.join(__dirname, `${shape}.test.js`)]);
}
