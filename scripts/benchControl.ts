// The benchmarks' control extension: what VS Code itself costs, measured in the same runs as Pacewise. It activates
// on startup doing nothing, and has one command that opens an empty webview panel (the floor for any panel).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NODE24, ROOT } from '../test/host/codeServerHost';

const EXTENSION = `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('benchControl.openPanel', () => {
    const panel = vscode.window.createWebviewPanel('benchControl.panel', 'Control Panel', vscode.ViewColumn.Active, {});
    panel.webview.html = '<!DOCTYPE html><html><body><h1 id="control-drawn">Control</h1></body></html>';
  }));
};
`;

/** Packages the control extension; returns the VSIX path. */
export function buildControlVsix(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacewise-control-'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'control',
      displayName: 'Bench Control',
      publisher: 'pacewise-bench',
      version: '0.0.1',
      license: 'MIT',
      engines: { vscode: '^1.90.0' },
      activationEvents: ['onStartupFinished'],
      main: './extension.js',
      repository: 'none',
      contributes: { commands: [{ command: 'benchControl.openPanel', title: 'Bench Control: Open Empty Panel' }] },
    }),
  );
  writeFileSync(path.join(dir, 'extension.js'), EXTENSION);
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT');
  writeFileSync(path.join(dir, 'README.md'), '# Control\nAn empty extension for benchmarks.\n');
  const vsix = path.join(dir, 'control.vsix');
  const pack = spawnSync(
    NODE24,
    [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--allow-missing-repository', '--out', vsix],
    { cwd: dir, encoding: 'utf8' },
  );
  if (pack.status !== 0) throw new Error(pack.stdout + pack.stderr);
  return vsix;
}
