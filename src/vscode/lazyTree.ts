// A native tree view registered at activation whose provider is built the first time VS Code asks for rows: nothing
// of it is loaded while its view stays collapsed or its container closed.
import * as vscode from 'vscode';

/** What the provider built on first use offers: rows, and (optionally) drag and drop. */
export interface LazyTreeProvider<T> extends vscode.TreeDataProvider<T>, vscode.Disposable {
  readonly onDidChangeTreeData: vscode.Event<void>;
  getParent(element: T): vscode.ProviderResult<T>;
  handleDrag?(source: readonly T[], data: vscode.DataTransfer): void | Thenable<void>;
  handleDrop?(target: T | undefined, data: vscode.DataTransfer): void | Thenable<void>;
}

export function registerLazyTree<T>(
  viewId: string,
  load: (view: vscode.TreeView<T>) => LazyTreeProvider<T>,
  /** The MIME type its rows carry when dragged; none: no drag and drop. */
  dragMime?: string,
): vscode.Disposable {
  let tree: LazyTreeProvider<T> | undefined;
  const changed = new vscode.EventEmitter<void>();
  const get = (): LazyTreeProvider<T> => {
    if (!tree) {
      tree = load(view);
      tree.onDidChangeTreeData(() => changed.fire());
    }
    return tree;
  };
  const view: vscode.TreeView<T> = vscode.window.createTreeView<T>(viewId, {
    treeDataProvider: {
      onDidChangeTreeData: changed.event,
      getChildren: (element) => get().getChildren(element),
      getTreeItem: (element) => get().getTreeItem(element),
      getParent: (element) => get().getParent(element),
    },
    dragAndDropController: dragMime
      ? {
          dragMimeTypes: [dragMime],
          dropMimeTypes: [dragMime],
          handleDrag: (source, data) => get().handleDrag?.(source, data),
          handleDrop: (target, data) => get().handleDrop?.(target, data),
        }
      : undefined,
  });
  return vscode.Disposable.from(view, changed, { dispose: () => tree?.dispose() });
}
