import { addDays, startOfDay } from 'date-fns';
import { InsightDay, insightDays, InsightSettings } from './insightDays';
import { TemplateId } from '../experiments/experimentTemplates';
import { HistoryAppend } from '../types';
import { isoWeek } from '../reflection/weekly';
import { WipDoc } from '../wip/wip';

/**
 * Gentle signals: a plain fact about the recent past with a matching experiment. Each has its own threshold (see
 * docs/insights.md); none is combined into a score.
 */
export const SIGNAL_IDS = [
  'stressRising',
  'breaksSkipped',
  'lateWork',
  'wipAboveLimit',
  'interruptionsUp',
  'weekendWork',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** The setting `pacewise.insights.signalThresholds`; every key optional, defaults below. */
export interface SignalThresholds {
  /** Weeks in a row in which the mean stress check-in rose over the week before. */
  stressRisingWeeks: number;
  /** Days with a skipped break, among the last 7. */
  breaksSkippedDays: number;
  /** Days with work after the end-of-day time, among the last 7. */
  lateWorkDays: number;
  /** Days in a row (up to today) with more items in progress than the WIP limit. */
  wipAboveLimitDays: number;
  /** Interruptions per focus hour in the last 7 days, as a multiple of the 28 days before. */
  interruptionRatio: number;
  /** Weekend days with a session, among the last 28 days. */
  weekendDays: number;
}

export const DEFAULT_THRESHOLDS: SignalThresholds = {
  stressRisingWeeks: 3,
  breaksSkippedDays: 4,
  lateWorkDays: 3,
  wipAboveLimitDays: 7,
  interruptionRatio: 2,
  weekendDays: 3,
};

/** Allowed values of each threshold (inclusive). */
export const THRESHOLD_LIMITS: Record<keyof SignalThresholds, [number, number]> = {
  stressRisingWeeks: [2, 8],
  breaksSkippedDays: [1, 7],
  lateWorkDays: [1, 7],
  wipAboveLimitDays: [1, 90],
  interruptionRatio: [1.1, 10],
  weekendDays: [1, 8],
};

/** Focus hours each period needs before interruption rates are compared (fewer would make noise look like change). */
export const MIN_FOCUS_HOURS = 3;

export interface Signal {
  id: SignalId;
  /** The facts the sentence states; numbers only, the host words them. */
  facts: Record<string, number>;
  template: TemplateId;
  muted: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The signals true at `now`, muted ones included (flagged), in SIGNAL_IDS order. */
export function computeSignals(
  history: HistoryAppend,
  wip: WipDoc,
  settings: InsightSettings,
  thresholds: SignalThresholds,
  muted: ReadonlySet<string>,
  now: number,
): Signal[] {
  const to = addDays(startOfDay(now), 1).getTime();
  const from = addDays(startOfDay(now), -62).getTime();
  const days = insightDays(history, wip, settings, from, to);
  const last = (n: number) => days.slice(-n);
  const found: Omit<Signal, 'muted'>[] = [];

  const weeks = stressWeeks(days);
  let rises = 0;
  for (let i = weeks.length - 1; i > 0 && weeks[i] !== undefined && weeks[i - 1] !== undefined; i--) {
    if (weeks[i]! <= weeks[i - 1]!) break;
    rises++;
  }
  if (rises >= thresholds.stressRisingWeeks) {
    const first = weeks[weeks.length - 1 - rises]!;
    found.push({
      id: 'stressRising',
      facts: { weeks: rises, from: first, to: weeks[weeks.length - 1]! },
      template: 'reprioritise',
    });
  }

  const skipped = last(7).filter((d) => d.breaksSkipped > 0).length;
  if (skipped >= thresholds.breaksSkippedDays)
    found.push({ id: 'breaksSkipped', facts: { days: skipped, of: 7 }, template: 'breakDiscipline' });

  const late = last(7).filter((d) => d.pastEndOfDay).length;
  if (late >= thresholds.lateWorkDays)
    found.push({ id: 'lateWork', facts: { days: late, of: 7 }, template: 'hardStop' });

  if (settings.wipLimit > 0) {
    let run = 0;
    for (let i = days.length - 1; i >= 0 && days[i].wip !== undefined && days[i].wip! > settings.wipLimit; i--) run++;
    if (run >= thresholds.wipAboveLimitDays)
      found.push({ id: 'wipAboveLimit', facts: { days: run, limit: settings.wipLimit }, template: 'limitWip' });
  }

  const recent = rate(last(7));
  const earlier = rate(days.slice(-35, -7));
  if (recent && earlier && earlier.perHour > 0 && recent.perHour >= thresholds.interruptionRatio * earlier.perHour) {
    found.push({
      id: 'interruptionsUp',
      facts: { recent: round1(recent.perHour), earlier: round1(earlier.perHour) },
      template: 'batchMessages',
    });
  }

  const weekend = last(28).filter((d) => d.weekendWork).length;
  if (weekend >= thresholds.weekendDays)
    found.push({
      id: 'weekendWork',
      facts: { days: weekend, weekendDays: last(28).filter((d) => d.weekend).length },
      template: 'hardStop',
    });

  return found.map((s) => ({ ...s, muted: muted.has(s.id) }));
}

/** Mean stress per ISO week over the days given (oldest first); undefined for a week without check-ins. */
function stressWeeks(days: InsightDay[]): (number | undefined)[] {
  const weeks: { key: string; sum: number; n: number }[] = [];
  for (const d of days) {
    const key = isoWeek(d.start);
    if (weeks[weeks.length - 1]?.key !== key) weeks.push({ key, sum: 0, n: 0 });
    const w = weeks[weeks.length - 1];
    w.sum += d.scaleSums.stress;
    w.n += d.checkins;
  }
  return weeks.map((w) => (w.n ? round1(w.sum / w.n) : undefined));
}

/** Interruptions per focus hour over days, when they hold enough focus time to compare. */
function rate(days: InsightDay[]): { perHour: number } | undefined {
  let minutes = 0;
  let count = 0;
  for (const d of days) {
    minutes += d.completedMin + d.abandonedMin;
    count += d.urgent + d.negotiable + d.otherInterruptions;
  }
  return minutes / 60 >= MIN_FOCUS_HOURS ? { perHour: count / (minutes / 60) } : undefined;
}

/** Parses the thresholds setting: unknown keys and bad values are reported and the default (or clamp) is used. */
export function parseThresholds(raw: unknown): { thresholds: SignalThresholds; problems: string[] } {
  const thresholds = { ...DEFAULT_THRESHOLDS };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { thresholds, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { thresholds, problems: ['not an object'] };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in DEFAULT_THRESHOLDS)) {
      problems.push(`unknown threshold "${key}"`);
      continue;
    }
    const k = key as keyof SignalThresholds;
    const [min, max] = THRESHOLD_LIMITS[k];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${key} must be a number from ${min} to ${max}`);
      continue;
    }
    const integer = k === 'interruptionRatio' ? value : Math.round(value);
    const clamped = Math.min(max, Math.max(min, integer));
    if (clamped !== value)
      problems.push(
        `${key} must be ${k === 'interruptionRatio' ? 'a number' : 'a whole number'} from ${min} to ${max}; ${clamped} is used`,
      );
    thresholds[k] = clamped;
  }
  return { thresholds, problems };
}

/** Parses the muted-signals setting: known ids only. */
export function parseMuted(raw: unknown): { muted: Set<SignalId>; problems: string[] } {
  const muted = new Set<SignalId>();
  if (raw === undefined || raw === null) return { muted, problems: [] };
  if (!Array.isArray(raw)) return { muted, problems: ['not a list of signal ids'] };
  const problems: string[] = [];
  for (const id of raw) {
    if ((SIGNAL_IDS as readonly unknown[]).includes(id)) muted.add(id as SignalId);
    else problems.push(`unknown signal "${String(id)}"`);
  }
  return { muted, problems };
}
