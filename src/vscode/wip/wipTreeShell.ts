// The Work in Progress view's registration at activation. The tree itself (wipTree.ts) comes with the sidebar bundle
// the first time VS Code asks for its rows: nothing of it is loaded while the Pacewise container stays closed.
import * as vscode from 'vscode';
import { WIP_TREE_MIME, WIP_VIEW_ID } from '../commandIds';
import type { WipNode, WipTree } from './wipTree';

export function registerWipTree(load: (view: vscode.TreeView<WipNode>) => WipTree): vscode.Disposable {
  let tree: WipTree | undefined;
  const changed = new vscode.EventEmitter<void>();
  const get = (): WipTree => {
    if (!tree) {
      tree = load(view);
      tree.onDidChangeTreeData(() => changed.fire());
    }
    return tree;
  };
  const view: vscode.TreeView<WipNode> = vscode.window.createTreeView<WipNode>(WIP_VIEW_ID, {
    treeDataProvider: {
      onDidChangeTreeData: changed.event,
      getChildren: (element) => get().getChildren(element),
      getTreeItem: (element) => get().getTreeItem(element),
      getParent: (element) => get().getParent(element),
    },
    dragAndDropController: {
      dragMimeTypes: [WIP_TREE_MIME],
      dropMimeTypes: [WIP_TREE_MIME],
      handleDrag: (source, data) => get().handleDrag(source, data),
      handleDrop: (target, data) => get().handleDrop(target, data),
    },
  });
  return vscode.Disposable.from(view, changed, { dispose: () => tree?.dispose() });
}
