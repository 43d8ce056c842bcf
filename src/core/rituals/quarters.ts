import { addDays, isCalendarDate } from '../mentorship/calendarWeeks';

/**
 * Calendar quarters for the quarterly pacing review, free of time zones like the rest of the space: a quarter is
 * `2026-Q4`, a day is `2026-12-31`. Quarters start in January, April, July and October.
 */
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function addQuarters(quarter: string, n: number): string {
  const m = QUARTER.exec(quarter)!;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter's first day. */
export function quarterStart(quarter: string): string {
  const m = QUARTER.exec(quarter)!;
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarter's last day. */
export function quarterEnd(quarter: string): string {
  return addDays(quarterStart(addQuarters(quarter, 1)), -1);
}

/** Days a finished quarter can still be rated in the next one: the review meeting is often a week or two late. */
export const LATE_DAYS = 21;

/**
 * Which quarter a rating made today is for, and whether the review is offered now: from `offerDays` before the
 * quarter's last day, and for LATE_DAYS into the next quarter (then it is the quarter just ended). Outside that
 * window the rating is for the current quarter, and `opensOn` says when the offer starts.
 */
export function reviewWindow(
  today: string,
  offerDays: number,
): { quarter: string; offered: boolean; opensOn: string; endsOn: string } {
  if (!isCalendarDate(today)) throw new Error(`not a date: ${today}`);
  const current = quarterOf(today);
  const previous = addQuarters(current, -1);
  if (today < addDays(quarterStart(current), LATE_DAYS))
    return { quarter: previous, offered: true, opensOn: offerOpens(previous, offerDays), endsOn: quarterEnd(previous) };
  const opensOn = offerOpens(current, offerDays);
  return { quarter: current, offered: today >= opensOn, opensOn, endsOn: quarterEnd(current) };
}

function offerOpens(quarter: string, offerDays: number): string {
  return addDays(quarterEnd(quarter), -offerDays);
}
