// The Office Hours & Reviews view: this week's office hours for the user's team (with whom, the two pacing
// challenges), the next and the last meeting, and every team's meeting this week. Teams' names and challenge titles
// come from the space's files: they only land in labels, descriptions and plain tooltips.
import * as vscode from 'vscode';
import { mondayOf } from '../../core/mentorship/calendarWeeks';
import type { OfficeHoursNow, TeamMeeting } from '../../core/rituals/officeHoursNow';
import type { TeamNote } from '../../core/team/teamNote';
import { CommandId } from '../commandIds';
import { Disposable } from '../dispose';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { formatDate } from '../mentorship/mentorshipText';
import { spaceProblem } from '../spaceSetting';
import { spokenAsShown, TreeNodes } from '../treeNodes';
import { noteTitle, weekLabel } from '../team/teamText';
import { retroChildren, retroItem, RetroKind } from './retroRows';
import type { RetroNow } from './retroService';
import { reviewChildren, reviewItem, ReviewKind } from './reviewRows';
import type { ReviewNow } from './reviewService';

export type RitualsNode = { readonly id: string };
type Kind =
  | 'problem'
  | 'join'
  | 'unlisted'
  | 'thisWeek'
  | 'challenge'
  | 'next'
  | 'last'
  | 'everyone'
  | 'meeting'
  | 'resting'
  | 'idle'
  | 'officeHoursOff'
  | ReviewKind
  | RetroKind;

/** A review section's source; `now` is undefined while its folder cannot be read. */
export interface SectionSource<T> {
  now(): T | undefined;
  readonly onDidChange: vscode.Event<unknown>;
  /** Settles once the folder has been read the first time (the view's first rows wait for it). */
  readonly ready?: Promise<unknown>;
}
/** The quarterly review of the workspace's team (its team folder). */
export type ReviewSource = SectionSource<ReviewNow>;
/** The retrospective across the teams of the mentorship space (the space's ratings). */
export type RetroSource = SectionSource<RetroNow>;

/** What the welcome text says when there are no rows (package.json's viewsWelcome). */
export type RitualsState = 'none' | 'missing' | 'loading' | 'notSetUp' | 'ready';

export class RitualsTree extends Disposable implements vscode.TreeDataProvider<RitualsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new TreeNodes<Kind, RitualsNode>();
  private now: OfficeHoursNow = { kind: 'notSetUp' };
  private reviewNow: ReviewNow | undefined;
  private retroNow: RetroNow | undefined;
  private firstRead: Promise<void>;

  constructor(
    private readonly view: vscode.TreeView<RitualsNode>,
    private readonly service: MentorshipService,
    private readonly officeHours: () => OfficeHoursNow,
    private readonly review?: ReviewSource,
    private readonly retro?: RetroSource,
  ) {
    super();
    // Read again when shown: a new week starts no timer, the next look at the view shows it.
    this._registerAll(
      service.onDidChange(() => this.refresh()),
      ...[review, retro].flatMap((source) => (source ? [source.onDidChange(() => this.refresh())] : [])),
      view.onDidChangeVisibility((e) => e.visible && this.refresh()),
    );
    this.firstRead = Promise.all([service.reload(), review?.ready, retro?.ready]).then(() => this.refresh());
  }

  private refresh(): void {
    const s = this.service.state;
    this.now = this.officeHours();
    this.reviewNow = this.review?.now();
    this.retroNow = s.kind === 'ready' ? this.retro?.now() : undefined;
    const state: RitualsState = s.kind !== 'ready' ? s.kind : this.now.kind === 'notSetUp' ? 'notSetUp' : 'ready';
    void vscode.commands.executeCommand('setContext', 'pacewise:ritualsState', state);
    this.view.message = spaceProblem(s);
    this.view.description = this.now.kind === 'ready' ? weekLabel(this.now.week) : undefined;
    this.changed.fire();
  }

  private node(kind: Kind, key: string, parent?: RitualsNode): RitualsNode {
    return this.nodes.get(kind, key, parent);
  }

  getParent(n: RitualsNode): RitualsNode | undefined {
    return this.nodes.of(n)?.parent;
  }

  async getChildren(parent?: RitualsNode): Promise<RitualsNode[]> {
    await this.firstRead;
    const now = this.now;
    const review = this.reviewNow;
    const retro = this.retroNow;
    if (parent && this.nodes.of(parent)?.kind === 'review')
      return review ? reviewChildren(review).map((r) => this.node(r.kind, r.key, parent)) : [];
    if (parent && this.nodes.of(parent)?.kind === 'retro')
      return retro ? retroChildren(retro).map((r) => this.node(r.kind, r.key, parent)) : [];
    const reviewRow = [
      ...(!parent && review ? [this.node('review', review.results.quarter)] : []),
      ...(!parent && retro ? [this.node('retro', retro.results.quarter)] : []),
    ];
    if (now.kind === 'notSetUp') {
      const off = this.service.state.kind === 'loading' ? [] : [this.node('officeHoursOff', this.service.state.kind)];
      return reviewRow.length ? [...off, ...reviewRow] : [];
    }
    if (now.kind === 'problems')
      return parent ? [] : [...now.problems.map((_, i) => this.node('problem', String(i))), ...reviewRow];
    if (!parent) {
      const rows: RitualsNode[] = [];
      if (!now.joined) rows.push(this.node('join', ''));
      else if (now.unlisted) rows.push(this.node('unlisted', now.unlisted));
      else rows.push(this.node('thisWeek', now.week));
      if (now.next) rows.push(this.node('next', now.next.week));
      if (now.last) rows.push(this.node('last', now.last.week));
      if (now.slot) rows.push(this.node('everyone', now.week));
      return [...rows, ...reviewRow];
    }
    const { kind } = this.nodes.of(parent)!;
    const slot = now.slot;
    if (kind === 'thisWeek' && now.thisWeek)
      return [...now.thisWeek.theirs, ...now.thisWeek.ours].map((n) => this.node('challenge', n.id, parent));
    if (kind === 'everyone' && slot)
      return [
        ...slot.meetings.map((m) => this.node('meeting', m.teams.join('\n'), parent)),
        ...slot.resting.map((t) => this.node('resting', t, parent)),
        ...slot.idle.map((t) => this.node('idle', t, parent)),
      ];
    return [];
  }

  private meetingOf(kind: Kind): TeamMeeting | undefined {
    const now = this.now;
    if (now.kind !== 'ready') return undefined;
    return kind === 'thisWeek' ? now.thisWeek : kind === 'next' ? now.next : kind === 'last' ? now.last : undefined;
  }

  getTreeItem(n: RitualsNode): vscode.TreeItem {
    return spokenAsShown(this.item(n));
  }

  private item(n: RitualsNode): vscode.TreeItem {
    const { kind, key } = this.nodes.of(n)!;
    const item = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    const now = this.now;
    if (kind.startsWith('review')) {
      if (this.reviewNow) reviewItem(item, kind as ReviewKind, key, this.reviewNow);
      return item;
    }
    if (kind.startsWith('retro')) {
      if (this.retroNow) retroItem(item, kind as RetroKind, key, this.retroNow);
      return item;
    }
    switch (kind) {
      case 'officeHoursOff':
        this.officeHoursOffItem(item, key);
        break;
      case 'problem':
        item.label = now.kind === 'problems' ? now.problems[Number(key)] : '';
        item.description = vscode.l10n.t('office hours wait until the charter is fixed');
        item.iconPath = new vscode.ThemeIcon('warning');
        item.command = this.openCharter();
        break;
      case 'join':
        item.label = vscode.l10n.t("Join the space to see your team's office hours…");
        item.iconPath = new vscode.ThemeIcon('person-add');
        item.command = { command: CommandId.joinMentoring, title: vscode.l10n.t('Join Mentoring…') };
        break;
      case 'unlisted':
        item.label = vscode.l10n.t('Your team “{0}” is not in the charter’s office hours', key);
        item.tooltip = vscode.l10n.t('The charter’s officeHours.teams lists the teams that take part.');
        item.iconPath = new vscode.ThemeIcon('info');
        item.command = this.openCharter();
        break;
      case 'thisWeek':
        this.thisWeekItem(item);
        break;
      case 'next':
      case 'last': {
        const m = this.meetingOf(kind)!;
        item.label =
          kind === 'next'
            ? vscode.l10n.t('Next: office hours with {0}', m.other)
            : vscode.l10n.t('Last: office hours with {0}', m.other);
        item.description = `${weekLabel(m.week)} · ${formatDate(mondayOf(m.week))}`;
        item.iconPath = new vscode.ThemeIcon(kind === 'next' ? 'arrow-right' : 'history');
        item.contextValue = kind === 'next' ? 'ritualsNext' : 'ritualsLast';
        if (kind === 'last')
          item.tooltip = vscode.l10n.t(
            'Draft Micro-Lesson from Office Hours… writes down what your team took from it.',
          );
        break;
      }
      case 'challenge': {
        const m = now.kind === 'ready' ? now.thisWeek : undefined;
        const note = [...(m?.theirs ?? []), ...(m?.ours ?? [])].find((x) => x.id === key);
        if (!note || !m) break;
        const theirs = m.theirs.includes(note);
        item.label = theirs
          ? vscode.l10n.t('{0}’s pacing challenge', m.other)
          : vscode.l10n.t('Your team’s pacing challenge');
        item.description = noteTitle(note);
        item.tooltip = new vscode.MarkdownString().appendText(challengeTooltip(note));
        item.iconPath = new vscode.ThemeIcon('megaphone');
        item.command = { command: CommandId.openTeamNote, title: vscode.l10n.t('Open'), arguments: [{ id: note.id }] };
        break;
      }
      case 'everyone': {
        const count = now.kind === 'ready' ? (now.slot?.meetings.length ?? 0) : 0;
        item.label = vscode.l10n.t('All office hours this week');
        item.description = String(count);
        item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
        item.iconPath = new vscode.ThemeIcon('list-unordered');
        break;
      }
      case 'meeting': {
        const [a, b] = key.split('\n');
        item.label = vscode.l10n.t('{0} and {1}', a, b);
        const first = now.kind === 'ready' && now.slot?.meetings.find((m) => m.teams[0] === a && m.teams[1] === b);
        if (first && first.first) item.description = vscode.l10n.t('paired first: one of them had none last time');
        item.iconPath = new vscode.ThemeIcon('organization');
        break;
      }
      case 'resting':
        item.label = key;
        item.description = vscode.l10n.t('in a project peak: skipped this week, paired first afterwards');
        item.iconPath = new vscode.ThemeIcon('flame');
        break;
      case 'idle':
        item.label = key;
        item.description = vscode.l10n.t('no other team free this week');
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        break;
    }
    return item;
  }

  private thisWeekItem(item: vscode.TreeItem): void {
    const now = this.now;
    if (now.kind !== 'ready') return;
    const m = now.thisWeek;
    item.iconPath = new vscode.ThemeIcon('calendar');
    if (!now.slot) {
      item.label = vscode.l10n.t('No office hours this week');
      item.description =
        now.rules.everyWeeks === 2 ? vscode.l10n.t('they meet every two weeks') : vscode.l10n.t('not started yet');
      return;
    }
    if (!m) {
      const resting = now.team !== undefined && now.slot.resting.includes(now.team);
      item.label = vscode.l10n.t('No office hours for your team this week');
      item.description = resting
        ? vscode.l10n.t('in a project peak: paired first afterwards')
        : vscode.l10n.t('no other team free this week');
      return;
    }
    item.label = vscode.l10n.t('This week: office hours with {0}', m.other);
    item.description = m.ours.length
      ? vscode.l10n.t('your pacing challenge is shared')
      : vscode.l10n.t('prepare your pacing challenge');
    item.tooltip = vscode.l10n.t(
      'Each team brings a one-page pacing challenge, shared in the space for the other team to read beforehand.',
    );
    item.contextValue = m.ours.length ? 'ritualsThisWeekPrepared' : 'ritualsThisWeek';
    item.command = m.ours.length
      ? { command: CommandId.openTeamNote, title: vscode.l10n.t('Open'), arguments: [{ id: m.ours[0].id }] }
      : { command: CommandId.prepareOfficeHours, title: vscode.l10n.t('Prepare Pacing Challenge…') };
    if (m.ours.length || m.theirs.length) {
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
      // A new id once it has children: VS Code keeps a known row's state, and the row it knew had none to show.
      item.id = `${item.id}:challenges`;
    }
  }

  /** Office hours while the space is not connected, not there, or its charter sets none up (the review is shown). */
  private officeHoursOffItem(item: vscode.TreeItem, state: string): void {
    item.iconPath = new vscode.ThemeIcon('organization');
    if (state === 'ready') {
      item.label = vscode.l10n.t('Office hours: the charter sets up none yet');
      item.command = this.openCharter();
      return;
    }
    item.label =
      state === 'missing'
        ? vscode.l10n.t('Office hours: the mentorship space’s folder is not there')
        : vscode.l10n.t('Office hours: connect a mentorship space…');
    item.command = {
      command: CommandId.connectMentorshipSpace,
      title: vscode.l10n.t('Connect a Mentorship Space…'),
    };
  }

  private openCharter(): vscode.Command | undefined {
    const s = this.service.state;
    return s.kind === 'ready'
      ? { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.file(`${s.root}/charter.json`)] }
      : undefined;
  }
}

function challengeTooltip(note: TeamNote): string {
  return [note.text.challenge, note.text.tried, note.text.question].filter(Boolean).join('\n\n');
}
