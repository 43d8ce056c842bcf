import * as vscode from 'vscode';
import { addDays } from 'date-fns';
import { ExperimentsDoc } from '../../core/experiments/experiments';
import { InsightSettings } from '../../core/insights/insightDays';
import { computeInsights, InsightRange } from '../../core/insights/insights';
import { JournalDoc } from '../../core/reflection/journal';
import { HistoryAppend } from '../../core/types';
import { WipDoc } from '../../core/wip/wip';
import { templateTitle } from '../experiments/experimentText';
import { insightCharts } from '../insights/insightsCharts';
import { formatters } from '../displayFormat';
import { rangeLabel, SignalSettings, signalModels } from '../insights/insightsModel';
import { escapeMarkdown as esc } from '../../core/format';
import { lessonsMarkdown } from '../reflection/lessonText';
import { plural } from '../plural';
import type { Replaced } from '../../core/team/anonymizeSummary';

export interface SummarySources {
  history: HistoryAppend;
  wip: WipDoc;
  journal: JournalDoc;
  experiments: ExperimentsDoc;
  /** What the anonymizer replaced in the user's own words (see anonymizeSummarySources). */
  replaced?: Replaced;
}

/**
 * A period summary for a retrospective: the facts of each chart in words, what stood out, experiments concluded and
 * micro-lessons written in the period. Check-in scores appear only when the user opted in for this export.
 */
export function summaryMarkdown(
  src: SummarySources,
  settings: InsightSettings,
  signalSettings: SignalSettings,
  range: InsightRange,
  wellbeing: boolean,
  now: number,
): string {
  const f = formatters();
  const i = computeInsights(src.history, src.wip, settings, range, now);
  const inRange = (t: number | undefined) => t !== undefined && t >= i.from && t < i.to;
  const out = [
    `# ${vscode.l10n.t('Pacewise summary: {0}', rangeLabel(range))}`,
    '',
    vscode.l10n.t('{0} – {1}', f.long(i.from), f.long(addDays(i.to, -1).getTime())),
    '',
    `## ${vscode.l10n.t('Pace')}`,
    '',
  ];
  for (const c of insightCharts(i, settings, f)) {
    if (c.id === 'checkins' && !wellbeing) continue;
    out.push(`- **${c.title}:** ${c.summary}`);
  }
  const signals = signalModels(src.history, src.wip, settings, now, signalSettings).filter((s) => !s.muted);
  if (signals.length) {
    out.push('', `## ${vscode.l10n.t('What stood out')}`, '');
    // Signals about stress are check-in scores too.
    for (const s of signals) if (wellbeing || s.id !== 'stressRising') out.push(`- ${s.text} ${s.why}`);
  }
  const concluded = src.experiments.experiments.filter((e) => e.status === 'concluded' && inRange(e.endedAt));
  if (concluded.length) {
    out.push('', `## ${vscode.l10n.t('Experiments concluded')}`, '');
    for (const e of concluded)
      out.push(`- **${esc(templateTitle(e.template, e))}** (${f.long(e.endedAt!)}): ${esc(e.hypothesis)}`);
  }
  const lessons = src.journal.lessons.filter((l) => inRange(l.updatedAt));
  if (lessons.length) out.push('', lessonsMarkdown({ ...src.journal, lessons }, src.experiments, 2));
  if (!wellbeing) out.push('', `_${vscode.l10n.t('Check-in scores are left out of this summary.')}_`);
  const replaced = Object.entries(src.replaced ?? {});
  const count = replaced.reduce((n, [, k]) => n + k, 0);
  out.push(
    '',
    `_${
      count === 0
        ? vscode.l10n.t('Your own words went through the same anonymizer as a shared note; it replaced nothing.')
        : plural(
            count,
            {
              one: 'Your own words went through the same anonymizer as a shared note; it replaced {0} part that could identify someone ({1}).',
              other:
                'Your own words went through the same anonymizer as a shared note; it replaced {0} parts that could identify someone ({1}).',
            },
            count,
            replaced.map(([kind]) => esc(`[${kind}]`)).join(', '),
          )
    } ${vscode.l10n.t('This document is not saved: read it and change what you want before you share it.')}_`,
  );
  return `${out.join('\n').trimEnd()}\n`;
}
