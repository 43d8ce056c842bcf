import { addWeeks, getISODay, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { CHECKIN_SCALES, CheckinScale } from '../focus/checkins';
import { localDay } from '../days';
import { REFLECTION_DAYS, ReflectionDay } from '../userSettings';
import { summarizeRange } from '../focus/today';
import { HistoryAppend, TimerDoc } from '../types';
import { WipDoc } from '../wip/wip';

/** ISO week of a local instant, e.g. `2026-W48` (weeks start on Monday; the week-year may differ from the year). */
export function isoWeek(instant: number): string {
  return `${getISOWeekYear(instant)}-W${String(getISOWeek(instant)).padStart(2, '0')}`;
}

/** [Monday 00:00, next Monday 00:00) in local time; a DST week is an hour shorter or longer. */
export function localWeekRange(instant: number): [number, number] {
  const start = startOfISOWeek(instant);
  return [start.getTime(), addWeeks(start, 1).getTime()];
}

/** Local Monday 00:00 of an ISO week id like `2026-W48`, or undefined when the id names no real week. */
export function weekStartOf(week: string): number | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return undefined;
  // 4 January is always in week 1 of its ISO year.
  const start = addWeeks(startOfISOWeek(new Date(Number(m[1]), 0, 4)), Number(m[2]) - 1).getTime();
  return isoWeek(start) === week ? start : undefined;
}

/** A week at a glance: the facts a reflection starts from. Counts and averages, never a score. */
export interface WeekFacts {
  week: string;
  focusMinutes: number;
  sessions: number;
  completed: number;
  breaksTaken: number;
  breaksSkipped: number;
  interruptions: number;
  urgent: number;
  negotiable: number;
  /** Local days on which a session ran past the end-of-day time. */
  daysPastEndOfDay: number;
  /** Work items in progress now, finished this week, and added this week. */
  wipActive: number;
  wipDone: number;
  wipAdded: number;
  checkins: number;
  /** Mean of each check-in scale to one decimal; absent without check-ins (a gap, not a zero). */
  averages?: Record<CheckinScale, number>;
}

/** The facts of the local week containing `now`, from its history, the running session and the WIP list. */
export function weekFacts(history: HistoryAppend, timer: TimerDoc, wip: WipDoc, now: number): WeekFacts {
  const [from, to] = localWeekRange(now);
  const inWeek = (t: number | undefined) => t !== undefined && t >= from && t < to;
  const sum = summarizeRange(history, timer, now, from, to);
  const lateDays = new Set(
    history.sessions
      .filter((s) => inWeek(s.startedAt) && s.pastEndOfDay && s.outcome !== 'discarded')
      .map((s) => localDay(s.startedAt)),
  );
  const cur = timer.current;
  if (cur?.kind === 'focus' && cur.pastEndOfDay) lateDays.add(localDay(now));
  const checkins = history.checkins.filter((c) => inWeek(c.at));
  const facts: WeekFacts = {
    week: isoWeek(now),
    focusMinutes: Math.floor(sum.focusMs / 60_000),
    sessions: sum.sessions,
    completed: sum.completed,
    breaksTaken: sum.breaksTaken,
    breaksSkipped: sum.breaksSkipped,
    interruptions: sum.interruptions,
    urgent: sum.urgent,
    negotiable: sum.negotiable,
    daysPastEndOfDay: lateDays.size,
    wipActive: wip.items.filter((i) => i.status === 'active').length,
    wipDone: wip.items.filter((i) => i.status === 'done' && inWeek(i.doneAt)).length,
    wipAdded: wip.items.filter((i) => inWeek(i.createdAt)).length,
    checkins: checkins.length,
  };
  if (checkins.length > 0) {
    const mean = (scale: CheckinScale) =>
      Math.round((10 * checkins.reduce((total, c) => total + c[scale], 0)) / checkins.length) / 10;
    facts.averages = Object.fromEntries(CHECKIN_SCALES.map((s) => [s, mean(s)])) as Record<CheckinScale, number>;
  }
  return facts;
}

/**
 * Whether the sidebar offers this week's reflection: from the chosen weekday until Sunday, unless the week already
 * has a reflection (saved or declined).
 */
export function reflectionDue(now: number, day: ReflectionDay, answeredWeeks: ReadonlySet<string>): boolean {
  if (day === 'off') return false;
  return getISODay(now) >= REFLECTION_DAYS.indexOf(day) && !answeredWeeks.has(isoWeek(now));
}
