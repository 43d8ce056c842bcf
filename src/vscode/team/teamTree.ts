// The Team Notes view: the team's notes as a native tree, newest first — drafts on this machine at the top, the
// five-contributor summaries and the files that could not be read as folded groups below. A row opens the note in
// the editor tab; Annotate… is inline; the rest is in its context menu. Search and filters are title-bar actions and
// the view's description says what is in force. Teammates' words only ever land in labels, descriptions and plain
// tooltips: nothing here renders markup.
import * as vscode from 'vscode';
import { sanitizeIntent, sanitizeText } from '../../core/commandArgs';
import type { NoteSummaryModel, TeamFilterModel, TeamModel } from '../../shared/teamProtocol';
import { CommandId } from '../commandIds';
import { Disposable } from '../dispose';
import { plural } from '../plural';
import { filterOptions, teamModel } from './teamModel';
import type { TeamService } from './teamService';

/**
 * A row. A note's or a draft's is `{ id }` of that note or draft — what the row's commands take, as VS Code passes
 * the row itself to its context menu — and every row is one object per key, so VS Code keeps selection and focus
 * across refreshes. What a row is, is kept beside it.
 */
export type TeamNode = { readonly id: string };
type RowKind = 'drafts' | 'draft' | 'note' | 'more' | 'summaries' | 'summary' | 'outcome' | 'unreadable' | 'file';
interface Row {
  kind: RowKind;
  /** The note's or draft's id, the template's name, an outcome's line or a file's path. */
  key: string;
  parent?: TeamNode;
}

/** What the welcome text says when there are no rows (package.json's viewsWelcome, by the place's state key). */
export type TeamTreeState = 'noFolder' | 'untrusted' | 'loading' | 'empty' | 'noMatch' | 'ready';

const KIND_ICON: Record<NoteSummaryModel['kind'], string> = {
  lesson: 'lightbulb',
  experimentReport: 'beaker',
  question: 'question',
  challenge: 'megaphone',
};

export const filterInUse = (f: TeamFilterModel): boolean =>
  f.query !== '' || f.kind !== '' || f.template !== '' || f.outcome !== '';

export class TeamTree extends Disposable implements vscode.TreeDataProvider<TeamNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private model: TeamModel | undefined;
  private readonly firstRead: Promise<void>;
  /** With no rows to show, the welcome text says why (noFolder, untrusted, loading, empty, noMatch). */
  private state: TeamTreeState = 'loading';
  private seq = 0;
  /** The model the rows were last drawn from (as JSON: it is the webview protocol's serialisable TeamModel). */
  private drawn: string | undefined;
  /** VS Code asked for the first rows and waits for the first read. */
  private firstAsked = false;
  private firstReadDone = false;
  private readonly nodes = new Map<string, TeamNode>();
  private readonly rows = new WeakMap<TeamNode, Row>();

  constructor(
    private readonly view: vscode.TreeView<TeamNode>,
    private readonly team: TeamService,
    private readonly filter: () => TeamFilterModel,
  ) {
    super();
    this._registerAll(
      team.onDidChange(() => this.refresh()),
      // Shown again: re-read (cheap: unchanged files come from the cache), in case the watcher missed a change.
      view.onDidChangeVisibility((e) => e.visible && team.scheduleLoad(0)),
    );
    this.firstRead = team.start().then(() => {
      this.firstReadDone = true;
      return this.refresh();
    });
  }

  async refresh(): Promise<void> {
    // Before the first read the rows wait (see getChildren): nothing to draw, and a change fired now would only make
    // VS Code ask again while the first answer is on its way.
    if (!this.firstReadDone) return;
    const seq = ++this.seq;
    const model = await teamModel(this.team, { filter: this.filter() });
    if (seq !== this.seq || this.isDisposed) return; // a newer read is on its way, or the view is gone
    this.model = model;
    const filtered = filterInUse(model.filter);
    const state: TeamTreeState =
      model.state !== 'ready'
        ? model.state
        : model.total === 0 && model.drafts.length === 0
          ? 'empty'
          : filtered && model.notes.length === 0
            ? 'noMatch'
            : 'ready';
    this.state = state;
    void vscode.commands.executeCommand('setContext', this.team.place.stateKey, state);
    void vscode.commands.executeCommand('setContext', this.team.place.filteredKey, filtered);
    const matching = model.notes.length + model.more;
    // What is in force, in the header — and above the rows, where a container with one view hides the header.
    const options = filterOptions();
    const named = (list: { value: string; label: string }[], value: string) =>
      list.find((o) => o.value === value)?.label ?? [];
    const inForce = filtered
      ? [
          ...(model.filter.query ? [`“${sanitizeIntent(model.filter.query)}”`] : []),
          ...[
            named(options.kinds, model.filter.kind),
            named(options.templates, model.filter.template),
            named(options.outcomes, model.filter.outcome),
          ].flat(),
          plural(model.total, { one: '{0} of {1} note', other: '{0} of {1} notes' }, matching, model.total),
        ].join(' · ')
      : '';
    this.view.description = model.total === 0 ? '' : filtered ? inForce : String(model.total);
    const message = [
      ...(model.unknownSetting
        ? [
            vscode.l10n.t(
              'The setting pacewise.team.folder names "{0}", which is not a folder of this workspace; using {1}.',
              sanitizeText(model.unknownSetting),
              model.folderName ?? '',
            ),
          ]
        : []),
      ...(model.skipped
        ? [
            plural(
              model.skipped,
              {
                one: '{0} file not read (over the limit): Pacewise reads at most 10,000 notes and 10,000 annotations.',
                other:
                  '{0} files not read (over the limit): Pacewise reads at most 10,000 notes and 10,000 annotations.',
              },
              model.skipped,
            ),
          ]
        : []),
      ...(model.folderLine ? [model.folderLine] : []),
      ...(inForce ? [inForce] : []),
    ].join(' ');
    this.view.message = message || undefined;
    // A read, git's answer and the local record each end here, mostly with nothing new: every change fired has VS Code
    // fetch all rows again, and one fired while the first rows are on their way delays their first draw.
    const drawn = JSON.stringify(model);
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    if (!this.firstAsked) this.changed.fire(); // else the first answer, on its way, is drawn from this model
  }

  private node(kind: RowKind, key = '', parent?: TeamNode): TeamNode {
    const id =
      kind === 'note' || kind === 'draft' ? key : `${kind}:${parent ? `${this.rows.get(parent)?.key}:` : ''}${key}`;
    let n = this.nodes.get(`${kind}:${id}`);
    if (!n) {
      n = { id };
      this.nodes.set(`${kind}:${id}`, n);
    }
    this.rows.set(n, { kind, key, parent });
    return n;
  }

  getChildren(element?: TeamNode): TeamNode[] | Thenable<TeamNode[]> {
    // Until the folder is first read VS Code shows its progress bar, not a welcome text: a welcome shown first would
    // take the keyboard a command gave the list, and lose it when the rows replace it.
    if (!this.model) {
      this.firstAsked = true;
      return this.firstRead.then(() => {
        this.firstAsked = false;
        return this.model ? this.getChildren(element) : [];
      });
    }
    const m = this.model;
    if (!m || this.state !== 'ready') return [];
    if (!element) {
      return [
        ...(m.drafts.length ? [this.node('drafts')] : []),
        ...m.notes.map((n) => this.node('note', n.id)),
        ...(m.more ? [this.node('more')] : []),
        ...(m.total ? [this.node('summaries')] : []),
        ...(m.unreadableCount ? [this.node('unreadable')] : []),
      ];
    }
    switch (this.rows.get(element)?.kind) {
      case 'drafts':
        return m.drafts.map((d) => this.node('draft', d.id, element));
      case 'summaries':
        return m.aggregates.map((a) => this.node('summary', a.template, element));
      case 'summary': {
        const a = m.aggregates.find((x) => x.template === this.rows.get(element)?.key);
        return (a?.outcomes ?? []).map((o) => this.node('outcome', o, element));
      }
      case 'unreadable':
        return m.unreadable.map((u) => this.node('file', u.path, element));
      default:
        return [];
    }
  }

  getParent(element: TeamNode): TeamNode | undefined {
    return this.rows.get(element)?.parent;
  }

  getTreeItem(element: TeamNode): vscode.TreeItem {
    const m = this.model;
    const row = (label: string, collapsed?: boolean) =>
      new vscode.TreeItem(
        label,
        collapsed === undefined
          ? vscode.TreeItemCollapsibleState.None
          : collapsed
            ? vscode.TreeItemCollapsibleState.Collapsed
            : vscode.TreeItemCollapsibleState.Expanded,
      );
    const at = this.rows.get(element);
    if (!m || !at) return row('');
    switch (at.kind) {
      case 'note': {
        const n = m.notes.find((x) => x.id === at.key);
        return n ? this.noteRow(n) : row('');
      }
      case 'drafts': {
        const r = row(vscode.l10n.t('Drafts on this machine'), false);
        r.id = 'drafts';
        r.iconPath = new vscode.ThemeIcon('edit');
        r.description = String(m.drafts.length);
        return r;
      }
      case 'draft': {
        const d = m.drafts.find((x) => x.id === at.key);
        const r = row(d?.heading ?? '');
        r.id = `draft:${at.key}`;
        r.description = vscode.l10n.t('not shared');
        r.tooltip = vscode.l10n.t(
          '{0} — a draft on this machine: nothing is written until you press Share.',
          r.label as string,
        );
        r.contextValue = 'draft';
        r.command = {
          command: CommandId.continueShareDraft,
          title: vscode.l10n.t('Continue'),
          arguments: [{ id: at.key }],
        };
        return r;
      }
      case 'more': {
        const r = row(
          plural(
            m.more,
            {
              one: '{0} more note matches; refine the search to see it.',
              other: '{0} more notes match; refine the search to see them.',
            },
            m.more,
          ),
        );
        r.iconPath = new vscode.ThemeIcon('info');
        r.command = { command: this.team.place.searchCommand, title: vscode.l10n.t('Search…') };
        return r;
      }
      case 'summaries': {
        const r = row(this.team.place.texts.summaries(), true);
        r.id = 'summaries';
        r.iconPath = new vscode.ThemeIcon('graph');
        if (!m.aggregates.length) {
          r.collapsibleState = vscode.TreeItemCollapsibleState.None;
          r.description = vscode.l10n.t('not enough notes yet');
          r.tooltip = vscode.l10n.t(
            'Not enough notes to summarise yet: a summary appears once five different people committed notes about an experiment.',
          );
        } else r.description = String(m.aggregates.length);
        return r;
      }
      case 'summary': {
        const a = m.aggregates.find((x) => x.template === at.key);
        const r = row(a?.template ?? '', true);
        r.id = `summary:${at.key}`;
        r.description = a ? vscode.l10n.t('{0} notes', a.notes) : '';
        r.tooltip = a ? [a.template, ...a.outcomes].join('\n') : undefined;
        return r;
      }
      case 'outcome':
        return row(at.key);
      case 'unreadable': {
        const r = row(
          plural(m.unreadableCount, { one: '{0} unreadable note', other: '{0} unreadable notes' }, m.unreadableCount),
          true,
        );
        r.id = 'unreadable';
        r.iconPath = new vscode.ThemeIcon('warning');
        return r;
      }
      case 'file': {
        const u = m.unreadable.find((x) => x.path === at.key);
        const r = row(sanitizeText(at.key));
        r.id = `file:${at.key}`;
        r.description = u ? sanitizeText(u.problem) : '';
        r.tooltip = u ? `${sanitizeText(u.path)}\n${sanitizeText(u.problem)}` : undefined;
        return r;
      }
    }
  }

  private noteRow(n: NoteSummaryModel): vscode.TreeItem {
    const title = sanitizeIntent(n.title);
    const r = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    r.id = `note:${n.id}`;
    const facts = [
      ...(n.team ? [sanitizeIntent(n.team)] : []),
      n.kindLabel,
      n.week,
      ...(n.template ? [n.template] : []),
      ...(n.annotations
        ? [plural(n.annotations, { one: '{0} annotation', other: '{0} annotations' }, n.annotations)]
        : []),
      ...(n.own ? [vscode.l10n.t('yours')] : []),
    ];
    r.description = facts.join(' · ');
    // Plain text: a teammate's words are never markup. Every line whole, where the row's end is cut.
    r.tooltip = [
      title,
      facts.join(' · '),
      ...(n.notice ? [n.notice] : []),
      ...n.outcomes,
      ...(n.tags.length ? [n.tags.map((t) => `#${sanitizeText(t)}`).join(' ')] : []),
    ].join('\n');
    r.iconPath = new vscode.ThemeIcon(n.notice ? 'warning' : KIND_ICON[n.kind]);
    r.accessibilityInformation = { label: [title, ...facts, ...(n.notice ? [n.notice] : [])].join(', ') };
    r.contextValue = ['note', ...(n.own ? ['own'] : []), ...(n.template ? ['adopt'] : [])].join(' ');
    r.command = { command: CommandId.openTeamNote, title: vscode.l10n.t('Open'), arguments: [{ id: n.id }] };
    return r;
  }
}
