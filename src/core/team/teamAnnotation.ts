import { Parsed } from '../commandArgs';
import { isWeekId } from '../reflection/journal';
import { isObject, isUuid, readRecord, RecordProblem, unknownFields } from './teamRecord';
import { withoutBidiControls } from '../inertText';

/**
 * A mentor's annotation on a team note (`.pacewise/annotations/<noteId>/<uuidv4>.json`): its own file, so two
 * teammates annotating the same note never touch the same file and git never conflicts.
 */
export const ANNOTATION_SCHEMA = 'pacewise.annotation';
export const ANNOTATION_MAJOR = 1;
export const ANNOTATION_MINOR = 0;
export const MAX_ANNOTATION_TEXT = 1_000;

export interface TeamAnnotation {
  schema: typeof ANNOTATION_SCHEMA;
  v: string;
  id: string;
  /** The note it is about. */
  note: string;
  week: string;
  text: string;
  pseudonym?: string;
  unknown: Record<string, unknown>;
}

const KNOWN_KEYS = new Set(['schema', 'v', 'id', 'note', 'week', 'text', 'pseudonym']);

/** Parses one annotation file's text. Never throws. */
export function parseAnnotation(raw: string, bytes = raw.length): Parsed<TeamAnnotation> & Partial<RecordProblem> {
  const header = readRecord(raw, bytes, ANNOTATION_SCHEMA, ANNOTATION_MAJOR, 'annotation');
  if (!header.ok) return header;
  const { data } = header.value;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isUuid(data.id)) return fail('has no valid id');
  if (!isUuid(data.note)) return fail('names no valid note');
  if (!isWeekId(data.week)) return fail('has no ISO week');
  if (typeof data.text !== 'string' || data.text.trim() === '' || Array.from(data.text).length > MAX_ANNOTATION_TEXT)
    return fail('has a malformed text');
  if (data.pseudonym !== undefined && (typeof data.pseudonym !== 'string' || !/^[0-9a-f]{16}$/.test(data.pseudonym)))
    return fail('has a malformed pseudonym');
  const annotation: TeamAnnotation = {
    schema: ANNOTATION_SCHEMA,
    v: header.value.v,
    id: data.id,
    note: data.note,
    week: data.week,
    text: withoutBidiControls(data.text),
    unknown: unknownFields(data, KNOWN_KEYS),
  };
  if (typeof data.pseudonym === 'string') annotation.pseudonym = data.pseudonym;
  return { ok: true, value: annotation };
}

/** The file text of an annotation, unknown fields kept. */
export function serializeAnnotation(a: TeamAnnotation): string {
  const { unknown, ...known } = a;
  const out: Record<string, unknown> = isObject(unknown) ? { ...unknown } : {};
  for (const [k, v] of Object.entries(known)) if (v !== undefined) out[k] = v;
  return `${JSON.stringify(out, null, 2)}\n`;
}
