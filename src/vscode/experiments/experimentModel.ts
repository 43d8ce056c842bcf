import * as vscode from 'vscode';
import { MetricComparison, MIN_DAYS } from '../../core/experiments/comparison';
import { Metric } from '../../core/dayMetrics';
import { Experiment, ExperimentsDoc } from '../../core/experiments/experiments';
import { AdherenceDay, TEMPLATES } from '../../core/experiments/experimentTemplates';
import { JournalDoc } from '../../core/reflection/journal';
import { ComparisonRowModel, ExperimentCardModel, ExperimentsModel } from '../../shared/protocol';
import type { ExperimentProgress } from './experimentProgress';
import { metricName, templateTitle } from './experimentText';
import { formatters } from '../displayFormat';
import { plural } from '../plural';

const dayLabel = (day: string) =>
  new Intl.DateTimeFormat(vscode.env.language, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00`),
  );

function value(metric: Metric, v: number | undefined): string {
  if (v === undefined) return '—';
  if (metric === 'focusMinutes') return vscode.l10n.t('{0} min', Math.round(v));
  return metric === 'interruptions' ? formatters().num(v) : formatters().fixed1(v);
}

function change(metric: Metric, c: number | undefined): string {
  if (c === undefined) return '—';
  const sign = c > 0 ? '+' : c < 0 ? '−' : '±';
  return `${sign}${value(metric, Math.abs(c))}`;
}

/** "lower" / "about the same" / "higher" — the coarse words a micro-lesson uses. */
export function directionWord(d: MetricComparison['direction']): string {
  return d === 'higher'
    ? vscode.l10n.t('higher')
    : d === 'lower'
      ? vscode.l10n.t('lower')
      : vscode.l10n.t('about the same');
}

/** The plain-language confidence note: never a p-value dressed up as certainty. */
export function confidenceNote(c: MetricComparison): string {
  if (c.confidence === 'tooFew')
    return plural(
      c.beforeDays,
      {
        one: '{0} day with data before, {1} during — too few to tell (at least {2} each are needed).',
        other: '{0} days with data before, {1} during — too few to tell (at least {2} each are needed).',
      },
      c.beforeDays,
      c.duringDays,
      MIN_DAYS,
    );
  if (c.confidence === 'consistent')
    return plural(
      c.duringDays,
      { one: '{0}, consistent across {1} of {2} day.', other: '{0}, consistent across {1} of {2} days.' },
      directionWord(c.direction),
      c.agreeingDays,
      c.duringDays,
    );
  return plural(
    c.duringDays,
    {
      one: '{0} in the middle, but mixed: {1} of {2} day went that way.',
      other: '{0} in the middle, but mixed: {1} of {2} days went that way.',
    },
    directionWord(c.direction),
    c.agreeingDays,
    c.duringDays,
  );
}

function rows(e: Experiment): ComparisonRowModel[] {
  return (e.result?.metrics ?? []).map((c) => ({
    metric: metricName(c.metric),
    before: value(c.metric, c.before),
    during: value(c.metric, c.during),
    change: change(c.metric, c.change),
    note: confidenceNote(c),
  }));
}

/** How the daily rule has been kept so far, in words; none for a template without a daily rule. */
export function adherenceLine(e: Experiment, kept: number, judged: number): string | undefined {
  if (!TEMPLATES[e.template].adherence) return undefined;
  return judged === 0
    ? vscode.l10n.t('No day to judge yet.')
    : plural(
        judged,
        { one: 'Kept to it on {0} of {1} day with data.', other: 'Kept to it on {0} of {1} days with data.' },
        kept,
        judged,
      );
}

const marks = (days: AdherenceDay[]) => days.map((d) => ({ label: dayLabel(d.day), kept: d.kept }));

function lessonFor(e: Experiment, journal: JournalDoc): string | undefined {
  return journal.lessons.find((l) => l.source.kind === 'experiment' && l.source.experimentId === e.id)?.id;
}

function pastCard(e: Experiment, journal: JournalDoc): ExperimentCardModel {
  const { day } = formatters();
  const r = e.result;
  return {
    id: e.id,
    title: templateTitle(e.template, e),
    hypothesis: e.hypothesis,
    status: e.status,
    when: `${day(e.startedAt)} – ${day(e.endedAt ?? e.startedAt)}`,
    adherence: r ? adherenceLine(e, r.kept, r.judged) : undefined,
    days: r && TEMPLATES[e.template].adherence ? marks(r.adherence) : [],
    rows: rows(e),
    baselineNote: r
      ? vscode.l10n.t(
          'Before: {0} – {1} ({2}).',
          day(r.baseline.from),
          day(r.baseline.to - 1),
          r.baseline.kind === 'equalLength'
            ? vscode.l10n.t('the same length just before')
            : vscode.l10n.t('the 14 days before'),
        )
      : undefined,
    reason: e.status === 'abandoned' ? e.abandonReason || vscode.l10n.t('no reason given') : undefined,
    lessonId: lessonFor(e, journal),
  };
}

/** The sidebar's experiment section: the running one with its progress, and the past ones newest first. */
export function experimentsModel(
  doc: ExperimentsDoc,
  view: { progress?: ExperimentProgress; coolingOff: boolean },
  journal: JournalDoc,
): ExperimentsModel {
  const p = view.progress;
  const e = p?.experiment;
  const active: ExperimentCardModel | undefined =
    e && p
      ? {
          id: e.id,
          title: templateTitle(e.template, e),
          hypothesis: e.hypothesis,
          status: e.status,
          when:
            e.status === 'paused'
              ? vscode.l10n.t('Day {0} of {1} · paused', Math.min(p.day, p.of), p.of)
              : vscode.l10n.t('Day {0} of {1}', Math.min(p.day, p.of), p.of),
          adherence: adherenceLine(e, p.kept, p.judged),
          days: TEMPLATES[e.template].adherence ? marks(p.days) : [],
          rows: [],
        }
      : undefined;
  const past = doc.experiments
    .filter((x) => x.status === 'concluded' || x.status === 'abandoned')
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))
    .map((x) => pastCard(x, journal));
  return { active, coolingOff: view.coolingOff, past };
}

/** "What changed", pre-filled for a micro-lesson from the comparison in coarse words. */
export function changedInWords(e: Experiment): string {
  const parts = (e.result?.metrics ?? []).map((c) =>
    c.confidence === 'tooFew'
      ? vscode.l10n.t('{0}: too few days to tell', metricName(c.metric))
      : vscode.l10n.t('{0}: {1}', metricName(c.metric), directionWord(c.direction)),
  );
  const r = e.result;
  const kept =
    r && TEMPLATES[e.template].adherence
      ? plural(
          r.judged,
          { one: ' Kept to it on {0} of {1} day.', other: ' Kept to it on {0} of {1} days.' },
          r.kept,
          r.judged,
        )
      : '';
  return `${parts.join('; ')}.${kept}`;
}
