import * as vscode from 'vscode';
import { addDays } from 'date-fns';
import { computeInsights, INSIGHT_RANGES, InsightRange } from '../../core/insights/insights';
import { InsightSettings } from '../../core/insights/insightDays';
import { computeSignals, parseMuted, parseThresholds, Signal } from '../../core/insights/signals';
import { HistoryAppend } from '../../core/types';
import { WipDoc } from '../../core/wip/wip';
import { InsightsModel, InsightsStrings, SignalModel } from '../../shared/insightsProtocol';
import { templateTitle } from '../experiments/experimentText';
import { insightCharts } from './insightsCharts';
import { formatters } from '../displayFormat';
import { plural } from '../plural';
import type { SettingsReader } from '../settingsReader';

/** The signal settings as the user wrote them: thresholds and muted signals, with what could not be used. */
export interface SignalSettings {
  thresholds: ReturnType<typeof parseThresholds>['thresholds'];
  muted: ReturnType<typeof parseMuted>['muted'];
  problems: string[];
}

/** Reads the signal settings through the settings reader, with the parsers of core/insights. */
export function signalSettings(settings: Pick<SettingsReader, 'structured'>): SignalSettings {
  const t = settings.structured('insights.signalThresholds', parseThresholds);
  const m = settings.structured('insights.mutedSignals', parseMuted);
  return {
    thresholds: t.thresholds,
    muted: m.muted,
    problems: [
      ...t.problems.map((p) => vscode.l10n.t('pacewise.insights.signalThresholds: {0}', p)),
      ...m.problems.map((p) => vscode.l10n.t('pacewise.insights.mutedSignals: {0}', p)),
    ],
  };
}

function signalText(s: Signal): { text: string; why: string } {
  const f = s.facts;
  const { num } = formatters();
  switch (s.id) {
    case 'stressRising':
      return {
        text: plural(
          f.weeks,
          { one: 'Stress check-ins rose {0} week in a row.', other: 'Stress check-ins rose {0} weeks in a row.' },
          f.weeks,
        ),
        why: vscode.l10n.t('Weekly average stress went from {0} to {1} (1–5).', num(f.from), num(f.to)),
      };
    case 'breaksSkipped':
      return {
        text: vscode.l10n.t('Breaks skipped on {0} of the last {1} days.', f.days, f.of),
        why: vscode.l10n.t('A day counts when at least one break was skipped.'),
      };
    case 'lateWork':
      return {
        text: vscode.l10n.t('Work after your end-of-day time on {0} of the last {1} days.', f.days, f.of),
        why: vscode.l10n.t('Sessions that ran past pacewise.day.endOfDay.'),
      };
    case 'wipAboveLimit':
      return {
        text: plural(
          f.days,
          {
            one: 'Work in progress above your limit for {0} day.',
            other: 'Work in progress above your limit for {0} days.',
          },
          f.days,
        ),
        why: plural(
          f.limit,
          {
            one: 'More than {0} item in progress on each of those days.',
            other: 'More than {0} items in progress on each of those days.',
          },
          f.limit,
        ),
      };
    case 'interruptionsUp':
      return {
        text: vscode.l10n.t('Interruptions per focus hour doubled versus your last month.'),
        why: vscode.l10n.t(
          '{0} per focus hour in the last 7 days, {1} in the 28 days before.',
          num(f.recent),
          num(f.earlier),
        ),
      };
    case 'weekendWork':
      return {
        text: plural(
          f.days,
          {
            one: 'Sessions on {0} weekend day in the last four weeks.',
            other: 'Sessions on {0} weekend days in the last four weeks.',
          },
          f.days,
        ),
        why: plural(
          f.weekendDays,
          { one: '{0} of {1} weekend day had a focus session.', other: '{0} of {1} weekend days had a focus session.' },
          f.days,
          f.weekendDays,
        ),
      };
  }
}

function strings(): InsightsStrings {
  return {
    title: vscode.l10n.t('Pacewise Insights'),
    rangeLabel: vscode.l10n.t('Period'),
    signalsHeading: vscode.l10n.t('Worth a look'),
    noSignals: vscode.l10n.t('Nothing stands out right now.'),
    mute: vscode.l10n.t('Mute'),
    unmute: vscode.l10n.t('Unmute'),
    mutedHeading: vscode.l10n.t('Muted'),
    showTable: vscode.l10n.t('Show data table'),
    hideTable: vscode.l10n.t('Hide data table'),
    dataHeading: vscode.l10n.t('Your data'),
    dataHint: vscode.l10n.t('Everything stays on this machine unless you export it.'),
    exportJson: vscode.l10n.t('Export All (JSON)'),
    exportSessions: vscode.l10n.t('Sessions (CSV)'),
    exportCheckins: vscode.l10n.t('Check-ins (CSV)'),
    exportSummary: vscode.l10n.t('Period Summary (Markdown)'),
    importData: vscode.l10n.t('Import…'),
    openFolder: vscode.l10n.t('Open Data Folder'),
    deleteAll: vscode.l10n.t('Delete All Data…'),
    settingsProblems: vscode.l10n.t('Settings not used as written'),
    gap: vscode.l10n.t('no data'),
  };
}

/** The gentle signals true now, worded, with the user's thresholds and mutes (the panel and the period summary). */
export function signalModels(
  history: HistoryAppend,
  wip: WipDoc,
  settings: InsightSettings,
  now: number,
  sig: SignalSettings,
): SignalModel[] {
  return computeSignals(history, wip, settings, sig.thresholds, sig.muted, now).map((s) => ({
    id: s.id,
    ...signalText(s),
    muted: s.muted,
    template: s.template,
    actionLabel: vscode.l10n.t('Try an experiment: {0}', templateTitle(s.template)),
  }));
}

export function rangeLabel(r: InsightRange): string {
  return r === 'all' ? vscode.l10n.t('All time') : vscode.l10n.t('Last {0} days', r);
}

/** The whole panel for one range: charts, signals, strings. */
export function insightsModel(
  history: HistoryAppend,
  wip: WipDoc,
  settings: InsightSettings,
  range: InsightRange,
  now: number,
  sig: SignalSettings,
): InsightsModel {
  const f = formatters();
  const i = computeInsights(history, wip, settings, range, now);
  const last = addDays(i.to, -1).getTime();
  return {
    range,
    ranges: INSIGHT_RANGES.map((r) => ({ value: r, label: rangeLabel(r) })),
    heading: vscode.l10n.t('{0}: {1} – {2}', rangeLabel(range), f.long(i.from), f.long(last)),
    empty:
      i.totals.daysWithData === 0 && i.leadTimes.length === 0
        ? vscode.l10n.t(
            'Nothing recorded in this period yet. Start a focus session or check in, and your pace shows up here.',
          )
        : undefined,
    signals: signalModels(history, wip, settings, now, sig),
    charts: insightCharts(i, settings, f),
    problems: sig.problems,
    strings: strings(),
  };
}
