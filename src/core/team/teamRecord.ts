import { Parsed } from '../commandArgs';
import { isPlainObject, UUID_V4 } from '../../shared/guards';

/**
 * What every file in the team folder (`.pacewise/`) shares: teammates write them, so reading one is parsing hostile
 * input — a size cap before parsing, git conflict markers, NUL bytes, prototype keys, a schema name and a
 * `major.minor` version (a newer major is not read; a newer minor is, its unknown fields kept).
 */
/**
 * Teammates' files are read this many at a time, with a yield to the extension host between batches: large enough
 * that the reads overlap (each is a round trip in a remote window), small enough that parsing a batch stays far under
 * the 50 ms stall budget (docs/benchmarks.md).
 */
export const TEAM_READ_BATCH = 256;
export const MAX_RECORD_BYTES = 16 * 1024;

/** Why a file was not shown; `newer` means a later Pacewise wrote it. */
export type RecordProblem = { problem: string; newer?: boolean };

/** A lowercase UUIDv4: the only id (and file name) the team folder accepts. */
export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID_V4.test(v);
}

export const isObject = isPlainObject;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether parsed JSON uses `__proto__`, `constructor` or `prototype` as a key within `maxDepth` levels. */
export function hasForbiddenKey(v: unknown, maxDepth = 8, depth = 0): boolean {
  if (depth > maxDepth || typeof v !== 'object' || v === null) return false;
  return Object.keys(v).some(
    (k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((v as Record<string, unknown>)[k], maxDepth, depth + 1),
  );
}

/**
 * The checks before any field is looked at. `what` names the record in problems ("is not a Pacewise note"); a record
 * that lists many people (a mentorship round) allows more than a note's `maxBytes`.
 */
export function readRecord(
  raw: string,
  bytes: number,
  schema: string,
  major: number,
  what: string,
  maxBytes = MAX_RECORD_BYTES,
): Parsed<{ data: Record<string, unknown>; v: string }> & Partial<RecordProblem> {
  const fail = (problem: string, newer = false) => ({ ok: false as const, problem, ...(newer ? { newer } : {}) });
  if (bytes > maxBytes) return fail(`larger than ${maxBytes / 1024} KB`);
  const text = raw.replace(/^\uFEFF/, '');
  if (/^(<{7}|={7}|>{7})( |$)/m.test(text)) return fail('has git conflict markers');
  if (text.includes('\u0000')) return fail('contains NUL bytes');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('is not valid JSON (truncated?)');
  }
  if (!isObject(data)) return fail('is not a JSON object');
  if (hasForbiddenKey(data)) return fail('uses a reserved key (__proto__, constructor or prototype)');
  if (data.schema !== schema) return fail(`is not a Pacewise ${what}`);
  const version = typeof data.v === 'string' ? /^(\d+)\.(\d+)$/.exec(data.v) : null;
  if (!version) return fail('has no version');
  if (Number(version[1]) > major) return fail('needs a newer Pacewise', true);
  return { ok: true, value: { data, v: data.v as string } };
}

/** Fields of `data` not in `known`, kept so a rewrite never drops what a newer version wrote. */
export function unknownFields(data: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!known.has(k)) out[k] = v;
  return out;
}
