import { addDays, startOfDay } from 'date-fns';
import { DayFacts, dayFacts, median, Metric } from '../dayMetrics';
import { HistoryAppend } from '../types';

/** Fewer days with data than this on either side, and the comparison says it is too early to tell. */
export const MIN_DAYS = 5;
/** The share of days on one side of the baseline median that makes a change "consistent". */
export const CONSISTENT_SHARE = 0.7;

/** Differences smaller than this count as "about the same" (check-in scales in points, counts in units or percent). */
function sameBand(metric: Metric, before: number): number {
  if (metric === 'focusMinutes') return Math.max(10, before * 0.1);
  if (metric === 'interruptions') return Math.max(0.5, before * 0.1);
  return 0.25;
}

export interface Baseline {
  from: number;
  to: number;
  /** Which rule chose it. */
  kind: 'equalLength' | 'last14Days';
  days: DayFacts[];
}

/**
 * The baseline of an experiment starting at `start` and lasting `lengthDays`: the equal-length period just before
 * it, or the last 14 days, whichever has more days with data (the equal-length period on a tie).
 */
export function chooseBaseline(history: HistoryAppend, start: number, lengthDays: number): Baseline {
  const to = startOfDay(start).getTime();
  const candidate = (days: number, kind: Baseline['kind']): Baseline => {
    const from = addDays(to, -days).getTime();
    return { from, to, kind, days: dayFacts(history, from, to) };
  };
  const equal = candidate(lengthDays, 'equalLength');
  const recent = candidate(14, 'last14Days');
  const withData = (b: Baseline) => b.days.filter((d) => d.active).length;
  return withData(recent) > withData(equal) ? recent : equal;
}

export interface MetricComparison {
  metric: Metric;
  /** Medians over the days that have a value; undefined when there are none. */
  before?: number;
  during?: number;
  change?: number;
  /** Coarse words for a micro-lesson; undefined while too few days to tell. */
  direction?: 'higher' | 'same' | 'lower';
  beforeDays: number;
  duringDays: number;
  /** tooFew: fewer than MIN_DAYS days on a side; consistent: most days moved the same way; mixed: they did not. */
  confidence: 'tooFew' | 'consistent' | 'mixed';
  /** Days during the experiment on the side of the baseline median that the change points to. */
  agreeingDays: number;
}

/** Before vs during for one metric, honest about small samples: medians, the change, and how consistent it was. */
export function compareMetric(metric: Metric, before: DayFacts[], during: DayFacts[]): MetricComparison {
  const b = before.map((d) => d.values[metric]).filter((v): v is number => v !== undefined);
  const d = during.map((x) => x.values[metric]).filter((v): v is number => v !== undefined);
  const out: MetricComparison = {
    metric,
    beforeDays: b.length,
    duringDays: d.length,
    confidence: 'tooFew',
    agreeingDays: 0,
  };
  if (b.length) out.before = median(b);
  if (d.length) out.during = median(d);
  if (out.before === undefined || out.during === undefined) return out;
  out.change = out.during - out.before;
  const band = sameBand(metric, out.before);
  const direction = Math.abs(out.change) < band ? 'same' : out.change > 0 ? 'higher' : 'lower';
  const base = out.before;
  out.agreeingDays = d.filter((v) =>
    direction === 'same' ? Math.abs(v - base) < band : direction === 'higher' ? v > base : v < base,
  ).length;
  if (b.length < MIN_DAYS || d.length < MIN_DAYS) return out;
  out.direction = direction;
  out.confidence = out.agreeingDays / d.length >= CONSISTENT_SHARE ? 'consistent' : 'mixed';
  return out;
}
