// The Mentoring view: the charter in one paragraph, you and your pairing with its reason and next check-in, the
// current round's pairs and who is unmatched and why, and the space's files that could not be read. Participants'
// words (handles, teams, free topics) only land in labels, descriptions and plain tooltips.
import * as vscode from 'vscode';
import { currentRound } from '../../core/mentorship/checkIns';
import { questionsFor } from '../../core/mentorship/spaceQuestions';
import type { Pair, Unmatched } from '../../core/mentorship/pairingReasons';
import type { Participant } from '../../core/mentorship/pairingInputs';
import type { RoundFile } from '../../core/mentorship/round';
import { usableCharter } from '../../core/mentorship/space';
import { peaksByTeam, teamRestOn } from '../../core/mentorship/spaceTeam';
import { teamKey } from '../../core/mentorship/profile';
import { CommandId } from '../commandIds';
import { Disposable } from '../dispose';
import { plural } from '../plural';
import { MentorshipService } from './mentorshipService';
import { spaceProblem } from '../spaceSetting';
import { spokenAsShown, TreeNodes } from '../treeNodes';
import { charterParagraph, formatDate, pairReason, topicName, unmatchedReason } from './mentorshipText';
import type { CheckInService } from './checkInService';
import { pairNodeId } from './checkInPrompts';

export type MentoringNode = { readonly id: string };
type Kind =
  | 'charter'
  | 'charterProblem'
  | 'you'
  | 'yourTeam'
  | 'join'
  | 'yourPair'
  | 'checkInNote'
  | 'forYou'
  | 'question'
  | 'yourUnmatched'
  | 'round'
  | 'pair'
  | 'unmatched'
  | 'noRound'
  | 'problems'
  | 'problem';

export type MentoringState = 'none' | 'missing' | 'loading' | 'ready';

export class MentoringTree extends Disposable implements vscode.TreeDataProvider<MentoringNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new TreeNodes<Kind, MentoringNode>();
  private firstRead: Promise<void>;

  constructor(
    private readonly view: vscode.TreeView<MentoringNode>,
    private readonly service: MentorshipService,
    private readonly checkIns: CheckInService,
  ) {
    super();
    this._registerAll(
      service.onDidChange(() => this.refresh()),
      checkIns.onDidChange(() => this.changed.fire()),
    );
    // No state is said before the first read: a welcome text shown meanwhile would take the keyboard from the rows.
    this.firstRead = Promise.all([service.reload(), checkIns.ready()]).then(() => undefined);
  }

  private refresh(): void {
    const s = this.service.state;
    void vscode.commands.executeCommand('setContext', 'pacewise:mentoringState', s.kind satisfies MentoringState);
    void vscode.commands.executeCommand('setContext', 'pacewise:mentoringJoined', this.service.own() !== undefined);
    this.view.message = spaceProblem(s);
    this.view.description = s.kind === 'ready' ? s.root.split(/[\\/]/).pop() : undefined;
    this.changed.fire();
  }

  private node(kind: Kind, key: string, parent?: MentoringNode): MentoringNode {
    return this.nodes.get(kind, key, parent);
  }

  /** Whether the user's team rests today (a peak, or cooling off after one), from all the team's files. */
  private teamRest(team: string) {
    const s = this.service.state;
    if (s.kind !== 'ready') return undefined;
    const c = usableCharter(s.space);
    const peaks = peaksByTeam(s.space.teams).get(teamKey(team)) ?? [];
    return teamRestOn(peaks, this.service.today(), c.ok ? c.charter.rules.coolingOffWeeks : 0);
  }

  /** The space's questions on topics this user offers as a mentor. */
  private forYou() {
    const s = this.service.state;
    const own = this.service.own();
    if (s.kind !== 'ready' || !own?.roles.includes('mentor')) return [];
    return questionsFor(s.space.notes, own.offers);
  }

  private ownPair(key: string) {
    return this.checkIns.ownPairs().find((p) => pairNodeId(p) === `yourPair:${key}`);
  }

  getParent(n: MentoringNode): MentoringNode | undefined {
    return this.nodes.of(n)?.parent;
  }

  async getChildren(parent?: MentoringNode): Promise<MentoringNode[]> {
    await this.firstRead;
    const s = this.service.state;
    if (s.kind !== 'ready') return [];
    const space = s.space;
    if (!parent) {
      const rows = [this.node('charter', '')];
      const own = this.service.own();
      rows.push(own ? this.node('you', own.id) : this.node('join', ''));
      if (own && this.teamRest(own.team)) rows.push(this.node('yourTeam', own.team));
      const round = currentRound(space.rounds, this.service.thisWeek());
      for (const p of this.checkIns.ownPairs())
        rows.push(this.node('yourPair', pairNodeId(p).slice('yourPair:'.length)));
      if (own && round) {
        for (const u of round.unmatched.filter((u) => u.id === own.id))
          rows.push(this.node('yourUnmatched', `${round.id} ${u.role}`));
      }
      if (this.forYou().length) rows.push(this.node('forYou', ''));
      rows.push(round ? this.node('round', round.id) : this.node('noRound', ''));
      if (space.problems.length) rows.push(this.node('problems', ''));
      return rows;
    }
    const { kind, key } = this.nodes.of(parent)!;
    if (kind === 'charter') {
      const c = usableCharter(space);
      return c.ok ? [] : c.problems.map((_, i) => this.node('charterProblem', String(i), parent));
    }
    if (kind === 'round') {
      const r = space.rounds.find((x) => x.id === key);
      if (!r) return [];
      return [
        ...r.pairs.map((p) => this.node('pair', `${r.id} ${p.mentor} ${p.mentee}`, parent)),
        ...r.unmatched.map((u) => this.node('unmatched', `${r.id} ${u.role} ${u.id}`, parent)),
      ];
    }
    if (kind === 'forYou') return this.forYou().map((q) => this.node('question', q.id, parent));
    if (kind === 'yourPair') {
      const pair = this.ownPair(key);
      return pair ? this.checkIns.notes(pair).map((h) => this.node('checkInNote', h.id, parent)) : [];
    }
    if (kind === 'problems') return space.problems.map((p) => this.node('problem', p.path, parent));
    return [];
  }

  getTreeItem(n: MentoringNode): vscode.TreeItem {
    return spokenAsShown(this.item(n));
  }

  private item(n: MentoringNode): vscode.TreeItem {
    const s = this.service.state;
    const { kind, key } = this.nodes.of(n)!;
    const item = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    if (s.kind !== 'ready') return item;
    const space = s.space;
    const round = (id: string) => space.rounds.find((r) => r.id === id);
    const person = (r: RoundFile, id: string): Participant | undefined => r.inputs.people.find((p) => p.id === id);
    // The round keeps team keys (folded for comparing); the team's name as its member wrote it reads better.
    const teamOf = (p: Participant) => space.profiles.find((x) => x.id === p.id)?.team ?? p.team;
    const who = (p: Participant | undefined) => (p ? `${p.handle} (${teamOf(p)})` : '?');
    const findPair = (k: string): [RoundFile, Pair] | undefined => {
      const [rid, mentor, mentee] = k.split(' ');
      const r = round(rid);
      const p = r?.pairs.find((x) => x.mentor === mentor && x.mentee === mentee);
      return r && p ? [r, p] : undefined;
    };
    switch (kind) {
      case 'charter': {
        const c = usableCharter(space);
        if (c.ok) {
          const r = c.charter.rules;
          item.label = vscode.l10n.t('Charter');
          const cadence = plural(
            r.cadenceWeeks,
            { one: 'check-ins every week', other: 'check-ins every {0} weeks' },
            r.cadenceWeeks,
          );
          const rotation = plural(
            r.rotationWeeks,
            { one: 'new pairs every week', other: 'new pairs every {0} weeks' },
            r.rotationWeeks,
          );
          item.description = `${cadence} · ${rotation}`;
          item.tooltip = charterParagraph(c.charter);
          item.iconPath = new vscode.ThemeIcon('law');
        } else {
          item.label = plural(
            c.problems.length,
            { one: 'Charter: 1 problem', other: 'Charter: {0} problems' },
            c.problems.length,
          );
          item.description = vscode.l10n.t('no round is drawn until it is fixed');
          item.iconPath = new vscode.ThemeIcon('warning');
          item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        }
        item.command = {
          command: 'vscode.open',
          title: vscode.l10n.t('Open'),
          arguments: [vscode.Uri.file(`${s.root}/charter.json`)],
        };
        break;
      }
      case 'charterProblem': {
        const c = usableCharter(space);
        item.label = c.ok ? '' : c.problems[Number(key)];
        item.iconPath = new vscode.ThemeIcon('circle-small');
        break;
      }
      case 'join':
        item.label = vscode.l10n.t('Join as a mentor or mentee…');
        item.iconPath = new vscode.ThemeIcon('person-add');
        item.command = { command: CommandId.joinMentoring, title: vscode.l10n.t('Join Mentoring…') };
        break;
      case 'you': {
        const own = this.service.own()!;
        item.label = vscode.l10n.t('You: {0} ({1})', own.handle, own.team);
        const roles = own.roles
          .map((r) => (r === 'mentor' ? vscode.l10n.t('mentor') : vscode.l10n.t('mentee')))
          .join(', ');
        const status =
          own.status === 'paused'
            ? vscode.l10n.t('paused until {0}', own.pausedUntil ?? '')
            : own.status === 'leaving'
              ? vscode.l10n.t('leaving')
              : vscode.l10n.t('active');
        item.description = `${roles} · ${status}`;
        item.tooltip = [
          own.offers.length ? vscode.l10n.t('Offers: {0}', own.offers.map(topicName).join(', ')) : '',
          own.wants.length ? vscode.l10n.t('Wants: {0}', own.wants.map(topicName).join(', ')) : '',
        ]
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon('account');
        item.contextValue = 'mentoringOwn';
        break;
      }
      case 'yourTeam': {
        const rest = this.teamRest(key);
        item.label = vscode.l10n.t('Your team: {0}', key);
        item.description = !rest
          ? undefined
          : rest.kind === 'peak'
            ? vscode.l10n.t('in a project peak until {0}', formatDate(rest.peak.until))
            : vscode.l10n.t('cooling off until {0}', formatDate(rest.until));
        item.tooltip = vscode.l10n.t("Your team's mentors are not paired while it rests; its mentees still are.");
        item.iconPath = new vscode.ThemeIcon(rest?.kind === 'peak' ? 'flame' : 'history');
        break;
      }
      case 'yourPair': {
        const found = findPair(key);
        const pair = this.ownPair(key);
        if (!found || !pair) break;
        const [r, p] = found;
        item.label =
          pair.role === 'mentor'
            ? vscode.l10n.t('You mentor {0}', who(person(r, p.mentee)))
            : vscode.l10n.t('Your mentor: {0}', who(person(r, p.mentor)));
        const next = this.checkIns.next(pair);
        const when = !next
          ? vscode.l10n.t('the round ends {0}', formatDate(pair.ends))
          : next.thisWeek
            ? vscode.l10n.t('check-in due this week')
            : vscode.l10n.t('next check-in {0}', formatDate(next.due));
        item.description = `${topicName(p.topics[0])} · ${when}`;
        const cadence = r.inputs.rules.cadenceWeeks;
        item.tooltip = `${pairReason(p)}\n${plural(cadence, { one: 'A short check-in every week (the charter).', other: 'A short check-in every {0} weeks (the charter).' }, cadence)}`;
        item.iconPath = new vscode.ThemeIcon('organization');
        item.contextValue = next ? 'mentoringPair' : undefined;
        if (this.checkIns.notes(pair).length) item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
        break;
      }
      case 'forYou': {
        const n = this.forYou().length;
        item.label = vscode.l10n.t('For you');
        item.description = plural(
          n,
          { one: '1 question from another team', other: '{0} questions from other teams' },
          n,
        );
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        break;
      }
      case 'question': {
        const q = space.notes.find((x) => x.id === key);
        if (!q) break;
        const text = q.text.question ?? '';
        item.label = q.text.title || text.split('\n')[0];
        item.description = `${q.tags.map(topicName).join(', ')} · ${q.week}`;
        item.tooltip = new vscode.MarkdownString().appendText(
          `${text}\n\n${vscode.l10n.t('Asked in the mentorship space; the file names no one. Open it to answer.')}`,
        );
        item.iconPath = new vscode.ThemeIcon('question');
        // Opened where it can be answered: the note's tab of Notes Across Teams (Annotate… is the answer).
        item.command = { command: CommandId.openTeamNote, title: vscode.l10n.t('Open'), arguments: [{ id: q.id }] };
        break;
      }
      case 'checkInNote': {
        const h = this.checkIns.local.checkIns.find((x) => x.id === key);
        if (!h) break;
        item.label = formatDate(h.heldOn);
        item.description = h.note?.split('\n')[0];
        item.tooltip = `${vscode.l10n.t('Your note (only on this machine):')}\n${h.note ?? ''}`;
        item.iconPath = new vscode.ThemeIcon('note');
        break;
      }
      case 'yourUnmatched': {
        const [rid, role] = key.split(' ');
        const own = this.service.own();
        const u = round(rid)?.unmatched.find((x) => x.id === own?.id && x.role === role);
        item.label = role === 'mentor' ? vscode.l10n.t('No mentee this round') : vscode.l10n.t('No mentor this round');
        item.description = u ? unmatchedReason(u.reason) : undefined;
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        break;
      }
      case 'round': {
        const r = round(key)!;
        item.label = vscode.l10n.t('Round {0}', r.id);
        const pairs = plural(r.pairs.length, { one: '1 pair', other: '{0} pairs' }, r.pairs.length);
        const differs = this.service.differs(r);
        item.description = differs ? `${pairs} · ${vscode.l10n.t('differs from the rules')}` : pairs;
        if (differs)
          item.tooltip = vscode.l10n.t(
            'This file is not what the rules give for its inputs (edited by hand, or by another tool). Verify Mentoring Round lists what differs.',
          );
        item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
        item.iconPath = new vscode.ThemeIcon(differs ? 'warning' : 'references');
        item.contextValue = 'mentoringRound';
        break;
      }
      case 'pair': {
        const found = findPair(key);
        if (!found) break;
        const [r, p] = found;
        item.label = `${who(person(r, p.mentor))} → ${who(person(r, p.mentee))}`;
        item.description = topicName(p.topics[0]);
        item.tooltip = pairReason(p);
        break;
      }
      case 'unmatched': {
        const [rid, role, id] = key.split(' ');
        const r = round(rid)!;
        const u = r.unmatched.find((x) => x.id === id && x.role === role) as Unmatched;
        item.label = who(person(r, id));
        item.description = `${role === 'mentor' ? vscode.l10n.t('mentor') : vscode.l10n.t('mentee')} · ${unmatchedReason(u.reason)}`;
        item.tooltip = unmatchedReason(u.reason);
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        break;
      }
      case 'noRound':
        item.label = vscode.l10n.t('No round drawn yet');
        item.description = vscode.l10n.t('Draw the Next Round from the title bar');
        item.iconPath = new vscode.ThemeIcon('info');
        break;
      case 'problems':
        item.label = plural(
          space.problems.length,
          { one: '1 file ignored', other: '{0} files ignored' },
          space.problems.length,
        );
        item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
        item.iconPath = new vscode.ThemeIcon('warning');
        break;
      case 'problem': {
        const p = space.problems.find((x) => x.path === key);
        item.label = key;
        item.description = p?.problem;
        item.tooltip = p?.problem;
        item.command = {
          command: 'vscode.open',
          title: vscode.l10n.t('Open'),
          arguments: [vscode.Uri.file(`${s.root}/${key}`)],
        };
        break;
      }
    }
    return item;
  }
}
