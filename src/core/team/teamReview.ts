import { Parsed } from '../commandArgs';
import { isQuarter } from './teamRating';
import { isObject, isUuid, readRecord, RecordProblem } from './teamRecord';

/**
 * The team's quarterly review as agreed in the meeting (`.pacewise/reviews/<uuid>.json`): the quarter, the actions
 * the team agreed (short lines, run through the anonymizer before they are written) and the closing "was this worth
 * our time?" vote as the review may show it — counts of at least the minimum group only, smaller ones merged or left
 * out when it is saved, so the file never holds a count a person could be picked out of. Saving again writes a new
 * file and deletes the quarter's earlier ones; two saved apart (before a pull) are both read, their actions joined.
 */
export const REVIEW_SCHEMA = 'pacewise.review';
export const REVIEW_MAJOR = 1;
export const REVIEW_V = '1.0';
export const MAX_REVIEW_BYTES = 8 * 1024;
export const MAX_ACTIONS = 8;
export const MAX_ACTION_CHARS = 200;
/** Every count in a saved vote is 0 or at least this (the charter's minimum group may ask for more). */
export const VOTE_FLOOR = 5;
export const MAX_VOTES = 500;

export const VOTES = ['yes', 'partly', 'no'] as const;
export type Vote = (typeof VOTES)[number];

/** A vote as it may be shown: counts of at least the minimum group, hidden ones merged, or the total alone. */
export interface WorthVote {
  total: number;
  shown: { key: Vote; count: number }[];
  merged?: { keys: Vote[]; count: number };
}

export interface TeamReview {
  id: string;
  quarter: string;
  actions: string[];
  worth?: WorthVote;
}

const isCount = (v: unknown, min: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_VOTES;

/** A line the team agreed, as a file may hold it: one line of plain text, not empty, within the cap. */
export function actionProblem(text: string): string | undefined {
  if (!text.trim()) return 'is empty';
  if (Array.from(text).length > MAX_ACTION_CHARS) return `is longer than ${MAX_ACTION_CHARS} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(text))
    return 'holds a line break or a control character';
  return undefined;
}

function parseWorth(v: unknown): WorthVote | string {
  if (!isObject(v)) return 'has a vote that is not an object';
  const extra = Object.keys(v).filter((k) => !['total', 'shown', 'merged'].includes(k));
  if (extra.length) return `has a vote with unknown fields (${extra.join(', ').slice(0, 60)})`;
  if (!isCount(v.total, VOTE_FLOOR)) return `has a vote whose total is not a whole number from ${VOTE_FLOOR}`;
  const shown: WorthVote['shown'] = [];
  if (v.shown !== undefined) {
    if (!isObject(v.shown)) return 'has shown votes that are not an object';
    for (const [key, count] of Object.entries(v.shown)) {
      if (!VOTES.includes(key as Vote)) return `has an unknown vote (${key.slice(0, 20)})`;
      if (count !== 0 && !isCount(count, VOTE_FLOOR)) return `shows a count of ${key} below ${VOTE_FLOOR}`;
      shown.push({ key: key as Vote, count: count as number });
    }
    shown.sort((a, b) => VOTES.indexOf(a.key) - VOTES.indexOf(b.key));
  }
  let merged: WorthVote['merged'];
  if (v.merged !== undefined) {
    const m = v.merged;
    if (!isObject(m) || !Array.isArray(m.keys) || !isCount(m.count, VOTE_FLOOR))
      return `has merged votes that are not {keys, count} with a count from ${VOTE_FLOOR}`;
    const keys = m.keys as unknown[];
    if (
      keys.length < 2 ||
      new Set(keys).size !== keys.length ||
      keys.some((k) => !VOTES.includes(k as Vote) || shown.some((s) => s.key === k))
    )
      return 'merges votes that are unknown, repeated, fewer than two or also shown';
    merged = { keys: VOTES.filter((k) => keys.includes(k)), count: m.count as number };
  }
  if ((shown.length || merged) && shown.reduce((n, s) => n + s.count, 0) + (merged?.count ?? 0) !== v.total)
    return 'has a vote whose counts do not add up to its total';
  return { total: v.total, shown, ...(merged ? { merged } : {}) };
}

export function parseReview(raw: string, bytes: number): Parsed<TeamReview> & Partial<RecordProblem> {
  const record = readRecord(raw, bytes, REVIEW_SCHEMA, REVIEW_MAJOR, 'review', MAX_REVIEW_BYTES);
  if (!record.ok) return record;
  const d = record.value.data;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isUuid(d.id)) return fail('has no valid id');
  if (!isQuarter(d.quarter)) return fail('has no quarter (like 2026-Q4)');
  // Fields a later minor version adds are read past (a save from here writes what this version knows).
  if (!Array.isArray(d.actions) || d.actions.length > MAX_ACTIONS)
    return fail(`has no list of at most ${MAX_ACTIONS} actions`);
  const actions: string[] = [];
  for (const [i, a] of (d.actions as unknown[]).entries()) {
    const problem = typeof a === 'string' ? actionProblem(a) : 'is not text';
    if (problem) return fail(`has an action ${i + 1} that ${problem}`);
    actions.push((a as string).trim());
  }
  let worth: WorthVote | undefined;
  if (d.worth !== undefined) {
    const w = parseWorth(d.worth);
    if (typeof w === 'string') return fail(w);
    worth = w;
  }
  return { ok: true, value: { id: d.id, quarter: d.quarter, actions, ...(worth ? { worth } : {}) } };
}

/** The file's text: fixed key order, one action per line. */
export function serializeReview(r: TeamReview): string {
  const out: Record<string, unknown> = { schema: REVIEW_SCHEMA, v: REVIEW_V, id: r.id, quarter: r.quarter };
  out.actions = r.actions;
  if (r.worth)
    out.worth = {
      total: r.worth.total,
      ...(r.worth.shown.length ? { shown: Object.fromEntries(r.worth.shown.map((s) => [s.key, s.count])) } : {}),
      ...(r.worth.merged ? { merged: r.worth.merged } : {}),
    };
  return `${JSON.stringify(out, null, 2)}\n`;
}
