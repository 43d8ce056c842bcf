import { addMinutes, startOfDay } from 'date-fns';

/**
 * The instant of the end-of-day time on the local day that contains `instant`. Local days follow the machine's
 * time zone at the time of the call, so a DST day is 23 or 25 hours long and the end of day stays at the wall time.
 */
export function endOfDayInstant(instant: number, endOfDayMinutes: number): number {
  const dayStart = startOfDay(instant);
  const at = new Date(dayStart);
  at.setHours(Math.floor(endOfDayMinutes / 60), endOfDayMinutes % 60, 0, 0);
  return at.getTime();
}

/** Local calendar day as yyyy-MM-dd; "today" buckets are local by design, durations are UTC instants. */
export function localDay(instant: number): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** [start, end) of the local day containing `instant`. */
export function localDayRange(instant: number): [number, number] {
  const start = startOfDay(instant).getTime();
  // Next local midnight, found by date arithmetic so DST days are 23 or 25 hours long.
  const next = startOfDay(addMinutes(start, 25 * 60)).getTime();
  return [start, next];
}
