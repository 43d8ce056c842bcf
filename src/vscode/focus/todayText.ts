import * as vscode from 'vscode';
import { wholeMinutes } from '../../core/format';
import { DaySummary } from '../../core/focus/today';

export const sessions = (n: number) => (n === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', n));
const interruptions = (n: number) =>
  n === 1 ? vscode.l10n.t('1 interruption') : vscode.l10n.t('{0} interruptions', n);

/** Today's facts in one line (tooltip, Show Today, wind-down): minutes, sessions, interruptions. */
export function todayLine(t: DaySummary): string {
  return vscode.l10n.t(
    '{0} min focus · {1} · {2}',
    wholeMinutes(t.focusMs),
    sessions(t.sessions),
    interruptions(t.interruptions),
  );
}

/** The fuller day summary for Show Today. */
export function todayDetails(t: DaySummary): string {
  return vscode.l10n.t(
    'Today: {0} min focus · {1} ({2} completed) · breaks: {3} taken, {4} skipped · {5} ({6} urgent, {7} negotiable)',
    wholeMinutes(t.focusMs),
    sessions(t.sessions),
    t.completed,
    t.breaksTaken,
    t.breaksSkipped,
    interruptions(t.interruptions),
    t.urgent,
    t.negotiable,
  );
}
