import { CHECKIN_SCALES, MAX_NOTE } from '../focus/checkins';
import { ExperimentsDoc } from '../experiments/experiments';
import { JournalDoc } from '../reflection/journal';
import { TeamLocalDoc } from '../team/teamLocal';
import { MentoringLocalDoc, REMINDED_KEPT } from '../mentorship/checkIns';
import { HistoryAppend, HISTORY_LISTS, INTERRUPTION_KINDS } from '../types';
import { WipDoc, WipLevel } from '../wip/wip';
import { isPlainObject } from '../../shared/guards';

/** What an import adds (or, as a dry run, would add): per kind, new records and ones already here. */
export interface ImportCounts {
  added: number;
  present: number;
}
export const IMPORT_KINDS = [
  ...HISTORY_LISTS,
  'wipItems',
  'reflections',
  'lessons',
  'experiments',
  'drafts',
  'mentoringCheckIns',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportSummary = Record<ImportKind, ImportCounts> & {
  /** Records not taken because they clash with what is here (a second running experiment, a second reflection). */
  skipped: number;
};

export function emptySummary(): ImportSummary {
  const s = Object.fromEntries(IMPORT_KINDS.map((k) => [k, { added: 0, present: 0 }])) as unknown as ImportSummary;
  s.skipped = 0;
  return s;
}

export const totalAdded = (s: ImportSummary) => IMPORT_KINDS.reduce((n, k) => n + s[k].added, 0);

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const str = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const optional = <T>(v: unknown, check: (v: unknown) => v is T) => v === undefined || check(v);
const isRecord = isPlainObject;

/** Field checks for history records beyond the store's "has an id"; a problem sentence or undefined. */
const RECORD_CHECKS: Record<(typeof HISTORY_LISTS)[number], (r: Record<string, unknown>) => boolean> = {
  sessions: (r) =>
    str(r.intent, 1_000) &&
    num(r.startedAt) &&
    num(r.endedAt) &&
    r.endedAt >= r.startedAt &&
    num(r.plannedMs) &&
    num(r.focusMs) &&
    r.focusMs >= 0 &&
    ['completed', 'stopped', 'discarded'].includes(r.outcome as string) &&
    int(r.interruptions) &&
    typeof r.pastEndOfDay === 'boolean' &&
    optional(r.wipId, (v): v is string => str(v, 100)),
  breaks: (r) =>
    typeof r.long === 'boolean' &&
    num(r.startedAt) &&
    num(r.endedAt) &&
    num(r.plannedMs) &&
    ['taken', 'skipped', 'ended'].includes(r.outcome as string),
  interruptions: (r) =>
    num(r.at) &&
    (INTERRUPTION_KINDS as readonly unknown[]).includes(r.kind) &&
    optional(r.sessionId, (v): v is string => str(v, 100)),
  checkins: (r) =>
    num(r.at) &&
    CHECKIN_SCALES.every((s) => Number.isInteger(r[s]) && (r[s] as number) >= 1 && (r[s] as number) <= 5) &&
    optional(r.note, (v): v is string => str(v, MAX_NOTE)) &&
    optional(r.sessionId, (v): v is string => str(v, 100)),
  workItems: (r) => str(r.title, 1_000) && num(r.createdAt) && num(r.doneAt),
};

/** The first malformed history record, as "sessions[3]", or undefined when all are well-formed. */
export function badHistoryRecord(history: HistoryAppend): string | undefined {
  for (const list of HISTORY_LISTS) {
    const i = (history[list] as unknown[]).findIndex(
      (r) => !isRecord(r) || !str(r.id, 100) || r.id === '' || !RECORD_CHECKS[list](r),
    );
    if (i >= 0) return `${list}[${i}]`;
  }
  return undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isLevel = (v: unknown): v is WipLevel =>
  Array.isArray(v) && v.length === 3 && int(v[0]) && int(v[1]) && Number.isInteger(v[2]) && v[2] >= -1;

/** The first malformed part of a WIP list beyond the store's checks, or undefined. */
export function badWip(doc: WipDoc): string | undefined {
  const i = doc.items.findIndex((w) => !str(w.id, 100) || !str(w.title, 1_000) || !num(w.createdAt));
  if (i >= 0) return `wip.items[${i}]`;
  if (doc.levels !== undefined) {
    if (!isRecord(doc.levels)) return 'wip.levels';
    const bad = Object.entries(doc.levels).find(([day, level]) => !DAY.test(day) || !isLevel(level));
    if (bad) return `wip.levels[${bad[0]}]`;
  }
  return undefined;
}

/** The incoming records whose id is not here yet (to append), counted into the summary. */
export function newHistory(local: HistoryAppend, incoming: HistoryAppend, summary: ImportSummary): HistoryAppend {
  const add = { ...local } as HistoryAppend;
  for (const list of HISTORY_LISTS) {
    const ids = new Set(local[list].map((r) => r.id));
    const fresh = (incoming[list] as { id: string }[]).filter((r) => {
      if (ids.has(r.id)) {
        summary[list].present += 1;
        return false;
      }
      ids.add(r.id);
      summary[list].added += 1;
      return true;
    });
    (add[list] as unknown[]) = fresh;
  }
  return add;
}

function byId<T extends { id: string }>(
  local: T[],
  incoming: T[],
  counts: ImportCounts,
  accept: (item: T, merged: T[]) => boolean = () => true,
  onRefused: () => void = () => undefined,
): T[] {
  const ids = new Set(local.map((x) => x.id));
  const merged = [...local];
  for (const item of incoming) {
    if (ids.has(item.id)) counts.present += 1;
    else if (!accept(item, merged)) onRefused();
    else {
      merged.push(item);
      ids.add(item.id);
      counts.added += 1;
    }
  }
  return merged;
}

/** Items by id (after the local ones); WIP levels per day: highs are the larger, the local end level wins. */
export function mergeWip(local: WipDoc, incoming: WipDoc, summary: ImportSummary): WipDoc {
  const items = byId(local.items, incoming.items, summary.wipItems);
  const levels: Record<string, WipLevel> = { ...incoming.levels, ...local.levels };
  for (const [day, theirs] of Object.entries(incoming.levels ?? {})) {
    const ours = local.levels?.[day];
    if (ours) levels[day] = [Math.max(ours[0], theirs[0]), ours[1], Math.max(ours[2], theirs[2])];
  }
  const out: WipDoc = { ...local, items };
  // The current item comes along only when nothing is current here.
  if (local.currentId === undefined && incoming.currentId !== undefined) {
    out.currentId = incoming.currentId;
    if (incoming.currentSince !== undefined) out.currentSince = incoming.currentSince;
  }
  if (Object.keys(levels).length) out.levels = levels;
  return out;
}

/** Reflections by id and one per week; lessons by id. */
export function mergeJournal(local: JournalDoc, incoming: JournalDoc, summary: ImportSummary): JournalDoc {
  const skip = () => (summary.skipped += 1);
  return {
    ...local,
    reflections: byId(
      local.reflections,
      incoming.reflections,
      summary.reflections,
      (r, merged) => !merged.some((m) => m.week === r.week),
      skip,
    ),
    lessons: byId(local.lessons, incoming.lessons, summary.lessons),
  };
}

/** Experiments by id; a running or paused one is not taken while one runs here (one at a time). */
export function mergeExperiments(local: ExperimentsDoc, incoming: ExperimentsDoc, summary: ImportSummary) {
  const live = (e: { status: string }) => e.status === 'active' || e.status === 'paused';
  return {
    ...local,
    experiments: byId(
      local.experiments,
      incoming.experiments,
      summary.experiments,
      (e, merged) => !live(e) || !merged.some(live),
      () => (summary.skipped += 1),
    ),
  };
}

/** Drafts and shared records by id; withdrawn ids are a union. */
export function mergeTeam(local: TeamLocalDoc, incoming: TeamLocalDoc, summary: ImportSummary): TeamLocalDoc {
  return {
    ...local,
    drafts: byId(local.drafts, incoming.drafts, summary.drafts),
    shared: byId(local.shared, incoming.shared, { added: 0, present: 0 }),
    withdrawn: [...new Set([...local.withdrawn, ...incoming.withdrawn])],
  };
}

/** Held check-ins by id (the import's notes to self join this machine's); reminders shown anywhere stay shown. */
export function mergeMentoring(
  local: MentoringLocalDoc,
  incoming: MentoringLocalDoc,
  summary: ImportSummary,
): MentoringLocalDoc {
  const quiet = [local.pauseQuietUntil, incoming.pauseQuietUntil]
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return {
    ...local,
    checkIns: byId(local.checkIns, incoming.checkIns, summary.mentoringCheckIns),
    reminded: [...new Set([...local.reminded, ...incoming.reminded])].slice(-REMINDED_KEPT),
    ...(quiet ? { pauseQuietUntil: quiet } : {}),
  };
}
