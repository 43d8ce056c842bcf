import { localDayRange } from '../days';
import { focusElapsed, plannedMs, startedAt } from './timer';
import { HistoryAppend, TimerDoc } from '../types';

/** A day's pace at a glance: facts only, no score. */
export interface DaySummary {
  focusMs: number;
  sessions: number;
  completed: number;
  interruptions: number;
  urgent: number;
  negotiable: number;
  breaksTaken: number;
  breaksSkipped: number;
  checkins: number;
  pastEndOfDay: boolean;
}

/**
 * Sums the local day containing `now`. Sessions belong to the day they started (documented in the README), and the
 * running session counts with its focus so far.
 */
export function summarizeDay(history: HistoryAppend, doc: TimerDoc, now: number): DaySummary {
  const [from, to] = localDayRange(now);
  return summarizeRange(history, doc, now, from, to);
}

/** Sums [from, to) the same way as a day (a week's facts use it too). */
export function summarizeRange(
  history: HistoryAppend,
  doc: TimerDoc,
  now: number,
  from: number,
  to: number,
): DaySummary {
  const inDay = (t: number) => t >= from && t < to;
  const summary: DaySummary = {
    focusMs: 0,
    sessions: 0,
    completed: 0,
    interruptions: 0,
    urgent: 0,
    negotiable: 0,
    breaksTaken: 0,
    breaksSkipped: 0,
    checkins: history.checkins.filter((c) => inDay(c.at)).length,
    pastEndOfDay: false,
  };
  const seen = new Set<string>();
  for (const s of history.sessions) {
    if (!inDay(s.startedAt) || s.outcome === 'discarded' || seen.has(s.id)) continue;
    seen.add(s.id);
    summary.sessions += 1;
    summary.focusMs += s.focusMs;
    if (s.outcome === 'completed') summary.completed += 1;
    if (s.pastEndOfDay) summary.pastEndOfDay = true;
  }
  const cur = doc.current;
  if (cur?.kind === 'focus' && inDay(startedAt(cur)) && !seen.has(cur.id)) {
    summary.sessions += 1;
    summary.focusMs += Math.min(plannedMs(cur), focusElapsed(cur, now));
    if (cur.pastEndOfDay) summary.pastEndOfDay = true;
  }
  for (const b of history.breaks) {
    if (!inDay(b.startedAt)) continue;
    if (b.outcome === 'skipped') summary.breaksSkipped += 1;
    else summary.breaksTaken += 1;
  }
  for (const i of history.interruptions) {
    if (!inDay(i.at)) continue;
    summary.interruptions += 1;
    if (i.kind === 'urgentRequest') summary.urgent += 1;
    if (i.kind === 'negotiableRequest') summary.negotiable += 1;
  }
  return summary;
}
