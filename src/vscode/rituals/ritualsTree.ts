// The Office Hours & Reviews view: which rows it has, in which order, and when it reads again. Each section draws its
// own rows: the office hours (officeHoursRows.ts), the team's quarterly review (reviewRows.ts) and the retrospective
// across teams (retroRows.ts).
import * as vscode from 'vscode';
import type { OfficeHoursNow } from '../../core/rituals/officeHoursNow';
import { Disposable } from '../dispose';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { spaceProblem } from '../spaceSetting';
import { spokenAsShown, TreeNodes } from '../treeNodes';
import { weekLabel } from '../team/teamText';
import { OfficeHoursKind, officeHoursItem } from './officeHoursRows';
import { retroChildren, retroItem, RetroKind } from './retroRows';
import type { RetroNow } from './retroService';
import { reviewChildren, reviewItem, ReviewKind } from './reviewRows';
import type { ReviewNow } from './reviewService';

export type RitualsNode = { readonly id: string };
type Kind = OfficeHoursKind | ReviewKind | RetroKind;

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

  getTreeItem(n: RitualsNode): vscode.TreeItem {
    return spokenAsShown(this.item(n));
  }

  private item(n: RitualsNode): vscode.TreeItem {
    const { kind, key } = this.nodes.of(n)!;
    const item = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    if (kind.startsWith('review')) {
      if (this.reviewNow) reviewItem(item, kind as ReviewKind, key, this.reviewNow);
      return item;
    }
    if (kind.startsWith('retro')) {
      if (this.retroNow) retroItem(item, kind as RetroKind, key, this.retroNow);
      return item;
    }
    officeHoursItem(item, kind as OfficeHoursKind, key, this.now, this.service);
    return item;
  }
}
