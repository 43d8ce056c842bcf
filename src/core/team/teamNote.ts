import { Parsed } from '../commandArgs';
import { METRICS, Metric } from '../dayMetrics';
import { TEMPLATE_IDS, TemplateId } from '../experiments/experimentTemplates';
import { isWeekId } from '../reflection/journal';
import { isObject, isUuid, readRecord, RecordProblem, unknownFields } from './teamRecord';
import { withoutBidiControls } from '../inertText';
import { UUID_V4 } from '../../shared/guards';

/**
 * The team-note file format (`.pacewise/notes/<uuidv4>.json`): coarse by design — an ISO week, a template, a duration
 * bucket, outcome directions, an adherence bucket, capped free text and tags. Teammates write these files, so reading
 * one is parsing hostile input: size-capped, schema-checked, prototype keys refused, unknown fields kept.
 */
export const NOTE_SCHEMA = 'pacewise.note';
export const NOTE_MAJOR = 1;
export const NOTE_MINOR = 0;
/** The minor that added `team` (written only by a note that carries one). */
export const NOTE_MINOR_TEAM = 1;
/** The minor that added the kind `challenge` and `with` (office hours; written only by such a note). */
export const NOTE_MINOR_CHALLENGE = 2;
export const NOTE_KINDS = ['lesson', 'experimentReport', 'question', 'challenge'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const DURATIONS = ['<1w', '1w', '2w', '3-4w', '5w+'] as const;
export type DurationBucket = (typeof DURATIONS)[number];
export const ADHERENCE = ['most', 'some', 'few'] as const;
export type AdherenceBucket = (typeof ADHERENCE)[number];
export const DIRECTIONS = ['higher', 'same', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const NOTE_TEXT_FIELDS = [
  'title',
  'hypothesis',
  'challenge',
  'tried',
  'changed',
  'keep',
  'tell',
  'question',
] as const;
export type NoteTextField = (typeof NOTE_TEXT_FIELDS)[number];

export { MAX_RECORD_BYTES as MAX_NOTE_BYTES } from './teamRecord';
export const MAX_NOTE_TEXT = 1_000;
export const MAX_NOTE_TITLE = 120;
export const MAX_NOTE_TAGS = 8;
export const MAX_NOTE_TEAM = 60;

export interface TeamNote {
  schema: typeof NOTE_SCHEMA;
  v: string;
  id: string;
  kind: NoteKind;
  week: string;
  template?: TemplateId;
  duration?: DurationBucket;
  outcomes?: Partial<Record<Metric, Direction>>;
  adherence?: AdherenceBucket;
  text: Partial<Record<NoteTextField, string>>;
  tags: string[];
  /** Same-person threads without an author: HMAC of a local secret and the experiment, truncated. */
  pseudonym?: string;
  /** The note this one replaces (an edit is a new file). */
  supersedes?: string;
  /** The author's team, only when they chose to name it (a note shared with other teams). */
  team?: string;
  /** A pacing challenge's other team: the one the office hours are with. */
  with?: string;
  /** Fields this version does not know (top level, and inside `text`), kept as they were. */
  unknown: Record<string, unknown>;
  unknownText: Record<string, unknown>;
}

export type { RecordProblem as NoteProblem } from './teamRecord';

const textOk = (v: unknown, max: number) => typeof v === 'string' && Array.from(v).length <= max;

const KNOWN_KEYS = new Set([
  'schema',
  'v',
  'id',
  'kind',
  'week',
  'template',
  'duration',
  'outcomes',
  'adherence',
  'text',
  'tags',
  'pseudonym',
  'team',
  'with',
  'supersedes',
]);

/** Parses one note file's text. Never throws; a note of a newer minor version is read, a newer major is not. */
export function parseNote(raw: string, bytes = raw.length): Parsed<TeamNote> & Partial<RecordProblem> {
  const header = readRecord(raw, bytes, NOTE_SCHEMA, NOTE_MAJOR, 'note');
  if (!header.ok) return header;
  const { data } = header.value;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isUuid(data.id)) return fail('has no valid id');
  if (!(NOTE_KINDS as readonly unknown[]).includes(data.kind))
    // A kind added by a later minor is not damage: the note waits for a Pacewise that knows it.
    return Number(header.value.v.split('.')[1]) > NOTE_MINOR_CHALLENGE
      ? { ok: false as const, problem: 'is of a kind a newer Pacewise writes', newer: true }
      : fail('has an unknown kind');
  if (!isWeekId(data.week)) return fail('has no ISO week');
  const note: TeamNote = {
    schema: NOTE_SCHEMA,
    v: header.value.v,
    id: data.id,
    kind: data.kind as NoteKind,
    week: data.week as string,
    text: {},
    tags: [],
    unknown: {},
    unknownText: {},
  };
  if (data.template !== undefined) {
    if (!(TEMPLATE_IDS as readonly unknown[]).includes(data.template)) return fail('has an unknown template');
    note.template = data.template as TemplateId;
  }
  if (data.duration !== undefined) {
    if (!(DURATIONS as readonly unknown[]).includes(data.duration)) return fail('has an unknown duration');
    note.duration = data.duration as DurationBucket;
  }
  if (data.adherence !== undefined) {
    if (!(ADHERENCE as readonly unknown[]).includes(data.adherence)) return fail('has an unknown adherence');
    note.adherence = data.adherence as AdherenceBucket;
  }
  if (data.outcomes !== undefined) {
    if (!isObject(data.outcomes)) return fail('has malformed outcomes');
    const outcomes: Partial<Record<Metric, Direction>> = {};
    for (const [metric, direction] of Object.entries(data.outcomes)) {
      if (!(METRICS as readonly string[]).includes(metric) || !(DIRECTIONS as readonly unknown[]).includes(direction))
        return fail('has malformed outcomes');
      outcomes[metric as Metric] = direction as Direction;
    }
    note.outcomes = outcomes;
  }
  if (!isObject(data.text)) return fail('has no text');
  for (const [field, value] of Object.entries(data.text)) {
    if (!(NOTE_TEXT_FIELDS as readonly string[]).includes(field)) {
      note.unknownText[field] = value; // a newer field: not shown, but kept
      continue;
    }
    if (!textOk(value, field === 'title' ? MAX_NOTE_TITLE : MAX_NOTE_TEXT)) return fail(`has a malformed ${field}`);
    note.text[field as NoteTextField] = withoutBidiControls(value as string);
  }
  if (data.tags !== undefined) {
    if (
      !Array.isArray(data.tags) ||
      data.tags.length > MAX_NOTE_TAGS ||
      !data.tags.every((t) => textOk(t, 32) && t !== '')
    )
      return fail('has malformed tags');
    note.tags = (data.tags as string[]).map(withoutBidiControls);
  }
  if (data.pseudonym !== undefined) {
    if (typeof data.pseudonym !== 'string' || !/^[0-9a-f]{16}$/.test(data.pseudonym))
      return fail('has a malformed pseudonym');
    note.pseudonym = data.pseudonym;
  }
  if (data.supersedes !== undefined) {
    if (!isUuid(data.supersedes)) return fail('has a malformed supersedes');
    note.supersedes = data.supersedes;
  }
  if (data.team !== undefined) {
    if (!textOk(data.team, MAX_NOTE_TEAM) || (data.team as string).trim() === '') return fail('has a malformed team');
    note.team = withoutBidiControls(data.team as string);
  }
  if (data.with !== undefined) {
    if (!textOk(data.with, MAX_NOTE_TEAM) || (data.with as string).trim() === '') return fail('has a malformed with');
    note.with = withoutBidiControls(data.with as string);
  }
  if (note.kind === 'challenge' && (!note.team || !note.with)) return fail('is a challenge without team and with');
  note.unknown = unknownFields(data, KNOWN_KEYS);
  return { ok: true, value: note };
}

/** The file text of a note: known fields first, unknown ones kept (a rewrite never drops a newer version's data). */
export function serializeNote(note: TeamNote): string {
  const { unknown, unknownText, ...known } = note;
  const out: Record<string, unknown> = { ...unknown };
  for (const [k, v] of Object.entries(known)) if (v !== undefined) out[k] = v;
  out.text = { ...unknownText, ...note.text };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Days an experiment ran, as the coarse bucket a note carries: under a week is not "about a week". */
export function durationBucket(days: number): DurationBucket {
  const weeks = Math.round(days / 7);
  return days < 6 ? '<1w' : weeks <= 1 ? '1w' : weeks <= 2 ? '2w' : weeks <= 4 ? '3-4w' : '5w+';
}

/** Days kept of days judged, as a coarse bucket; undefined when nothing was judged. */
export function adherenceBucket(kept: number, judged: number): AdherenceBucket | undefined {
  if (judged === 0) return undefined;
  const share = kept / judged;
  return share >= 0.8 ? 'most' : share >= 0.4 ? 'some' : 'few';
}

/** A note file's path ending: `<uuidv4>.json`, the id captured. */
const NOTE_FILE = new RegExp(`(?:^|/)(${UUID_V4.source.slice(1, -1)})\\.json$`);

/**
 * Who added each note, from `git log --diff-filter=A --format=%x00%ae --name-only -- .pacewise/notes` (newest commit
 * first): note id → the lowercased author email of the earliest commit that added it.
 */
export function notesAddedBy(gitLog: string): Map<string, string> {
  const out = new Map<string, string>();
  let author = '';
  for (const line of gitLog.split('\n')) {
    if (line.startsWith('\u0000')) author = line.slice(1).trim().toLowerCase();
    else {
      const m = NOTE_FILE.exec(line.trim());
      // Later lines are older commits: a note added again after a withdrawal counts for its first author.
      if (m && author) out.set(m[1], author);
    }
  }
  return out;
}

/** Team aggregates appear only from this many distinct contributors (Viva Insights, Officevibe use 5). */
export const MIN_CONTRIBUTORS = 5;

export interface TemplateAggregate {
  template: TemplateId;
  notes: number;
  outcomes: Partial<Record<Metric, Record<Direction, number>>>;
}

/**
 * Per-template counts of notes and outcome directions — only for templates with notes from at least
 * MIN_CONTRIBUTORS distinct contributors (`contributor` names them, e.g. from git; unknown ones do not count).
 */
export function aggregateByTemplate(
  notes: TeamNote[],
  contributor: (note: TeamNote) => string | undefined,
): { shown: TemplateAggregate[]; withheld: TemplateId[] } {
  const byTemplate = new Map<TemplateId, TeamNote[]>();
  for (const n of notes) if (n.template) byTemplate.set(n.template, [...(byTemplate.get(n.template) ?? []), n]);
  const shown: TemplateAggregate[] = [];
  const withheld: TemplateId[] = [];
  for (const [template, list] of byTemplate) {
    const people = new Set(list.map(contributor).filter((c): c is string => !!c));
    if (people.size < MIN_CONTRIBUTORS) {
      withheld.push(template);
      continue;
    }
    const outcomes: TemplateAggregate['outcomes'] = {};
    for (const n of list) {
      for (const [metric, direction] of Object.entries(n.outcomes ?? {}) as [Metric, Direction][]) {
        const counts = (outcomes[metric] ??= { higher: 0, same: 0, lower: 0 });
        counts[direction] += 1;
      }
    }
    shown.push({ template, notes: list.length, outcomes });
  }
  return { shown, withheld };
}
