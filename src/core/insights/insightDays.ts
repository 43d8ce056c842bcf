import { CHECKIN_SCALES, CheckinScale } from '../focus/checkins';
import { localDays } from '../dayMetrics';
import { endOfDayInstant, localDay } from '../days';
import { HistoryAppend } from '../types';
import { WipDoc } from '../wip/wip';

/** The user's own bounds, from its settings (never a universal norm). */
export interface InsightSettings {
  endOfDayMinutes: number;
  /** 0 = no limit. */
  wipLimit: number;
}

/**
 * One local day's facts for insights. `active` = any record that day; a day without one is a gap (shown as a gap,
 * never as zeros). Sessions, breaks and interruptions belong to the day they started.
 */
export interface InsightDay {
  day: string;
  start: number;
  weekend: boolean;
  active: boolean;
  completedMin: number;
  abandonedMin: number;
  completed: number;
  abandoned: number;
  breaksTaken: number;
  breaksSkipped: number;
  urgent: number;
  negotiable: number;
  otherInterruptions: number;
  /** Highest number of items in progress (recorded at changes, carried over days without one); absent = unknown. */
  wip?: number;
  /** Highest parallel work seen (manual + unlinked recent branches); absent = git not read that day. */
  parallel?: number;
  checkins: number;
  /** Sum of each check-in scale, so buckets can average over check-ins rather than over days. */
  scaleSums: Record<CheckinScale, number>;
  /** Wall-clock minutes of sessions after the end-of-day time (capped at their focus time). */
  lateMin: number;
  pastEndOfDay: boolean;
  /** A session on Saturday or Sunday. */
  weekendWork: boolean;
  /** Within the user's bounds (see `withinBounds`); undefined on a day without data. */
  withinBounds?: boolean;
}

const MINUTE = 60_000;

function emptyDay(start: number): InsightDay {
  const weekday = new Date(start).getDay();
  return {
    day: localDay(start),
    start,
    weekend: weekday === 0 || weekday === 6,
    active: false,
    completedMin: 0,
    abandonedMin: 0,
    completed: 0,
    abandoned: 0,
    breaksTaken: 0,
    breaksSkipped: 0,
    urgent: 0,
    negotiable: 0,
    otherInterruptions: 0,
    checkins: 0,
    scaleSums: { energy: 0, stress: 0, focus: 0, fairness: 0 },
    lateMin: 0,
    pastEndOfDay: false,
    weekendWork: false,
  };
}

/**
 * A day is within the user's own bounds when it ended by the end-of-day time, stayed at or under the WIP limit (when
 * known and set), and skipped no more breaks than it took.
 */
export function withinBounds(d: InsightDay, s: InsightSettings): boolean {
  const wipOk = d.wip === undefined || s.wipLimit === 0 || d.wip <= s.wipLimit;
  return !d.pastEndOfDay && wipOk && d.breaksSkipped <= d.breaksTaken;
}

/** The facts of every local day in [from, to) — 23- and 25-hour days included. */
export function insightDays(
  history: HistoryAppend,
  wip: WipDoc,
  settings: InsightSettings,
  from: number,
  to: number,
): InsightDay[] {
  const days = localDays(from, to).map(emptyDay);
  const byDay = new Map(days.map((d) => [d.day, d]));
  const get = (t: number) => (t >= from && t < to ? byDay.get(localDay(t)) : undefined);
  for (const s of history.sessions) {
    const d = get(s.startedAt);
    if (!d || s.outcome === 'discarded') continue;
    d.active = true;
    const minutes = s.focusMs / MINUTE;
    if (s.outcome === 'completed') {
      d.completed += 1;
      d.completedMin += minutes;
    } else {
      d.abandoned += 1;
      d.abandonedMin += minutes;
    }
    const eod = endOfDayInstant(s.startedAt, settings.endOfDayMinutes);
    const late = Math.min(Math.max(0, s.endedAt - Math.max(s.startedAt, eod)), s.focusMs);
    if (late > 0 || s.pastEndOfDay) d.pastEndOfDay = true;
    d.lateMin += late / MINUTE;
    if (d.weekend) d.weekendWork = true;
  }
  for (const b of history.breaks) {
    const d = get(b.startedAt);
    if (!d) continue;
    d.active = true;
    if (b.outcome === 'skipped') d.breaksSkipped += 1;
    else d.breaksTaken += 1;
  }
  for (const i of history.interruptions) {
    const d = get(i.at);
    if (!d) continue;
    d.active = true;
    if (i.kind === 'urgentRequest') d.urgent += 1;
    else if (i.kind === 'negotiableRequest') d.negotiable += 1;
    else d.otherInterruptions += 1;
  }
  for (const c of history.checkins) {
    const d = get(c.at);
    if (!d) continue;
    d.active = true;
    d.checkins += 1;
    for (const scale of CHECKIN_SCALES) d.scaleSums[scale] += c[scale];
  }
  applyWipLevels(days, wip);
  for (const d of days) if (d.active) d.withinBounds = withinBounds(d, settings);
  return days;
}

/** Fills `wip` and `parallel` from the recorded levels; a day without a change keeps the level the last change left. */
function applyWipLevels(days: InsightDay[], wip: WipDoc): void {
  const levels = wip.levels ?? {};
  const keys = Object.keys(levels).sort();
  if (keys.length === 0 || days.length === 0) return;
  let k = 0;
  let carried: number | undefined;
  for (; k < keys.length && keys[k] < days[0].day; k++) carried = levels[keys[k]][1];
  for (const d of days) {
    const level = keys[k] === d.day ? levels[keys[k++]] : undefined;
    if (level) {
      d.wip = level[0];
      if (level[2] >= 0) d.parallel = level[2];
      carried = level[1];
    } else if (carried !== undefined) d.wip = carried;
    while (k < keys.length && keys[k] <= d.day) k++;
  }
}

/** Start of the local day of the earliest record in history, or undefined when history is empty. */
export function firstRecordAt(history: HistoryAppend): number | undefined {
  let first = Infinity;
  for (const s of history.sessions) if (s.outcome !== 'discarded') first = Math.min(first, s.startedAt);
  for (const b of history.breaks) first = Math.min(first, b.startedAt);
  for (const i of history.interruptions) first = Math.min(first, i.at);
  for (const c of history.checkins) first = Math.min(first, c.at);
  return Number.isFinite(first) ? first : undefined;
}
