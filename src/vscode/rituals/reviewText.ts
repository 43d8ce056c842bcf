// The quarterly review's words: the six dimensions, the lights and trends, a row of counts as the review may say it.
import * as vscode from 'vscode';
import { Dimension, Light, Trend } from '../../core/team/teamRating';
import { SafeChange, SafeRow } from '../../core/rituals/reviewResults';
import { quarterEnd, quarterStart } from '../../core/rituals/quarters';
import { formatDate } from '../mentorship/mentorshipText';
import { plural } from '../plural';
import { TEMPLATES, TemplateId } from '../../core/experiments/experimentTemplates';
import type { TeamNote } from '../../core/team/teamNote';
import type { Vote, WorthVote } from '../../core/team/teamReview';
import { templateTitle } from '../experiments/experimentText';
import { kindLabel, outcomeLines, weekLabel } from '../team/teamText';

export const dimensionName = (d: Dimension): string =>
  ({
    pace: vscode.l10n.t('Sustainable pace'),
    wip: vscode.l10n.t('Work in progress'),
    meetings: vscode.l10n.t('Meeting load'),
    fairness: vscode.l10n.t('Fairness of workload'),
    priorities: vscode.l10n.t('Clarity of priorities'),
    safety: vscode.l10n.t('Safety to raise concerns'),
  })[d];

/** The question a person answers for the dimension. */
export const dimensionQuestion = (d: Dimension): string =>
  ({
    pace: vscode.l10n.t('Could the team keep this quarter’s pace for a year?'),
    wip: vscode.l10n.t('Was the amount of work started at once about right?'),
    meetings: vscode.l10n.t('Did meetings leave enough time for focused work?'),
    fairness: vscode.l10n.t('Was the work shared fairly across the team?'),
    priorities: vscode.l10n.t('Was it clear what mattered most?'),
    safety: vscode.l10n.t('Could everyone raise a concern without worrying?'),
  })[d];

export const lightName = (l: Light): string =>
  ({ green: vscode.l10n.t('green'), amber: vscode.l10n.t('amber'), red: vscode.l10n.t('red') })[l];

export const trendName = (t: Trend): string =>
  ({
    better: vscode.l10n.t('getting better'),
    same: vscode.l10n.t('about the same'),
    worse: vscode.l10n.t('getting worse'),
  })[t];

/** "Q4 2026". */
export const quarterName = (quarter: string): string =>
  vscode.l10n.t('Q{0} {1}', quarter.slice(6), quarter.slice(0, 4));

/** "Q4 2026 (1 Oct – 31 Dec)". */
export const quarterLabel = (quarter: string): string =>
  vscode.l10n.t(
    'Q{0} {1} ({2} – {3})',
    quarter.slice(6),
    quarter.slice(0, 4),
    formatDate(quarterStart(quarter)),
    formatDate(quarterEnd(quarter)),
  );

export const ratingCount = (n: number): string => plural(n, { one: '1 rating', other: '{0} ratings' }, n);

/**
 * A row as the review may say it: "green 6 · amber 0 · red 5", "green 5 · amber or red 7", or its total only;
 * `short` leaves out the zeros (a tree row's description, in a narrow sidebar).
 */
export function rowText<K extends string>(row: SafeRow<K>, name: (k: K) => string, short = false): string {
  if (row.few) return short ? vscode.l10n.t('too few to show') : vscode.l10n.t('too few ratings to show');
  if (row.withheld)
    return short
      ? vscode.l10n.t('{0}, not shown apart', ratingCount(row.total))
      : vscode.l10n.t('{0}, too few of each to show them apart', ratingCount(row.total));
  const parts = row.shown.filter((c) => !short || c.count > 0).map((c) => `${name(c.key)} ${c.count}`);
  if (row.merged)
    parts.push(
      `${row.merged.keys.length === 2 ? vscode.l10n.t('{0} or {1}', name(row.merged.keys[0]), name(row.merged.keys[1])) : row.merged.keys.map(name).join(', ')} ${row.merged.count}`,
    );
  return parts.join(' · ');
}

export function changeText(light: Light, change: SafeChange): string {
  if (change === 'none') return vscode.l10n.t('{0}: as many as last quarter', lightName(light));
  if (change === 'little') return vscode.l10n.t('{0}: a little different from last quarter', lightName(light));
  return change.by > 0
    ? plural(
        change.by,
        { one: '{1}: 1 more than last quarter', other: '{1}: {0} more than last quarter' },
        change.by,
        lightName(light),
      )
    : plural(
        -change.by,
        { one: '{1}: 1 fewer than last quarter', other: '{1}: {0} fewer than last quarter' },
        -change.by,
        lightName(light),
      );
}

/** The experiment the review proposes for a red dimension, by name; for safety, a custom one worded here. */
export function proposalTitle(dimension: Dimension, template: TemplateId): string {
  return dimension === 'safety'
    ? vscode.l10n.t('An open round: each person names one concern, first thing in the weekly meeting')
    : templateTitle(template);
}

/** The line "Add as an action" puts in the actions: the experiment, for how long, and why. */
export function proposalAction(dimension: Dimension, template: TemplateId): string {
  return plural(
    TEMPLATES[template].defaultWeeks,
    { one: 'Try “{1}” for 1 week ({2} was rated red)', other: 'Try “{1}” for {0} weeks ({2} was rated red)' },
    TEMPLATES[template].defaultWeeks,
    proposalTitle(dimension, template),
    dimensionName(dimension),
  );
}

export const voteName = (v: Vote): string =>
  ({ yes: vscode.l10n.t('worth it'), partly: vscode.l10n.t('partly'), no: vscode.l10n.t('not really') })[v];

/** A saved vote as the review may say it ("worth it 6 · partly or not really 5"). */
export function voteText(worth: WorthVote): string {
  const row: SafeRow<Vote> = {
    total: worth.total,
    shown: worth.shown,
    merged: worth.merged,
    withheld: !worth.shown.length && !worth.merged,
  };
  return row.withheld
    ? plural(
        worth.total,
        { one: '1 vote, too few of each to show them apart', other: '{0} votes, too few of each to show them apart' },
        worth.total,
      )
    : rowText(row, voteName);
}

/** A shared note of the quarter in one line of facts: its kind, week, template and outcomes. */
export function triedMeta(note: TeamNote): string {
  return [
    kindLabel(note.kind),
    weekLabel(note.week),
    ...(note.template && note.template !== 'custom' && note.text.title ? [templateTitle(note.template)] : []),
    ...outcomeLines(note.outcomes),
  ].join(' · ');
}
