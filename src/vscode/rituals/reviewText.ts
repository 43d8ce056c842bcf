// The quarterly review's words: the six dimensions, the lights and trends, a row of counts as the review may say it.
import * as vscode from 'vscode';
import { Dimension, Light, Trend } from '../../core/team/teamRating';
import { SafeChange, SafeRow } from '../../core/rituals/reviewResults';
import { quarterEnd, quarterStart } from '../../core/rituals/quarters';
import { formatDate } from '../mentorship/mentorshipText';
import { plural } from '../plural';

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
