// What the benchmarks share to run in the real host: the control extension (what VS Code itself costs, measured in
// the same runs as Pacewise: it activates on startup doing nothing, and has a command that opens an empty webview
// panel and one that shows an empty webview view in its own sidebar container — the floors for any panel and any
// view), and a workbench with both installed, loaded and Pacewise active.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
  installVsix,
  launchBrowser,
  NODE24,
  ROOT,
  startHost,
  waitForWorkbench,
  workspaceUrl,
} from '../test/host/codeServerHost';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Installs Pacewise's VSIX and the control's into `runDir`, starts the host on `workspace`, opens the workbench and
 * waits until Pacewise's status bar item shows (and a moment more for startup to settle); runs `fn`; stops everything.
 */
export async function inWorkbench<T>(
  runDir: string,
  workspace: string,
  controlVsix: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  installVsix(path.join(ROOT, `pacewise-${version}.vsix`), runDir);
  installVsix(controlVsix, runDir);
  const host = await startHost({ workspace, runDir });
  const context = await launchBrowser(runDir);
  try {
    const page = await context.newPage();
    await page.goto(workspaceUrl(host, workspace));
    await waitForWorkbench(page);
    await page
      .locator('.part.statusbar [id="pacewise.pacewise.pacewise.focus"]')
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(1_500);
    return await fn(page);
  } finally {
    await context.close();
    host.stop();
  }
}

const EXTENSION = `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('benchControl.openPanel', () => {
    const panel = vscode.window.createWebviewPanel('benchControl.panel', 'Control Panel', vscode.ViewColumn.Active, {});
    panel.webview.html = '<!DOCTYPE html><html><body><h1 id="control-drawn">Control</h1></body></html>';
  }));
  context.subscriptions.push(vscode.window.registerWebviewViewProvider('benchControl.view', {
    resolveWebviewView(view) {
      view.webview.html = '<!DOCTYPE html><html><body><h1 id="control-view-drawn">Control</h1></body></html>';
    },
  }));
  context.subscriptions.push(vscode.commands.registerCommand('benchControl.showView', () =>
    vscode.commands.executeCommand('benchControl.view.focus')));
  context.subscriptions.push(vscode.window.createTreeView('benchControl.tree', {
    treeDataProvider: { getChildren: (e) => (e ? [] : ['control-tree-row']), getTreeItem: (e) => new vscode.TreeItem(e) },
  }));
  context.subscriptions.push(vscode.commands.registerCommand('benchControl.showTree', () =>
    vscode.commands.executeCommand('benchControl.tree.focus')));
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
      contributes: {
        commands: [
          { command: 'benchControl.openPanel', title: 'Bench Control: Open Empty Panel' },
          { command: 'benchControl.showView', title: 'Bench Control: Show Empty View' },
          { command: 'benchControl.showTree', title: 'Bench Control: Show Tree View' },
        ],
        viewsContainers: {
          activitybar: [
            { id: 'benchControl', title: 'Bench Control', icon: 'icon.svg' },
            { id: 'benchControlTree', title: 'Bench Control Tree', icon: 'icon.svg' },
          ],
        },
        views: {
          benchControl: [{ type: 'webview', id: 'benchControl.view', name: 'Control View' }],
          benchControlTree: [{ id: 'benchControl.tree', name: 'Control Tree' }],
        },
      },
    }),
  );
  writeFileSync(path.join(dir, 'extension.js'), EXTENSION);
  writeFileSync(
    path.join(dir, 'icon.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><rect width="24" height="24"/></svg>',
  );
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
