import { addDays, startOfDay, startOfMonth } from 'date-fns';
import { CHECKIN_SCALES, CheckinScale } from '../focus/checkins';
import { median } from '../dayMetrics';
import { localDay } from '../days';
import { firstRecordAt, InsightDay, insightDays, InsightSettings } from './insightDays';
import { HistoryAppend } from '../types';
import { isoWeek } from '../reflection/weekly';
import { WipDoc, WorkItemRecord } from '../wip/wip';

/** The ranges the panel offers: the last 7, 30 or 90 local days (today included) or everything. */
export const INSIGHT_RANGES = ['7', '30', '90', 'all'] as const;
export type InsightRange = (typeof INSIGHT_RANGES)[number];

/** How days are grouped into the points of a chart: days up to a month, weeks up to two years, then months. */
export type BucketUnit = 'day' | 'week' | 'month';

/** One point of every chart: sums, highs and means over a group of days. Absent values are gaps, not zeros. */
export interface InsightBucket {
  /** yyyy-MM-dd, yyyy-Www or yyyy-MM. */
  key: string;
  from: number;
  daysWithData: number;
  completedMin: number;
  abandonedMin: number;
  breaksTaken: number;
  breaksSkipped: number;
  urgent: number;
  negotiable: number;
  otherInterruptions: number;
  focusHours: number;
  wip?: number;
  parallel?: number;
  checkins: number;
  /** Mean of each scale over the bucket's check-ins, to one decimal. */
  means?: Record<CheckinScale, number>;
  lateDays: number;
  lateMin: number;
  weekendDays: number;
  daysWithinBounds: number;
}

export interface LeadTime {
  title: string;
  doneAt: number;
  /** Calendar time from added to done, in days (one decimal). */
  days: number;
}

/** Everything the panel shows for a range; computed once per open or refresh. */
export interface Insights {
  range: InsightRange;
  from: number;
  to: number;
  unit: BucketUnit;
  buckets: InsightBucket[];
  totals: InsightBucket;
  /** Days in the range (gaps included). */
  days: number;
  /** Median focus minutes over days with data; undefined without any. */
  medianFocusMin?: number;
  leadTimes: LeadTime[];
  /** Finished items and their median lead time per bucket (the chart when items are too many to draw one by one). */
  leadBuckets: { key: string; from: number; count: number; median?: number }[];
  /** Median lead time and its spread (25th–75th percentile), with at least one finished item. */
  lead?: { median: number; p25: number; p75: number };
  wipLimit: number;
}

/** [from, to) of a range ending with today; "all" starts at the first record (or today with an empty history). */
export function rangeBounds(range: InsightRange, history: HistoryAppend, now: number): [number, number] {
  const to = addDays(startOfDay(now), 1).getTime();
  if (range === 'all') {
    const first = firstRecordAt(history);
    return [startOfDay(Math.min(first ?? now, now)).getTime(), to];
  }
  return [addDays(startOfDay(now), 1 - Number(range)).getTime(), to];
}

export function bucketUnit(days: number): BucketUnit {
  if (days <= 31) return 'day';
  return days <= 731 ? 'week' : 'month';
}

const bucketKey = (unit: BucketUnit, d: InsightDay) =>
  unit === 'day' ? d.day : unit === 'week' ? isoWeek(d.start) : localDay(startOfMonth(d.start).getTime()).slice(0, 7);

const round1 = (x: number) => Math.round(x * 10) / 10;

function emptyBucket(key: string, from: number): InsightBucket {
  return {
    key,
    from,
    daysWithData: 0,
    completedMin: 0,
    abandonedMin: 0,
    breaksTaken: 0,
    breaksSkipped: 0,
    urgent: 0,
    negotiable: 0,
    otherInterruptions: 0,
    focusHours: 0,
    checkins: 0,
    lateDays: 0,
    lateMin: 0,
    weekendDays: 0,
    daysWithinBounds: 0,
  };
}

/** Groups days into buckets (sums, highs, means over check-ins); minutes are rounded only at the end. */
export function bucketize(days: InsightDay[], unit: BucketUnit | 'total'): InsightBucket[] {
  const out: InsightBucket[] = [];
  const sums = new Map<InsightBucket, Record<CheckinScale, number>>();
  for (const d of days) {
    const key = unit === 'total' ? 'total' : bucketKey(unit, d);
    let b = out[out.length - 1];
    if (!b || b.key !== key) {
      out.push((b = emptyBucket(key, d.start)));
      sums.set(b, { energy: 0, stress: 0, focus: 0, fairness: 0 });
    }
    addDay(b, sums.get(b)!, d);
  }
  for (const b of out) finish(b, sums.get(b)!);
  return out;
}

function addDay(b: InsightBucket, scaleSums: Record<CheckinScale, number>, d: InsightDay): void {
  if (d.wip !== undefined) b.wip = Math.max(b.wip ?? 0, d.wip);
  if (d.parallel !== undefined) b.parallel = Math.max(b.parallel ?? 0, d.parallel);
  if (!d.active) return;
  b.daysWithData += 1;
  b.completedMin += d.completedMin;
  b.abandonedMin += d.abandonedMin;
  b.breaksTaken += d.breaksTaken;
  b.breaksSkipped += d.breaksSkipped;
  b.urgent += d.urgent;
  b.negotiable += d.negotiable;
  b.otherInterruptions += d.otherInterruptions;
  b.checkins += d.checkins;
  for (const s of CHECKIN_SCALES) scaleSums[s] += d.scaleSums[s];
  if (d.pastEndOfDay) b.lateDays += 1;
  b.lateMin += d.lateMin;
  if (d.weekendWork) b.weekendDays += 1;
  if (d.withinBounds) b.daysWithinBounds += 1;
}

function finish(b: InsightBucket, scaleSums: Record<CheckinScale, number>): void {
  b.focusHours = (b.completedMin + b.abandonedMin) / 60;
  b.completedMin = Math.round(b.completedMin);
  b.abandonedMin = Math.round(b.abandonedMin);
  b.lateMin = Math.round(b.lateMin);
  if (b.checkins > 0) {
    b.means = Object.fromEntries(CHECKIN_SCALES.map((s) => [s, round1(scaleSums[s] / b.checkins)])) as Record<
      CheckinScale,
      number
    >;
  }
}

/** The p-th percentile (0–1) by linear interpolation between closest ranks; the list must not be empty. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * p;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
}

/** Finished items in [from, to): history's records and the done items the WIP list still holds, once each. */
export function leadTimes(history: HistoryAppend, wip: WipDoc, from: number, to: number): LeadTime[] {
  const byId = new Map<string, WorkItemRecord>();
  for (const w of history.workItems) byId.set(w.id, w);
  for (const i of wip.items) {
    if (i.status === 'done' && i.doneAt !== undefined && !byId.has(i.id))
      byId.set(i.id, { id: i.id, title: i.title, createdAt: i.createdAt, doneAt: i.doneAt });
  }
  return [...byId.values()]
    .filter((w) => w.doneAt >= from && w.doneAt < to)
    .sort((a, b) => a.doneAt - b.doneAt)
    .map((w) => ({ title: w.title, doneAt: w.doneAt, days: round1(Math.max(0, w.doneAt - w.createdAt) / 86_400_000) }));
}

/** The panel's data for one range. */
export function computeInsights(
  history: HistoryAppend,
  wip: WipDoc,
  settings: InsightSettings,
  range: InsightRange,
  now: number,
): Insights {
  const [from, to] = rangeBounds(range, history, now);
  const days = insightDays(history, wip, settings, from, to);
  const unit = bucketUnit(days.length);
  const active = days.filter((d) => d.active);
  const lead = leadTimes(history, wip, from, to);
  const leadDays = lead.map((l) => l.days);
  const buckets = bucketize(days, unit);
  return {
    range,
    from,
    to,
    unit,
    buckets,
    totals: bucketize(days, 'total')[0] ?? emptyBucket('total', from),
    days: days.length,
    medianFocusMin: active.length ? Math.round(median(active.map((d) => d.completedMin + d.abandonedMin))) : undefined,
    leadTimes: lead,
    leadBuckets: buckets.map((b, k) => {
      const until = buckets[k + 1]?.from ?? to;
      const inside = lead.filter((l) => l.doneAt >= b.from && l.doneAt < until).map((l) => l.days);
      return {
        key: b.key,
        from: b.from,
        count: inside.length,
        median: inside.length ? round1(median(inside)) : undefined,
      };
    }),
    lead: leadDays.length
      ? {
          median: round1(median(leadDays)),
          p25: round1(percentile(leadDays, 0.25)),
          p75: round1(percentile(leadDays, 0.75)),
        }
      : undefined,
    wipLimit: settings.wipLimit,
  };
}

/** Focus minutes of each of the last `count` local days, oldest first; null on a day without data (a gap). */
export function recentFocus(history: HistoryAppend, now: number, count = 14): (number | null)[] {
  const to = addDays(startOfDay(now), 1).getTime();
  const from = addDays(startOfDay(now), 1 - count).getTime();
  return insightDays(history, { items: [] }, { endOfDayMinutes: 24 * 60 - 1, wipLimit: 0 }, from, to).map((d) =>
    d.active ? Math.round(d.completedMin + d.abandonedMin) : null,
  );
}
