import * as vscode from 'vscode';
import { InsightBucket, Insights } from '../core/insights/insights';

let cached: { lang: string; fmt: ReturnType<typeof makeFormatters> } | undefined;

/** Numbers and dates in the display language, built once per language (it changes only with a restart). */
export function formatters() {
  const lang = vscode.env.language;
  if (cached?.lang !== lang) cached = { lang, fmt: makeFormatters(lang) };
  return cached.fmt;
}

function makeFormatters(lang: string) {
  const n1 = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const fixed1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric' });
  const long = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    /** One decimal at most: "0,5", "3". */
    num: (x: number) => n1.format(x),
    /** Always one decimal, for the 1–5 scales: "3,0". */
    fixed1: (x: number) => fixed1.format(x),
    day: (t: number) => day.format(t),
    month: (t: number) => month.format(t),
    long: (t: number) => long.format(t),
    /** "3 h 20 min", "45 min". */
    duration: (minutes: number) => {
      const m = Math.round(minutes);
      return m >= 60 ? vscode.l10n.t('{0} h {1} min', Math.floor(m / 60), m % 60) : vscode.l10n.t('{0} min', m);
    },
  };
}
export type Fmt = ReturnType<typeof formatters>;

/** The x-axis label of a bucket: "24 Nov", "W48", "Nov 2026". */
export function bucketLabel(b: Pick<InsightBucket, 'key' | 'from'>, i: Insights, f: Fmt): string {
  if (i.unit === 'day') return f.day(b.from);
  if (i.unit === 'week') return vscode.l10n.t('W{0}', b.key.slice(6));
  return f.month(b.from);
}

/** "Day", "Week" or "Month": the first column of a chart's table. */
export const periodWord = (i: Insights) =>
  i.unit === 'day' ? vscode.l10n.t('Day') : i.unit === 'week' ? vscode.l10n.t('Week') : vscode.l10n.t('Month');

/** A round upper end for a chart's axis. */
export const niceMax = (values: (number | null)[], floor: number) => {
  const max = Math.max(floor, ...values.map((v) => v ?? 0));
  const step = max <= 10 ? 1 : max <= 50 ? 5 : max <= 200 ? 20 : max <= 600 ? 60 : 120;
  return Math.ceil(max / step) * step;
};
