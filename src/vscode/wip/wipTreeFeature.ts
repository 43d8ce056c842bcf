// Builds the Work in Progress view's tree (in the sidebar bundle, with the git facts it shows).
import type * as vscode from 'vscode';
import type { BaseServices } from '../featureServices';
import type { GitSignals } from '../git/gitSignals';
import { WipNode, WipTree } from './wipTree';

export function createWipTree(base: BaseServices, git: GitSignals, view: vscode.TreeView<WipNode>): WipTree {
  return new WipTree(view, base.wip, base.settings, git, () => base.wipLimit(), base.experiments.onDidChange);
}
