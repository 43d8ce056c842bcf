/**
 * Calendar arithmetic for the mentorship space, free of time zones: teams in different zones must compute the same
 * round, so everything is an ISO week id (`2026-W49`) or a calendar date (`2026-12-02`), never an instant.
 */
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/** Whether `v` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const dayNumber = (date: string) => {
  const m = DATE.exec(date)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
};
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The ISO week a calendar date falls in. */
export function weekOfDate(date: string): string {
  const day = dayNumber(date);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether `v` is an ISO week id that exists (week 53 only in years that have one). */
export function isWeek(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = WEEK.exec(v);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 53 && weekOfDate(mondayOf(v)) === v;
}

/** The Monday that starts an ISO week. */
export function mondayOf(week: string): string {
  const m = WEEK.exec(week)!;
  const jan4 = Date.UTC(Number(m[1]), 0, 4) / DAY_MS;
  const jan4Weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
  return dateOfDay(jan4 - jan4Weekday + (Number(m[2]) - 1) * 7);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The week `n` weeks after `week` (before it for negative `n`). */
export function addWeeks(week: string, n: number): string {
  return weekOfDate(addDays(mondayOf(week), n * 7));
}

/** Whole weeks from `a` to `b` (negative when `b` is earlier). */
export function weeksBetween(a: string, b: string): number {
  return Math.round((dayNumber(mondayOf(b)) - dayNumber(mondayOf(a))) / 7);
}
