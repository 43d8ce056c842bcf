import { addDays, differenceInCalendarDays, startOfDay } from 'date-fns';
import { Parsed, sanitizeText } from '../commandArgs';
import { dayFacts, METRICS, Metric } from '../dayMetrics';
import { localDay } from '../days';
import { TEMPLATE_IDS, TemplateId, TEMPLATES } from './experimentTemplates';
import type { ExperimentResult } from './experimentResult';
import { HistoryAppend } from '../types';
import { isPlainObject } from '../../shared/guards';

export const MAX_HYPOTHESIS = 280;
export const MAX_TITLE = 80;
export const MAX_REASON = 280;
/** An experiment runs 1–4 weeks; extending may take it to 8 at most. */
export const MAX_WEEKS = 4;
export const MAX_EXTENDED_WEEKS = 8;

/** A pacing experiment; one is active (running or paused) at a time. */
export interface Experiment {
  id: string;
  template: TemplateId;
  /** The change in the user's words (custom), or the commitment set aside (re-prioritise). */
  title?: string;
  hypothesis: string;
  metrics: Metric[];
  weeks: number;
  startedAt: number;
  status: 'active' | 'paused' | 'concluded' | 'abandoned';
  /** Paused stretches; paused days are not judged and push the end back. */
  pauses: { from: number; to?: number }[];
  /** "Limit WIP to N": the limit during the experiment. */
  wipLimit?: number;
  /** The most items in progress seen on each local day while it ran (adherence for "Limit WIP"). */
  wipMaxByDay: Record<string, number>;
  endedAt?: number;
  abandonReason?: string;
  /** Fixed at conclusion (see experimentResult.ts). */
  result?: ExperimentResult;
}

export interface ExperimentsDoc {
  experiments: Experiment[];
}

export interface StartRequest {
  template: TemplateId;
  hypothesis: string;
  weeks: number;
  title?: string;
  metrics?: Metric[];
  wipLimit?: number;
}

function text(v: unknown, name: string, max: number, required: boolean): Parsed<string | undefined> {
  if (v === undefined && !required) return { ok: true, value: undefined };
  if (typeof v !== 'string') return { ok: false, problem: `${name} must be text` };
  const t = sanitizeText(v);
  if (required && !t) return { ok: false, problem: `${name} is empty` };
  if (Array.from(t).length > max) return { ok: false, problem: `${name} is longer than ${max} characters` };
  return { ok: true, value: t || undefined };
}

/**
 * `{ template, hypothesis, weeks?, title?, metrics?, wipLimit? }`, as the start form or another extension sends it.
 * A custom experiment needs a title and at least one metric; "Re-prioritise" names the commitment set aside (its
 * title); "Limit WIP" needs a limit from 1 to 10.
 */
export function parseStartRequest(raw: unknown): Parsed<StartRequest> {
  if (!isPlainObject(raw)) return { ok: false, problem: 'expected { "template", "hypothesis", "weeks" }' };
  const extra = Object.keys(raw).find(
    (k) => !['template', 'hypothesis', 'weeks', 'title', 'metrics', 'wipLimit'].includes(k),
  );
  if (extra) return { ok: false, problem: `unknown field ${extra}` };
  if (!(TEMPLATE_IDS as readonly unknown[]).includes(raw.template))
    return { ok: false, problem: `template must be one of ${TEMPLATE_IDS.join(', ')}` };
  const template = raw.template as TemplateId;
  const hypothesis = text(raw.hypothesis, 'the hypothesis', MAX_HYPOTHESIS, true);
  if (!hypothesis.ok) return hypothesis;
  const weeks = raw.weeks ?? TEMPLATES[template].defaultWeeks;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
    return { ok: false, problem: `weeks must be a whole number from 1 to ${MAX_WEEKS}` };
  const title = text(raw.title, 'the title', MAX_TITLE, template === 'custom' || template === 'reprioritise');
  if (!title.ok) return title;
  let metrics = TEMPLATES[template].metrics;
  if (raw.metrics !== undefined) {
    if (
      !Array.isArray(raw.metrics) ||
      raw.metrics.length === 0 ||
      raw.metrics.length > METRICS.length ||
      !raw.metrics.every((m) => (METRICS as readonly unknown[]).includes(m))
    )
      return { ok: false, problem: `metrics must be a list of ${METRICS.join(', ')}` };
    metrics = [...new Set(raw.metrics as Metric[])];
  }
  if (metrics.length === 0) return { ok: false, problem: 'choose at least one metric to watch' };
  const req: StartRequest = { template, hypothesis: hypothesis.value as string, weeks, metrics };
  if (title.value) req.title = title.value;
  if (template === 'limitWip') {
    const limit = raw.wipLimit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 10)
      return { ok: false, problem: 'wipLimit must be a whole number from 1 to 10' };
    req.wipLimit = limit;
  } else if (raw.wipLimit !== undefined) return { ok: false, problem: 'wipLimit belongs to the limitWip template' };
  return { ok: true, value: req };
}

export type ExperimentCommand =
  | { type: 'start'; request: StartRequest }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend'; weeks: number }
  | { type: 'abandon'; reason: string }
  | { type: 'conclude'; result?: Experiment['result'] }
  | { type: 'noteWip'; active: number };

export type ExperimentRefusal = 'oneAtATime' | 'noneActive' | 'notPaused' | 'alreadyPaused' | 'tooLong';

/** The running or paused experiment, if any. */
export function activeExperiment(doc: ExperimentsDoc): Experiment | undefined {
  return doc.experiments.find((e) => e.status === 'active' || e.status === 'paused');
}

/** Applies one lifecycle step; the input document is never changed in place. */
export function applyExperiment(
  doc: ExperimentsDoc,
  cmd: ExperimentCommand,
  ctx: { now: number; newId: () => string },
): { doc: ExperimentsDoc; changed: boolean; refusal?: ExperimentRefusal } {
  const experiments = doc.experiments.map((e) => ({ ...e, pauses: [...e.pauses], wipMaxByDay: { ...e.wipMaxByDay } }));
  const next = { ...doc, experiments };
  const current = activeExperiment(next);
  const refuse = (refusal: ExperimentRefusal) => ({ doc, changed: false, refusal });
  if (cmd.type === 'start') {
    // One at a time: change must not become one more drain on the energy it is meant to protect.
    if (current) return refuse('oneAtATime');
    const r = cmd.request;
    const e: Experiment = {
      id: ctx.newId(),
      template: r.template,
      hypothesis: r.hypothesis,
      metrics: r.metrics ?? TEMPLATES[r.template].metrics,
      weeks: r.weeks,
      startedAt: ctx.now,
      status: 'active',
      pauses: [],
      wipMaxByDay: {},
    };
    if (r.title) e.title = r.title;
    if (r.wipLimit !== undefined) e.wipLimit = r.wipLimit;
    experiments.push(e);
    return { doc: next, changed: true };
  }
  if (!current) return refuse('noneActive');
  switch (cmd.type) {
    case 'pause':
      if (current.status === 'paused') return refuse('alreadyPaused');
      current.status = 'paused';
      current.pauses.push({ from: ctx.now });
      break;
    case 'resume': {
      if (current.status !== 'paused') return refuse('notPaused');
      current.status = 'active';
      const open = current.pauses[current.pauses.length - 1];
      current.pauses[current.pauses.length - 1] = { ...open, to: ctx.now };
      break;
    }
    case 'extend':
      if (current.weeks + cmd.weeks > MAX_EXTENDED_WEEKS) return refuse('tooLong');
      current.weeks += cmd.weeks;
      break;
    case 'abandon':
    case 'conclude':
      closePause(current, ctx.now);
      current.status = cmd.type === 'abandon' ? 'abandoned' : 'concluded';
      current.endedAt = ctx.now;
      if (cmd.type === 'abandon' && cmd.reason) current.abandonReason = cmd.reason;
      if (cmd.type === 'conclude' && cmd.result) current.result = cmd.result;
      break;
    case 'noteWip': {
      if (current.status !== 'active') return { doc, changed: false };
      const day = localDay(ctx.now);
      if ((current.wipMaxByDay[day] ?? -1) >= cmd.active) return { doc, changed: false };
      current.wipMaxByDay[day] = cmd.active;
      break;
    }
  }
  return { doc: next, changed: true };
}

function closePause(e: Experiment, now: number): void {
  const open = e.pauses[e.pauses.length - 1];
  if (open && open.to === undefined) e.pauses[e.pauses.length - 1] = { ...open, to: now };
}

/** Local days (yyyy-MM-dd) on which the experiment was paused for any part of the day: they are not judged. */
export function pausedDays(e: Experiment, now: number): Set<string> {
  const days = new Set<string>();
  for (const p of e.pauses) {
    for (let d = startOfDay(p.from); d.getTime() < (p.to ?? now); d = addDays(d, 1)) days.add(localDay(d.getTime()));
  }
  return days;
}

/** Day n of m: the local day of the experiment (1-based) and its planned length, paused days added to it. */
export function experimentDay(e: Experiment, now: number): { day: number; of: number; endsAt: number } {
  const paused = pausedDays(e, now).size;
  const of = e.weeks * 7 + paused;
  const endsAt = addDays(startOfDay(e.startedAt), of).getTime();
  return { day: differenceInCalendarDays(now, e.startedAt) + 1, of, endsAt };
}

/**
 * After a heavy week — high stress (a day's check-ins average 4 or more) or work past the end of day on most of the
 * days with data — Pacewise suggests a cooling-off week with no new experiment.
 */
export function coolingOffSuggested(history: HistoryAppend, now: number): boolean {
  const to = addDays(startOfDay(now), 1).getTime();
  const days = dayFacts(history, addDays(to, -7).getTime(), to).filter((d) => d.active);
  const heavy = days.filter((d) => d.pastEndOfDay || (d.values.stress ?? 0) >= 4).length;
  return days.length >= 3 && heavy > days.length / 2;
}
