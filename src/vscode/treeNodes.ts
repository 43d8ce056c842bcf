import type * as vscode from 'vscode';

// The elements of a native tree whose rows are rebuilt from a model on each read: one object per row id, so VS Code
// keeps a row's selection, focus and expansion across refreshes, with what the row stands for beside it.
export interface TreeNode {
  readonly id: string;
}

export class TreeNodes<Kind extends string, Node extends TreeNode = TreeNode> {
  private readonly nodes = new Map<string, Node>();
  private readonly info = new WeakMap<Node, { kind: Kind; key: string; parent?: Node }>();

  /** The element for `kind:key`, the same object each time; its parent as given this time. */
  get(kind: Kind, key: string, parent?: Node): Node {
    const id = `${kind}:${key}`;
    let n = this.nodes.get(id);
    if (!n) {
      n = { id } as Node;
      this.nodes.set(id, n);
    }
    this.info.set(n, { kind, key, ...(parent ? { parent } : {}) });
    return n;
  }

  /** What an element stands for; undefined for one this tree never made. */
  of(n: Node): { kind: Kind; key: string; parent?: Node } | undefined {
    return this.info.get(n);
  }
}

/**
 * Sets what a screen reader says for a row to what the row shows, its label and description: without it VS Code
 * reads a plain-text tooltip in place of the row (and axe flags the row's visible text missing from its name).
 */
export function spokenAsShown(item: vscode.TreeItem): vscode.TreeItem {
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  if (label) item.accessibilityInformation = { label: [label, item.description].filter(Boolean).join(', ') };
  return item;
}
