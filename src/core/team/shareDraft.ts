import { anonymize, joinSegments, KnownIdentifiers, Segment, tidySegments } from './anonymizer';
import { TemplateId } from '../experiments/experimentTemplates';
import { Metric } from '../dayMetrics';
import {
  ANNOTATION_MINOR,
  ANNOTATION_MAJOR,
  ANNOTATION_SCHEMA,
  MAX_ANNOTATION_TEXT,
  serializeAnnotation,
} from './teamAnnotation';
import {
  AdherenceBucket,
  Direction,
  DurationBucket,
  MAX_NOTE_TAGS,
  MAX_NOTE_TEXT,
  MAX_NOTE_TEAM,
  MAX_NOTE_TITLE,
  NOTE_MAJOR,
  NOTE_MINOR,
  NOTE_MINOR_CHALLENGE,
  NOTE_MINOR_TEAM,
  NOTE_SCHEMA,
  NoteKind,
  NoteTextField,
  serializeNote,
  TeamNote,
} from './teamNote';

/** A text field of a draft: a note's fields, the advice of an annotation, or the team a note for other teams names. */
export type DraftField = NoteTextField | 'advice' | 'team';

export type DraftSource =
  | { kind: 'lesson'; id: string }
  | { kind: 'experiment'; id: string }
  | { kind: 'question' }
  | { kind: 'annotation'; noteId: string }
  /** A new version of one of the user's own notes (written as a new file that supersedes it). */
  | { kind: 'edit'; noteId: string }
  /** One of the user's own team notes, shared again with other teams (a new file in the mentorship space). */
  | { kind: 'copy'; noteId: string }
  /** A pacing challenge for the office hours of `week` with the team `with` (one draft per meeting). */
  | { kind: 'challenge'; week: string; with: string }
  /** A micro-lesson after the office hours of `week` with the team `with`. */
  | { kind: 'afterOfficeHours'; week: string; with: string };

/**
 * Something the user is about to share, kept on this machine until it is shared or discarded: closing the preview or
 * reloading the window loses nothing. `fields` hold the user's own words; what is written is always their
 * anonymized form (see previewDraft), except findings the user chose to keep.
 */
export interface ShareDraft {
  /** The id (and file name) the note or annotation will have. */
  id: string;
  source: DraftSource;
  kind?: NoteKind;
  week: string;
  template?: TemplateId;
  duration?: DurationBucket;
  outcomes?: Partial<Record<Metric, Direction>>;
  adherence?: AdherenceBucket;
  fields: Partial<Record<DraftField, string>>;
  /** Comma-separated, as typed. */
  tags: string;
  /** Original texts of findings the user chose to share as they are. */
  kept: string[];
  /** The experiment a pseudonym would be derived from, and whether the user wants one. */
  experimentId?: string;
  linkPseudonym: boolean;
  /** An edit keeps the pseudonym of the note it replaces. */
  pseudonym?: string;
  supersedes?: string;
  /** A pacing challenge's two teams, from the space's schedule (not the user's words: not anonymized). */
  meeting?: { team: string; with: string };
  /** Where Share writes: the team's folder (absent) or the mentorship space, for other teams. */
  target?: 'space';
  /** Bumped by every edit; Share names the revision it saw, so nothing unseen is written. */
  revision: number;
  updatedAt: number;
}

export const MAX_DRAFT_TAG = 32;

/** The longest text a field may hold. */
export const fieldLimit = (f: DraftField) =>
  f === 'title' ? MAX_NOTE_TITLE : f === 'advice' ? MAX_ANNOTATION_TEXT : f === 'team' ? MAX_NOTE_TEAM : MAX_NOTE_TEXT;

/** The fields a draft offers, in order: what its kind is made of. */
export function draftFields(d: Pick<ShareDraft, 'source' | 'kind' | 'template' | 'target'>): DraftField[] {
  if (d.source.kind === 'annotation') return ['advice'];
  // For other teams, the author may name their team (left empty, the note names none).
  const team: DraftField[] = d.target === 'space' ? ['team'] : [];
  if (d.kind === 'question') return ['title', 'question', ...team];
  if (d.kind === 'challenge') return ['title', 'challenge', 'tried', 'question'];
  const hypothesis: DraftField[] = d.template ? ['hypothesis'] : [];
  if (d.kind === 'experimentReport') return ['title', ...hypothesis, 'changed', 'tell', ...team];
  return ['title', ...hypothesis, 'tried', 'changed', 'keep', 'tell', ...team];
}

export type DraftEdit =
  | { type: 'text'; field: DraftField; value: string }
  | { type: 'tags'; value: string }
  | { type: 'keep'; original: string; keep: boolean }
  | { type: 'pseudonym'; on: boolean };

/** Applies one edit from the preview; an edit of a field the draft does not have changes nothing. */
export function editDraft(d: ShareDraft, edit: DraftEdit, now: number): ShareDraft | undefined {
  let next: ShareDraft;
  if (edit.type === 'text') {
    if (!draftFields(d).includes(edit.field)) return undefined;
    next = {
      ...d,
      fields: { ...d.fields, [edit.field]: Array.from(edit.value).slice(0, fieldLimit(edit.field)).join('') },
    };
  } else if (edit.type === 'tags') next = { ...d, tags: edit.value.slice(0, 400) };
  else if (edit.type === 'keep') {
    const kept = new Set(d.kept);
    if (edit.keep) kept.add(edit.original);
    else kept.delete(edit.original);
    next = { ...d, kept: [...kept] };
  } else {
    if (!d.experimentId) return undefined;
    next = { ...d, linkPseudonym: edit.on };
  }
  return { ...next, revision: d.revision + 1, updatedAt: now };
}

export interface PreviewField {
  field: DraftField;
  segments: Segment[];
}

export interface DraftPreview {
  fields: PreviewField[];
  /** Each tag as segments (a tag can hold a name too). */
  tags: Segment[][];
  /** Findings in the whole draft, and how many of them the user keeps. */
  findings: number;
  keptFindings: number;
  /** Where the file will be written, relative to the workspace folder. */
  path: string;
  /** Exactly the bytes that Share writes. */
  fileText: string;
  /** Why it cannot be shared yet (empty, too long); empty when it can. */
  problems: string[];
}

function splitTags(text: string): string[] {
  const out: string[] = [];
  for (const t of text.split(',')) {
    const tag = t.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The share path: anonymize what the user wrote first, then tidy it for display and the file. */
export function shareSegments(text: string, known: KnownIdentifiers): Segment[] {
  return tidySegments(anonymize(text, known));
}

function shared(segments: Segment[], kept: ReadonlySet<string>): string {
  const keep = new Set<number>();
  segments.filter((s) => 'kind' in s).forEach((s, i) => 'original' in s && kept.has(s.original) && keep.add(i));
  return joinSegments(segments, keep);
}

/**
 * What Share would write for this draft: every text anonymized (findings the user kept excepted), the file's exact
 * text, and any reason it cannot be written yet. `pseudonym` is included only when the user asked for one.
 */
export function previewDraft(d: ShareDraft, known: KnownIdentifiers, pseudonym?: string): DraftPreview {
  const kept = new Set(d.kept);
  const problems: string[] = [];
  const fields = draftFields(d).map((field) => ({
    field,
    segments: shareSegments(d.fields[field] ?? '', known),
  }));
  const texts: Partial<Record<DraftField, string>> = {};
  for (const f of fields) {
    const text = shared(f.segments, kept).trim();
    if (!text) continue;
    if (Array.from(text).length > fieldLimit(f.field))
      problems.push(`${f.field} is longer than ${fieldLimit(f.field)} characters`);
    texts[f.field] = text;
  }
  const tags = splitTags(d.tags)
    .map((t) => shareSegments(t, known))
    .filter((t) => t.length > 0);
  const tagTexts = [...new Set(tags.map((t) => shared(t, kept)))];
  if (tagTexts.length > MAX_NOTE_TAGS) problems.push(`at most ${MAX_NOTE_TAGS} tags`);
  if (tagTexts.some((t) => Array.from(t).length > MAX_DRAFT_TAG))
    problems.push(`a tag is longer than ${MAX_DRAFT_TAG} characters`);
  const required: DraftField[] =
    d.source.kind === 'annotation'
      ? ['advice']
      : d.kind === 'question'
        ? ['question']
        : d.kind === 'challenge'
          ? ['challenge']
          : [];
  for (const f of required) if (!texts[f]) problems.push(`${f} is empty`);
  if (required.length === 0 && Object.keys(texts).length === 0 && !d.outcomes)
    problems.push('there is nothing to share');
  const all = [...fields.flatMap((f) => f.segments), ...tags.flat()].filter(
    (s): s is Extract<Segment, { kind: string }> => 'kind' in s,
  );
  const pseudo = d.pseudonym ?? (d.linkPseudonym && pseudonym ? pseudonym : undefined);
  let path: string;
  let fileText: string;
  if (d.source.kind === 'annotation') {
    path = `.pacewise/annotations/${d.source.noteId}/${d.id}.json`;
    fileText = serializeAnnotation({
      schema: ANNOTATION_SCHEMA,
      v: `${ANNOTATION_MAJOR}.${ANNOTATION_MINOR}`,
      id: d.id,
      note: d.source.noteId,
      week: d.week,
      text: texts.advice ?? '',
      ...(pseudo ? { pseudonym: pseudo } : {}),
      unknown: {},
    });
  } else {
    path = `.pacewise/notes/${d.id}.json`;
    const { team: typedTeam, ...text } = texts;
    const challenge = d.kind === 'challenge' ? d.meeting : undefined;
    if (d.kind === 'challenge' && !challenge) problems.push('the office hours are not known');
    const team = challenge?.team ?? typedTeam;
    const note: TeamNote = {
      schema: NOTE_SCHEMA,
      v: `${NOTE_MAJOR}.${d.kind === 'challenge' ? NOTE_MINOR_CHALLENGE : team ? NOTE_MINOR_TEAM : NOTE_MINOR}`,
      id: d.id,
      kind: d.kind ?? 'lesson',
      week: d.week,
      template: d.template,
      duration: d.duration,
      outcomes: d.outcomes && Object.keys(d.outcomes).length ? d.outcomes : undefined,
      adherence: d.adherence,
      text: text as TeamNote['text'],
      tags: tagTexts.slice(0, MAX_NOTE_TAGS),
      pseudonym: pseudo,
      supersedes: d.supersedes,
      team,
      with: challenge?.with,
      unknown: {},
      unknownText: {},
    };
    fileText = serializeNote(note);
  }
  return {
    fields,
    tags,
    findings: all.length,
    keptFindings: all.filter((s) => kept.has(s.original)).length,
    path,
    fileText,
    problems,
  };
}
