import * as vscode from 'vscode';
import { sanitizeIntent } from '../../core/commandArgs';
import { formatTimeOfDay } from '../../core/settings';
import { InsightBucket, Insights } from '../../core/insights/insights';
import { ChartModel } from '../../shared/insightsProtocol';
import { bucketLabel, Fmt, niceMax, periodWord } from '../displayFormat';
import { plural } from '../plural';

/** Up to this many finished items the lead-time chart draws one bar each. */
const LEAD_ITEMS_DRAWN = 40;

const perHour = (count: number, b: InsightBucket) => (b.focusHours > 0 ? count / b.focusHours : null);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

interface ChartSpec {
  id: string;
  title: string;
  summary: string;
  kind: ChartModel['kind'];
  stacked?: boolean;
  unit: string;
  series: string[];
  /** A bucket's values, null for "no data there". */
  values: (b: InsightBucket) => (number | null)[];
  min?: number;
  max?: number;
  reference?: ChartModel['reference'];
}

function chart(spec: ChartSpec, i: Insights, f: Fmt): ChartModel {
  const points = i.buckets.map((b) => ({ label: bucketLabel(b, i, f), values: spec.values(b).map(round1) }));
  const all = points.flatMap((p) => (spec.stacked ? [p.values.reduce<number>((a, v) => a + (v ?? 0), 0)] : p.values));
  const styles = ['a', 'b', 'c', 'd'] as const;
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    kind: spec.kind,
    stacked: spec.stacked ?? false,
    unit: spec.unit,
    series: spec.series.map((name, k) => ({ name, style: styles[k] })),
    points,
    min: spec.min ?? 0,
    max: spec.max ?? niceMax([...all, spec.reference?.value ?? 0], 1),
    reference: spec.reference,
    table: {
      caption: spec.title,
      columns: [periodWord(i), ...spec.series],
      rows: points.map((p) => [p.label, ...p.values.map((v) => (v === null ? '—' : f.num(v)))]),
    },
  };
}

/** Every chart of the panel, each with its summary sentence and data table. */
export function insightCharts(i: Insights, settings: { endOfDayMinutes: number }, f: Fmt): ChartModel[] {
  const t = i.totals;
  const eod = formatTimeOfDay(settings.endOfDayMinutes);
  const interruptions = t.urgent + t.negotiable + t.otherInterruptions;
  const rate = (n: number) => f.num(t.focusHours > 0 ? n / t.focusHours : 0);
  const means = t.means;
  return [
    chart(
      {
        id: 'focus',
        title: vscode.l10n.t('Focus time'),
        summary: plural(
          i.days,
          {
            one: '{0} of focus on {1} of {2} day; {3} on a typical day with sessions. {4} of it in sessions ended early.',
            other:
              '{0} of focus on {1} of {2} days; {3} on a typical day with sessions. {4} of it in sessions ended early.',
          },
          f.duration(t.completedMin + t.abandonedMin),
          t.daysWithData,
          i.days,
          f.duration(i.medianFocusMin ?? 0),
          f.duration(t.abandonedMin),
        ),
        kind: 'bars',
        stacked: true,
        unit: vscode.l10n.t('minutes'),
        series: [vscode.l10n.t('Completed sessions'), vscode.l10n.t('Ended early')],
        values: (b) => (b.daysWithData ? [b.completedMin, b.abandonedMin] : [null, null]),
      },
      i,
      f,
    ),
    chart(
      {
        id: 'breaks',
        title: vscode.l10n.t('Breaks'),
        summary: plural(
          t.breaksTaken,
          { one: '{0} break taken, {1} skipped.', other: '{0} breaks taken, {1} skipped.' },
          t.breaksTaken,
          t.breaksSkipped,
        ),
        kind: 'bars',
        unit: vscode.l10n.t('breaks'),
        series: [vscode.l10n.t('Taken'), vscode.l10n.t('Skipped')],
        values: (b) => (b.daysWithData ? [b.breaksTaken, b.breaksSkipped] : [null, null]),
      },
      i,
      f,
    ),
    chart(
      {
        id: 'interruptions',
        title: vscode.l10n.t('Interruptions per focus hour'),
        summary:
          t.focusHours > 0
            ? plural(
                interruptions,
                {
                  one: '{0} interruption in {1} of focus: {2} per focus hour ({3} urgent, {4} negotiable, {5} other).',
                  other:
                    '{0} interruptions in {1} of focus: {2} per focus hour ({3} urgent, {4} negotiable, {5} other).',
                },
                interruptions,
                f.duration(t.focusHours * 60),
                rate(interruptions),
                rate(t.urgent),
                rate(t.negotiable),
                rate(t.otherInterruptions),
              )
            : plural(
                interruptions,
                {
                  one: '{0} interruption; no focus time to relate them to.',
                  other: '{0} interruptions; no focus time to relate them to.',
                },
                interruptions,
              ),
        kind: 'lines',
        unit: vscode.l10n.t('per focus hour'),
        series: [vscode.l10n.t('Urgent'), vscode.l10n.t('Negotiable'), vscode.l10n.t('Other')],
        values: (b) => [perHour(b.urgent, b), perHour(b.negotiable, b), perHour(b.otherInterruptions, b)],
      },
      i,
      f,
    ),
    wipChart(i, f),
    leadChart(i, f),
    chart(
      {
        id: 'checkins',
        title: vscode.l10n.t('Check-ins'),
        summary: means
          ? plural(
              t.checkins,
              {
                one: '{0} check-in. Averages on the 1–5 scales: energy {1}, stress {2}, focus {3}, fairness {4}.',
                other: '{0} check-ins. Averages on the 1–5 scales: energy {1}, stress {2}, focus {3}, fairness {4}.',
              },
              t.checkins,
              f.num(means.energy),
              f.num(means.stress),
              f.num(means.focus),
              f.num(means.fairness),
            )
          : vscode.l10n.t('No check-ins in this period.'),
        kind: 'lines',
        unit: vscode.l10n.t('1–5'),
        series: [vscode.l10n.t('Energy'), vscode.l10n.t('Stress'), vscode.l10n.t('Focus'), vscode.l10n.t('Fairness')],
        values: (b) =>
          b.means ? [b.means.energy, b.means.stress, b.means.focus, b.means.fairness] : [null, null, null, null],
        min: 1,
        max: 5,
      },
      i,
      f,
    ),
    chart(
      {
        id: 'afterHours',
        title: vscode.l10n.t('After hours'),
        summary: `${plural(t.lateDays, { one: 'Work after {0} on {1} day ({2} in all).', other: 'Work after {0} on {1} days ({2} in all).' }, eod, t.lateDays, f.duration(t.lateMin))} ${plural(t.weekendDays, { one: 'Sessions on {0} weekend day.', other: 'Sessions on {0} weekend days.' }, t.weekendDays)}`,
        kind: 'bars',
        unit: vscode.l10n.t('minutes'),
        series: [vscode.l10n.t('Minutes after {0}', eod)],
        values: (b) => (b.daysWithData ? [b.lateMin] : [null]),
      },
      i,
      f,
    ),
    chart(
      {
        id: 'bounds',
        title: vscode.l10n.t('Days within your own bounds'),
        summary: plural(
          t.daysWithData,
          {
            one: '{0} of {1} day with data was within your own bounds: finished by {2}, work in progress at or under your limit, no more breaks skipped than taken.',
            other:
              '{0} of {1} days with data were within your own bounds: finished by {2}, work in progress at or under your limit, no more breaks skipped than taken.',
          },
          t.daysWithinBounds,
          t.daysWithData,
          eod,
        ),
        kind: 'bars',
        stacked: true,
        unit: vscode.l10n.t('days'),
        series: [vscode.l10n.t('Within your bounds'), vscode.l10n.t('Outside them')],
        values: (b) => (b.daysWithData ? [b.daysWithinBounds, b.daysWithData - b.daysWithinBounds] : [null, null]),
      },
      i,
      f,
    ),
  ];
}

function wipChart(i: Insights, f: Fmt): ChartModel {
  const known = i.buckets.filter((b) => b.wip !== undefined);
  const above = i.wipLimit > 0 ? known.filter((b) => b.wip! > i.wipLimit).length : 0;
  const howOften =
    i.unit === 'day'
      ? plural(above, { one: 'on {0} day', other: 'on {0} days' }, above)
      : i.unit === 'week'
        ? plural(above, { one: 'in {0} week', other: 'in {0} weeks' }, above)
        : plural(above, { one: 'in {0} month', other: 'in {0} months' }, above);
  const summary = known.length
    ? plural(
        i.totals.wip ?? 0,
        {
          one: 'Up to {0} item in progress; above your limit of {1} {2}. Parallel work (items and unlinked branches) up to {3}.',
          other:
            'Up to {0} items in progress; above your limit of {1} {2}. Parallel work (items and unlinked branches) up to {3}.',
        },
        i.totals.wip ?? 0,
        i.wipLimit || '—',
        howOften,
        i.totals.parallel ?? '—',
      )
    : vscode.l10n.t('No work-in-progress changes recorded in this period yet.');
  return chart(
    {
      id: 'wip',
      title: vscode.l10n.t('Work in progress'),
      summary,
      kind: 'lines',
      unit: vscode.l10n.t('items'),
      series: [vscode.l10n.t('Items in progress (highest)'), vscode.l10n.t('Parallel work (highest)')],
      values: (b) => [b.wip ?? null, b.parallel ?? null],
      reference:
        i.wipLimit > 0 ? { value: i.wipLimit, label: vscode.l10n.t('Your limit: {0}', i.wipLimit) } : undefined,
    },
    i,
    f,
  );
}

/** "1 day", "2,5 days": a number of days in the display language. */
const days = (n: number, f: Fmt) => plural(n, { one: '{0} day', other: '{0} days' }, f.num(n));

function leadChart(i: Insights, f: Fmt): ChartModel {
  const summary = i.lead
    ? plural(
        i.leadTimes.length,
        {
          one: '{0} item finished; {1} from added to done at the median, the middle half between {2} and {3}.',
          other: '{0} items finished; {1} from added to done at the median, the middle half between {2} and {3}.',
        },
        i.leadTimes.length,
        days(i.lead.median, f),
        days(i.lead.p25, f),
        days(i.lead.p75, f),
      )
    : vscode.l10n.t('No work items finished in this period.');
  // One bar per item while they are few; per day / week / month (the median) when there are too many to read.
  const perItem = i.leadTimes.length <= LEAD_ITEMS_DRAWN;
  const points = perItem
    ? i.leadTimes.map((l) => ({ label: f.day(l.doneAt), values: [l.days] }))
    : i.leadBuckets.map((b) => ({ label: bucketLabel(b, i, f), values: [b.median ?? null] }));
  const table = perItem
    ? {
        columns: [vscode.l10n.t('Finished'), vscode.l10n.t('Item'), vscode.l10n.t('Days from added to done')],
        rows: i.leadTimes.map((l) => [f.day(l.doneAt), sanitizeIntent(l.title), f.num(l.days)]),
      }
    : {
        columns: [periodWord(i), vscode.l10n.t('Items finished'), vscode.l10n.t('Median days from added to done')],
        rows: i.leadBuckets.map((b) => [
          bucketLabel(b, i, f),
          String(b.count),
          b.median === undefined ? '—' : f.num(b.median),
        ]),
      };
  return {
    id: 'leadTime',
    title: vscode.l10n.t('Lead time of finished items'),
    summary,
    kind: 'bars',
    stacked: false,
    unit: vscode.l10n.t('days'),
    series: [
      {
        name: perItem ? vscode.l10n.t('Days from added to done') : vscode.l10n.t('Median days from added to done'),
        style: 'a',
      },
    ],
    points,
    min: 0,
    max: niceMax(
      points.map((p) => p.values[0]),
      1,
    ),
    reference: i.lead
      ? { value: i.lead.median, label: vscode.l10n.t('Median: {0}', days(i.lead.median, f)) }
      : undefined,
    table: { caption: vscode.l10n.t('Lead time of finished items'), ...table },
  };
}
