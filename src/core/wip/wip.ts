import { Parsed, sanitizeText } from '../commandArgs';
import { localDay } from '../days';

/** Where a work item stands; "parked" is deliberately set aside, not in progress, not done. */
export type WipStatus = 'active' | 'parked' | 'done';

/** A manual work-in-progress item. */
export interface WipItem {
  id: string;
  title: string;
  status: WipStatus;
  createdAt: number;
  /** When it last became active: aging counts from here. */
  activeSince: number;
  doneAt?: number;
  /** The git branch it was started on, if any (a fact, shown beside the title). */
  branch?: string;
}

export interface WipDoc {
  items: WipItem[];
  /** The item being worked on now; new focus sessions without an intent take its title. */
  currentId?: string;
  /** When `currentId` was chosen. */
  currentSince?: number;
  /**
   * Per local day (yyyy-MM-dd): [highest number of active items, number at the day's last change, highest parallel
   * work seen]. Added after v1 (optional); insights carry the end level forward over days without a change.
   */
  levels?: Record<string, WipLevel>;
}

/** [highest active, active at the last change, highest parallel work (manual + unlinked recent branches) or -1]. */
export type WipLevel = [number, number, number];

/** A finished work item as kept in history (for lead time; the WIP list forgets done items after 30 days). */
export interface WorkItemRecord {
  id: string;
  title: string;
  createdAt: number;
  doneAt: number;
}

export type WipCommand =
  | { type: 'add'; title: string; branch?: string }
  | { type: 'done'; id: string }
  | { type: 'park'; id: string }
  | { type: 'resume'; id: string }
  | { type: 'rename'; id: string; title: string }
  | { type: 'workOn'; id: string }
  | { type: 'move'; id: string; delta: -1 | 1 }
  /** Drag and drop: the item goes just before `before` (another item's id), or last when it is absent. */
  | { type: 'place'; id: string; before?: string };

export type WipRefusal = 'notFound' | 'alreadyThere';

const MAX_TITLE = 120;
/** Done items older than this are dropped from the list (history keeps sessions, not finished to-dos). */
const DONE_KEPT_MS = 30 * 86_400_000;

/** A title as typed: sanitized, 1–120 characters. */
export function parseWipTitle(text: unknown): Parsed<string> {
  if (typeof text !== 'string') return { ok: false, problem: 'the title must be text' };
  const title = sanitizeText(text);
  if (!title) return { ok: false, problem: 'the title is empty' };
  if (Array.from(title).length > MAX_TITLE)
    return { ok: false, problem: `the title is longer than ${MAX_TITLE} characters` };
  return { ok: true, value: title };
}

/** Applies one change to the WIP list (the list order is the user's priority order) and notes the day's WIP level. */
export function applyWip(
  doc: WipDoc,
  cmd: WipCommand,
  ctx: { now: number; newId: () => string; sameDay?: (a: number, b: number) => boolean },
): { doc: WipDoc; changed: boolean; refusal?: WipRefusal; contextSwitch?: boolean; finished?: WorkItemRecord } {
  const out = applyWipChange(doc, cmd, ctx);
  if (!out.changed || out.refusal) return out;
  const day = localDay(ctx.now);
  const before = activeCount(doc);
  const after = activeCount(out.doc);
  const level = doc.levels?.[day];
  const max = Math.max(level?.[0] ?? before, before, after);
  out.doc.levels = { ...doc.levels, [day]: [max, after, level?.[2] ?? -1] };
  if (cmd.type === 'done') {
    const item = out.doc.items.find((i) => i.id === cmd.id);
    if (item?.doneAt !== undefined)
      return { ...out, finished: { id: item.id, title: item.title, createdAt: item.createdAt, doneAt: item.doneAt } };
  }
  return out;
}

/**
 * Notes the parallel work seen now (from git facts) as the day's highest; unchanged when not higher, so a git read
 * writes at most once per new high.
 */
export function noteParallelWork(doc: WipDoc, parallel: number, now: number): { doc: WipDoc; changed: boolean } {
  const day = localDay(now);
  const level = doc.levels?.[day];
  if (level && level[2] >= parallel) return { doc, changed: false };
  const active = activeCount(doc);
  const next: WipLevel = level ? [level[0], level[1], parallel] : [active, active, parallel];
  return { doc: { ...doc, levels: { ...doc.levels, [day]: next } }, changed: true };
}

const activeCount = (doc: WipDoc) => doc.items.filter((i) => i.status === 'active').length;

function applyWipChange(
  doc: WipDoc,
  cmd: WipCommand,
  ctx: { now: number; newId: () => string; sameDay?: (a: number, b: number) => boolean },
): { doc: WipDoc; changed: boolean; refusal?: WipRefusal; contextSwitch?: boolean } {
  const items = doc.items.filter((i) => i.status !== 'done' || ctx.now - (i.doneAt ?? 0) < DONE_KEPT_MS);
  const next: WipDoc = { ...doc, items: items.map((i) => ({ ...i })) };
  const pruned = items.length !== doc.items.length;
  if (cmd.type === 'add') {
    const item: WipItem = {
      id: ctx.newId(),
      title: cmd.title,
      status: 'active',
      createdAt: ctx.now,
      activeSince: ctx.now,
    };
    if (cmd.branch) item.branch = cmd.branch;
    next.items.push(item);
    return { doc: next, changed: true };
  }
  const index = next.items.findIndex((i) => i.id === cmd.id);
  const item = next.items[index];
  if (!item) return { doc: next, changed: pruned, refusal: 'notFound' };
  switch (cmd.type) {
    case 'done':
      if (item.status === 'done') return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      item.status = 'done';
      item.doneAt = ctx.now;
      if (next.currentId === item.id) delete next.currentId;
      break;
    case 'workOn': {
      if (next.currentId === item.id) return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      // Moving from one unfinished item to another on the same day is a context switch; finishing first is not.
      const previous = next.items.find((i) => i.id === next.currentId && i.status !== 'done');
      const sameDay = ctx.sameDay ?? ((a: number, b: number) => Math.abs(a - b) < 86_400_000);
      const contextSwitch = !!previous && sameDay(next.currentSince ?? 0, ctx.now);
      if (item.status !== 'active') {
        item.status = 'active';
        item.activeSince = ctx.now;
        delete item.doneAt;
      }
      next.currentId = item.id;
      next.currentSince = ctx.now;
      return { doc: next, changed: true, contextSwitch };
    }
    case 'park':
      if (item.status !== 'active') return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      item.status = 'parked';
      if (next.currentId === item.id) delete next.currentId;
      break;
    case 'resume':
      if (item.status === 'active') return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      item.status = 'active';
      item.activeSince = ctx.now;
      delete item.doneAt;
      break;
    case 'rename':
      item.title = cmd.title;
      break;
    case 'move': {
      // Past the neighbours of another status (parked or done items are shown apart): it moves in its own list.
      let target = index + cmd.delta;
      while (target >= 0 && target < next.items.length && next.items[target].status !== item.status)
        target += cmd.delta;
      if (target < 0 || target >= next.items.length) return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      [next.items[index], next.items[target]] = [next.items[target], next.items[index]];
      break;
    }
    case 'place': {
      if (cmd.before === cmd.id) return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      const order = next.items.map((i) => i.id).join();
      next.items.splice(index, 1);
      const at = cmd.before === undefined ? next.items.length : next.items.findIndex((i) => i.id === cmd.before);
      if (at < 0) return { doc: { ...doc, items: items.map((i) => ({ ...i })) }, changed: pruned, refusal: 'notFound' };
      next.items.splice(at, 0, item);
      if (next.items.map((i) => i.id).join() === order) return { doc: next, changed: pruned, refusal: 'alreadyThere' };
      break;
    }
  }
  return { doc: next, changed: true };
}

/** What the sidebar and tooltip say about WIP: counts and which items are aging. Facts, never a verdict. */
export interface WipSummary {
  active: WipItem[];
  parked: WipItem[];
  limit: number;
  overLimit: boolean;
  /** Ids of active items in progress for at least `agingDays` whole days. */
  aging: string[];
}

export function summarizeWip(doc: WipDoc, now: number, limit: number, agingDays: number): WipSummary {
  const active = doc.items.filter((i) => i.status === 'active');
  return {
    active,
    parked: doc.items.filter((i) => i.status === 'parked'),
    limit,
    overLimit: limit > 0 && active.length > limit,
    aging: agingDays > 0 ? active.filter((i) => now - i.activeSince >= agingDays * 86_400_000).map((i) => i.id) : [],
  };
}

/** Days an item has been active, rounded down. */
export function daysActive(item: WipItem, now: number): number {
  return Math.max(0, Math.floor((now - item.activeSince) / 86_400_000));
}
