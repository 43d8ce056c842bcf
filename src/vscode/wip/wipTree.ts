// The Work in Progress view: the manual WIP list as a native tree — VS Code's own rows, keyboard navigation, inline
// actions, context menu and drag and drop — with the soft limit in the view's description and git's parallel work in
// its message. Rows are keyed by item id: the element handed to a command is `{ id }`, what the commands accept.
import * as vscode from 'vscode';
import { parallelWork } from '../../core/git/gitFacts';
import { daysActive, summarizeWip, WipItem, WipSummary } from '../../core/wip/wip';
import { sanitizeIntent } from '../../core/commandArgs';
import { WIP_TREE_MIME as MIME } from '../commandIds';
import { Disposable } from '../dispose';
import { plural } from '../plural';
import type { GitSignals } from '../git/gitSignals';
import type { SettingsReader } from '../settingsReader';
import type { WipService } from './wipService';

/** A row: one item (`{ id }`) or the "Parked" group. */
export type WipNode = { id: string } | { group: 'parked' };

export class WipTree
  extends Disposable
  implements vscode.TreeDataProvider<WipNode>, vscode.TreeDragAndDropController<WipNode>
{
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly dragMimeTypes = [MIME];
  readonly dropMimeTypes = [MIME];
  /** One node object per id, so VS Code keeps selection and focus across refreshes. */
  private readonly nodes = new Map<string, { id: string }>();
  private readonly parkedGroup = { group: 'parked' } as const;

  constructor(
    private readonly view: vscode.TreeView<WipNode>,
    private readonly wip: WipService,
    private readonly settings: SettingsReader,
    private readonly git: GitSignals,
    private readonly wipLimit: () => number,
    /** Fires when the limit may have changed (a "Limit WIP to N" experiment starts or ends). */
    onLimitChange: vscode.Event<unknown>,
  ) {
    super();
    const refresh = () => {
      this.summarized = undefined;
      this.describe();
      this.changed.fire();
    };
    this._registerAll(
      wip.onDidChange(refresh),
      settings.onDidChange(refresh),
      onLimitChange(refresh),
      git.onDidChange(() => this.describe()),
    );
    // Git is read while the list is in view (like the sidebar), for the parallel-work line.
    this._register(view.onDidChangeVisibility((e) => this.git.setWatched(e.visible, 'wip')));
    void this.git.start();
    this.git.setWatched(view.visible, 'wip');
    this.describe();
  }

  private summarized: WipSummary | undefined;

  /** The list's summary, computed once per change (every row of a redraw asks for it). */
  private summary(): WipSummary {
    const s = this.settings.settings;
    return (this.summarized ??= summarizeWip(this.wip.items, Date.now(), this.wipLimit(), s.wipAgingDays));
  }

  /** The view's description (how many, and the soft limit) and its message (above the limit; parallel work). */
  private describe(): void {
    const w = this.summary();
    const n = w.active.length;
    this.view.description =
      n === 0 ? '' : w.limit > 0 ? vscode.l10n.t('{0} of {1}', n, w.limit) : vscode.l10n.t('{0} in progress', n);
    const lines: string[] = [];
    if (w.overLimit)
      lines.push(
        vscode.l10n.t('More in progress than your limit. A signal, not a rule: is there something to finish or park?'),
      );
    const facts = this.git.current;
    if (facts.state === 'ok' && n > 0) {
      const parallel = parallelWork(
        w.active.map((i) => i.branch),
        facts,
      );
      const unlisted = parallel - n;
      if (unlisted > 0)
        lines.push(
          plural(
            unlisted,
            {
              one: 'Parallel work: {0} ({1} on this list, {2} recent branch not on it)',
              other: 'Parallel work: {0} ({1} on this list, {2} recent branches not on it)',
            },
            parallel,
            n,
            unlisted,
          ),
        );
    }
    this.view.message = lines.join(' ') || undefined;
  }

  private node(id: string): { id: string } {
    let n = this.nodes.get(id);
    if (!n) this.nodes.set(id, (n = { id }));
    return n;
  }

  getChildren(element?: WipNode): WipNode[] {
    const w = this.summary();
    if (!element) {
      const rows: WipNode[] = w.active.map((i) => this.node(i.id));
      if (w.parked.length > 0) rows.push(this.parkedGroup);
      return rows;
    }
    return 'group' in element ? w.parked.map((i) => this.node(i.id)) : [];
  }

  getParent(element: WipNode): WipNode | undefined {
    if ('group' in element) return undefined;
    return this.wip.items.items.find((i) => i.id === element.id)?.status === 'parked' ? this.parkedGroup : undefined;
  }

  getTreeItem(element: WipNode): vscode.TreeItem {
    if ('group' in element) {
      const count = this.summary().parked.length;
      const group = new vscode.TreeItem(vscode.l10n.t('Parked'), vscode.TreeItemCollapsibleState.Expanded);
      group.id = 'parked';
      group.description = String(count);
      group.contextValue = 'wip.group';
      return group;
    }
    const doc = this.wip.items;
    const item = doc.items.find((i) => i.id === element.id);
    if (!item) return new vscode.TreeItem('');
    return this.itemRow(item, doc.currentId === item.id);
  }

  private itemRow(item: WipItem, current: boolean): vscode.TreeItem {
    const now = Date.now();
    const title = sanitizeIntent(item.title);
    const days = daysActive(item, now);
    const aging = item.status === 'active' && this.summary().aging.includes(item.id);
    const facts: string[] = [];
    if (current) facts.push(vscode.l10n.t('working on it now'));
    if (item.branch) facts.push(vscode.l10n.t('branch {0}', sanitizeIntent(item.branch)));
    if (aging) facts.push(plural(days, { one: 'in progress {0} day', other: 'in progress {0} days' }, days));
    const row = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    row.id = item.id;
    row.description = facts.join(' · ');
    // Plain text (not markdown): a title is the user's words, never markup.
    row.tooltip = [title, ...facts].join('\n');
    row.iconPath = new vscode.ThemeIcon(
      current ? 'target' : item.status === 'parked' ? 'debug-pause' : aging ? 'history' : 'circle-outline',
      aging ? new vscode.ThemeColor('list.warningForeground') : undefined,
    );
    row.contextValue = item.status === 'parked' ? 'wip.parked' : current ? 'wip.current' : 'wip.active';
    row.accessibilityInformation = { label: [title, ...facts].join(', ') };
    return row;
  }

  handleDrag(source: readonly WipNode[], data: vscode.DataTransfer): void {
    const ids = source.filter((n): n is { id: string } => 'id' in n).map((n) => n.id);
    if (ids.length === 1) data.set(MIME, new vscode.DataTransferItem(ids[0]));
  }

  /** A row dropped onto another goes just before it; onto the Parked group or empty space, last among its own. */
  async handleDrop(target: WipNode | undefined, data: vscode.DataTransfer): Promise<void> {
    const id = (await data.get(MIME)?.asString()) ?? '';
    const dragged = this.wip.items.items.find((i) => i.id === id);
    if (!dragged) return;
    const onto = target && 'id' in target ? this.wip.items.items.find((i) => i.id === target.id) : undefined;
    // Dropped among the other list (an active item onto a parked one): it stays where its status puts it.
    if (onto && onto.status !== dragged.status) return;
    await this.wip.run({ type: 'place', id, before: onto?.id });
  }
}
