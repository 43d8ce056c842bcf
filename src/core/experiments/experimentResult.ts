import { Baseline, chooseBaseline, compareMetric, MetricComparison } from './comparison';
import { dayFacts } from '../dayMetrics';
import { Experiment, experimentDay, pausedDays } from './experiments';
import { adherence, AdherenceDay } from './experimentTemplates';
import { HistoryAppend } from '../types';

/** What an experiment showed, fixed when it is concluded: before vs during per metric, and adherence per day. */
export interface ExperimentResult {
  baseline: { from: number; to: number; kind: Baseline['kind'] };
  metrics: MetricComparison[];
  adherence: AdherenceDay[];
  kept: number;
  judged: number;
}

/**
 * Compares the experiment's days so far (paused days left out) with its baseline. `history` must cover the 28 days
 * before the start up to `now` (a baseline is at most the experiment's length, or 14 days).
 */
export function experimentResult(history: HistoryAppend, e: Experiment, now: number): ExperimentResult {
  const paused = pausedDays(e, now);
  const during = dayFacts(history, e.startedAt, now + 1).filter((d) => !paused.has(d.day));
  const { day, of } = experimentDay(e, now);
  const baseline = chooseBaseline(history, e.startedAt, Math.max(1, Math.min(day, of)));
  const a = adherence(e.template, during, { wipMaxByDay: e.wipMaxByDay, wipLimit: e.wipLimit });
  return {
    baseline: { from: baseline.from, to: baseline.to, kind: baseline.kind },
    metrics: e.metrics.map((m) => compareMetric(m, baseline.days, during)),
    adherence: a.days,
    kept: a.kept,
    judged: a.judged,
  };
}

/** How far back history must be read for `experimentResult`. */
export function resultHistoryFrom(e: Experiment): number {
  return e.startedAt - 8 * 7 * 86_400_000;
}
