import * as vscode from 'vscode';
import { wholeMinutes } from '../core/format';
import { DaySummary } from '../core/today';

/** Today's facts in one line (tooltip, Show Today, wind-down): minutes, sessions, interruptions. */
export function todayLine(t: DaySummary): string {
  return vscode.l10n.t(
    '{0} min focus · {1} sessions · {2} interruptions',
    wholeMinutes(t.focusMs),
    t.sessions,
    t.interruptions,
  );
}

/** The fuller day summary for Show Today. */
export function todayDetails(t: DaySummary): string {
  return vscode.l10n.t(
    'Today: {0} min focus in {1} sessions ({2} completed). Breaks: {3} taken, {4} skipped. Interruptions: {5} ({6} urgent, {7} negotiable).',
    wholeMinutes(t.focusMs),
    t.sessions,
    t.completed,
    t.breaksTaken,
    t.breaksSkipped,
    t.interruptions,
    t.urgent,
    t.negotiable,
  );
}
