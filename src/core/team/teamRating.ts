import { Parsed } from '../commandArgs';
import { foldForSearch } from './teamBoard';
import { isObject, isUuid, readRecord, RecordProblem } from './teamRecord';

/** A calendar quarter, `2026-Q4`. */
export const isQuarter = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-Q[1-4]$/.test(v);

/**
 * One person's quarterly pacing rating (`.pacewise/ratings/<uuid>.json`): for each dimension a traffic light and a
 * trend arrow, the quarter it is for, and nothing else — no author, no time, no words. A file with any other field,
 * or any value outside these lists, is listed as unreadable and counted nowhere: a rating cannot carry text.
 */
export const RATING_SCHEMA = 'pacewise.rating';
export const RATING_MAJOR = 1;
export const RATING_V = '1.0';
/** A rating is a few hundred bytes; anything much larger is not one. */
export const MAX_RATING_BYTES = 2 * 1024;

export const DIMENSIONS = ['pace', 'wip', 'meetings', 'fairness', 'priorities', 'safety'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const LIGHTS = ['green', 'amber', 'red'] as const;
export type Light = (typeof LIGHTS)[number];
export const TRENDS = ['better', 'same', 'worse'] as const;
export type Trend = (typeof TRENDS)[number];

export interface Rating {
  id: string;
  quarter: string;
  /** Only in the mentorship space (a cross-team review): the rater's team, as a team key. */
  team?: string;
  /** At least one dimension; one left out was skipped. */
  ratings: Partial<Record<Dimension, readonly [Light, Trend]>>;
}

const FIELDS = new Set(['schema', 'v', 'id', 'quarter', 'team', 'ratings']);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

export function parseRating(raw: string, bytes: number): Parsed<Rating> & Partial<RecordProblem> {
  const record = readRecord(raw, bytes, RATING_SCHEMA, RATING_MAJOR, 'rating', MAX_RATING_BYTES);
  if (!record.ok) return record;
  const d = record.value.data;
  const fail = (problem: string) => ({ ok: false as const, problem });
  const extra = Object.keys(d).filter((k) => !FIELDS.has(k));
  if (extra.length) return fail(`has a field a rating cannot have (${extra.join(', ')}): a rating carries no text`);
  if (!isUuid(d.id)) return fail('has no valid id');
  if (!isQuarter(d.quarter)) return fail('has no quarter (like 2026-Q4)');
  // A team key (folded as the space's files fold team names); the review reads it only if the charter lists the team.
  if (
    d.team !== undefined &&
    (typeof d.team !== 'string' ||
      !d.team ||
      d.team.length > 60 ||
      foldForSearch(d.team).replace(/\s+/g, ' ').trim() !== d.team)
  )
    return fail('has a team that is not a team key (as the charter’s team, folded to lowercase)');
  if (!isObject(d.ratings)) return fail('has no ratings');
  const ratings: Rating['ratings'] = {};
  for (const [k, v] of Object.entries(d.ratings)) {
    if (!oneOf(DIMENSIONS, k)) return fail(`rates an unknown dimension (${k.slice(0, 40)})`);
    if (!Array.isArray(v) || v.length !== 2 || !oneOf(LIGHTS, v[0]) || !oneOf(TRENDS, v[1]))
      return fail(`rates ${k} with something other than a light (green, amber, red) and a trend (better, same, worse)`);
    ratings[k] = [v[0], v[1]];
  }
  if (!Object.keys(ratings).length) return fail('rates no dimension');
  return {
    ok: true,
    value: { id: d.id, quarter: d.quarter, ...(d.team !== undefined ? { team: d.team as string } : {}), ratings },
  };
}

/** The file's text: fixed key order, one dimension per line, so a diff shows exactly what changed. */
export function serializeRating(r: Rating): string {
  const lines = DIMENSIONS.filter((d) => r.ratings[d]).map(
    (d) => `    "${d}": ["${r.ratings[d]![0]}", "${r.ratings[d]![1]}"]`,
  );
  const head = [
    `  "schema": "${RATING_SCHEMA}"`,
    `  "v": "${RATING_V}"`,
    `  "id": "${r.id}"`,
    `  "quarter": "${r.quarter}"`,
  ];
  if (r.team) head.push(`  "team": "${r.team}"`);
  return `{\n${head.join(',\n')},\n  "ratings": {\n${lines.join(',\n')}\n  }\n}\n`;
}
