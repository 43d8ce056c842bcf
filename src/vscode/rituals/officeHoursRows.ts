// The Office Hours & Reviews view's office hours rows: this week's meeting for the user's team (with whom, the two
// pacing challenges), the next and the last, every team's meeting this week, and what stands in for them while the
// space or its charter does not set office hours up. Teams' names and challenge titles come from the space's files:
// they only land in labels, descriptions and plain tooltips.
import * as vscode from 'vscode';
import { mondayOf } from '../../core/mentorship/calendarWeeks';
import type { OfficeHoursNow, TeamMeeting } from '../../core/rituals/officeHoursNow';
import type { TeamNote } from '../../core/team/teamNote';
import { CommandId } from '../commandIds';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { formatDate } from '../mentorship/mentorshipText';
import { noteTitle, weekLabel } from '../team/teamText';

export type OfficeHoursKind =
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
  | 'officeHoursOff';

export function officeHoursItem(
  item: vscode.TreeItem,
  kind: OfficeHoursKind,
  key: string,
  now: OfficeHoursNow,
  service: MentorshipService,
): void {
  switch (kind) {
    case 'officeHoursOff':
      officeHoursOffItem(item, key, service);
      break;
    case 'problem':
      item.label = now.kind === 'problems' ? now.problems[Number(key)] : '';
      item.description = vscode.l10n.t('office hours wait until the charter is fixed');
      item.iconPath = new vscode.ThemeIcon('warning');
      item.command = openCharter(service);
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
      item.command = openCharter(service);
      break;
    case 'thisWeek':
      thisWeekItem(item, now);
      break;
    case 'next':
    case 'last': {
      const m = meetingOf(now, kind)!;
      item.label =
        kind === 'next'
          ? vscode.l10n.t('Next: office hours with {0}', m.other)
          : vscode.l10n.t('Last: office hours with {0}', m.other);
      item.description = `${weekLabel(m.week)} · ${formatDate(mondayOf(m.week))}`;
      item.iconPath = new vscode.ThemeIcon(kind === 'next' ? 'arrow-right' : 'history');
      item.contextValue = kind === 'next' ? 'ritualsNext' : 'ritualsLast';
      if (kind === 'last')
        item.tooltip = vscode.l10n.t('Draft Micro-Lesson from Office Hours… writes down what your team took from it.');
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
}

function meetingOf(now: OfficeHoursNow, kind: OfficeHoursKind): TeamMeeting | undefined {
  if (now.kind !== 'ready') return undefined;
  return kind === 'thisWeek' ? now.thisWeek : kind === 'next' ? now.next : kind === 'last' ? now.last : undefined;
}

function thisWeekItem(item: vscode.TreeItem, now: OfficeHoursNow): void {
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
function officeHoursOffItem(item: vscode.TreeItem, state: string, service: MentorshipService): void {
  item.iconPath = new vscode.ThemeIcon('organization');
  if (state === 'ready') {
    item.label = vscode.l10n.t('Office hours: the charter sets up none yet');
    item.command = openCharter(service);
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

function openCharter(service: MentorshipService): vscode.Command | undefined {
  const s = service.state;
  return s.kind === 'ready'
    ? { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.file(`${s.root}/charter.json`)] }
    : undefined;
}

function challengeTooltip(note: TeamNote): string {
  return [note.text.challenge, note.text.tried, note.text.question].filter(Boolean).join('\n\n');
}
