import { addDays, startOfDay } from 'date-fns';
import { localDay } from './days';
import { HistoryAppend } from './types';

/** What an experiment can watch; the check-in scales are 1–5, the others are counts per day. */
export const METRICS = ['focusMinutes', 'interruptions', 'energy', 'stress', 'focusQuality', 'fairness'] as const;
export type Metric = (typeof METRICS)[number];

/**
 * One local day's facts. A day without any record has no values at all (a gap, never a zero); a day without check-ins
 * has no check-in values.
 */
export interface DayFacts {
  day: string;
  start: number;
  values: Partial<Record<Metric, number>>;
  /** Raw facts the adherence rules read. */
  sessionsBeforeNoon: number;
  meetingsBeforeNoon: number;
  messages: number;
  breaksSkipped: number;
  pastEndOfDay: boolean;
  active: boolean;
}

/** Start instants of the local days in [from, to) — 23- or 25-hour days included. */
export function localDays(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = startOfDay(from); d.getTime() < to; d = addDays(d, 1)) days.push(d.getTime());
  return days;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The facts of each local day in [from, to), from history; sessions and breaks belong to the day they started. */
export function dayFacts(history: HistoryAppend, from: number, to: number): DayFacts[] {
  const byDay = new Map<string, DayFacts>();
  for (const start of localDays(from, to)) {
    const day = localDay(start);
    byDay.set(day, {
      day,
      start,
      values: {},
      sessionsBeforeNoon: 0,
      meetingsBeforeNoon: 0,
      messages: 0,
      breaksSkipped: 0,
      pastEndOfDay: false,
      active: false,
    });
  }
  const inRange = (t: number) => t >= from && t < to;
  const get = (t: number) => (inRange(t) ? byDay.get(localDay(t)) : undefined);
  const beforeNoon = (t: number) => new Date(t).getHours() < 12;
  const focus = new Map<string, number>();
  const interruptions = new Map<string, number>();
  for (const s of history.sessions) {
    const d = get(s.startedAt);
    if (!d || s.outcome === 'discarded') continue;
    d.active = true;
    focus.set(d.day, (focus.get(d.day) ?? 0) + s.focusMs);
    if (beforeNoon(s.startedAt) && s.outcome === 'completed') d.sessionsBeforeNoon += 1;
    if (s.pastEndOfDay) d.pastEndOfDay = true;
  }
  for (const b of history.breaks) {
    const d = get(b.startedAt);
    if (!d) continue;
    d.active = true;
    if (b.outcome === 'skipped') d.breaksSkipped += 1;
  }
  for (const i of history.interruptions) {
    const d = get(i.at);
    if (!d) continue;
    d.active = true;
    interruptions.set(d.day, (interruptions.get(d.day) ?? 0) + 1);
    if (i.kind === 'meeting' && beforeNoon(i.at)) d.meetingsBeforeNoon += 1;
    if (i.kind === 'message') d.messages += 1;
  }
  const checkins = new Map<string, HistoryAppend['checkins']>();
  for (const c of history.checkins) {
    const d = get(c.at);
    if (!d) continue;
    d.active = true;
    checkins.set(d.day, [...(checkins.get(d.day) ?? []), c]);
  }
  for (const d of byDay.values()) {
    if (!d.active) continue;
    d.values.focusMinutes = Math.floor((focus.get(d.day) ?? 0) / 60_000);
    d.values.interruptions = interruptions.get(d.day) ?? 0;
    const cs = checkins.get(d.day);
    if (cs) {
      d.values.energy = mean(cs.map((c) => c.energy));
      d.values.stress = mean(cs.map((c) => c.stress));
      d.values.focusQuality = mean(cs.map((c) => c.focus));
      d.values.fairness = mean(cs.map((c) => c.fairness));
    }
  }
  return [...byDay.values()];
}

/** The median of a non-empty list. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
