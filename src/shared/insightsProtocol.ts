/**
 * Messages between the extension host and the Insights panel. As in protocol.ts: the host sends full snapshots,
 * already worded and formatted; the webview sends intents, validated on arrival.
 */
import { messageSize } from './protocol';

/** How a series is drawn; each has its own mark and dash or fill pattern, so no chart depends on colour alone. */
export type SeriesStyle = 'a' | 'b' | 'c' | 'd';

export interface ChartModel {
  id: string;
  title: string;
  /** The chart in one or two sentences: what a screen reader reads, what everyone sees first. */
  summary: string;
  kind: 'bars' | 'lines';
  /** Bars of the series stacked (one bar per point) rather than side by side. */
  stacked: boolean;
  /** Y axis label ("minutes", "per focus hour"). */
  unit: string;
  series: { name: string; style: SeriesStyle }[];
  /** One per bucket; null is a gap (no data), drawn as nothing, never as zero. */
  points: { label: string; values: (number | null)[] }[];
  min: number;
  max: number;
  /** A horizontal line with its label (the WIP limit). */
  reference?: { value: number; label: string };
  table: { caption: string; columns: string[]; rows: string[][] };
}

export interface SignalModel {
  id: string;
  text: string;
  /** The facts behind the sentence. */
  why: string;
  muted: boolean;
  template: string;
  actionLabel: string;
}

export interface InsightsModel {
  range: string;
  ranges: { value: string; label: string }[];
  /** "Last 30 days: 26 October – 24 November 2026". */
  heading: string;
  /** Shown instead of the charts when the range holds no record at all. */
  empty?: string;
  signals: SignalModel[];
  charts: ChartModel[];
  /** Settings that could not be used as written (thresholds, muted ids). */
  problems: string[];
  strings: InsightsStrings;
}

export interface InsightsStrings {
  title: string;
  rangeLabel: string;
  signalsHeading: string;
  noSignals: string;
  mute: string;
  unmute: string;
  mutedHeading: string;
  showTable: string;
  hideTable: string;
  dataHeading: string;
  dataHint: string;
  exportJson: string;
  exportSessions: string;
  exportCheckins: string;
  exportSummary: string;
  importData: string;
  openFolder: string;
  deleteAll: string;
  settingsProblems: string;
  gap: string;
}

export type InsightsHostMessage = { type: 'insights'; model: InsightsModel; computedMs: number };

export const DATA_ACTIONS = [
  'exportJson',
  'exportSessions',
  'exportCheckins',
  'exportSummary',
  'importData',
  'openFolder',
  'deleteAll',
] as const;
export type DataAction = (typeof DATA_ACTIONS)[number];

export type InsightsWebviewMessage =
  | { type: 'ready' }
  | { type: 'range'; range: string }
  | { type: 'mute'; id: string; muted: boolean }
  | { type: 'experiment'; template: string }
  | { type: 'data'; action: DataAction }
  /** The panel drew its first snapshot (for the performance measurement). */
  | { type: 'rendered'; ms: number };

const IDENT = /^[a-zA-Z0-9]{1,32}$/;

/** Returns the message when it is a known intent with well-formed fields, or undefined (ignored). */
export function parseInsightsMessage(raw: unknown): InsightsWebviewMessage | undefined {
  const size = messageSize(raw);
  if (size === undefined || size > 1_000) return undefined;
  const m = raw as Record<string, unknown>;
  const ident = (v: unknown): v is string => typeof v === 'string' && IDENT.test(v);
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'range':
      return ident(m.range) ? { type: 'range', range: m.range } : undefined;
    case 'mute':
      return ident(m.id) && typeof m.muted === 'boolean' ? { type: 'mute', id: m.id, muted: m.muted } : undefined;
    case 'experiment':
      return ident(m.template) ? { type: 'experiment', template: m.template } : undefined;
    case 'data':
      return (DATA_ACTIONS as readonly unknown[]).includes(m.action)
        ? { type: 'data', action: m.action as DataAction }
        : undefined;
    case 'rendered':
      return typeof m.ms === 'number' && Number.isFinite(m.ms) && m.ms >= 0
        ? { type: 'rendered', ms: m.ms }
        : undefined;
    default:
      return undefined;
  }
}
