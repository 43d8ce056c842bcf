import { Parsed, sanitizeText } from '../commandArgs';
import { WeekFacts } from './weekly';
import { isPlainObject } from '../../shared/guards';

/** The three reflection questions, in the order the sidebar asks them. */
export const REFLECTION_QUESTIONS = ['helped', 'drained', 'nextChange'] as const;
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number];
export type ReflectionAnswers = Record<ReflectionQuestion, string>;

/** The fields of a micro-lesson, the same whether it comes from a reflection or (later) from an experiment. */
export const LESSON_FIELDS = ['tried', 'changed', 'keep', 'tell'] as const;
export type LessonField = (typeof LESSON_FIELDS)[number];
export type LessonText = Record<LessonField, string> & { tags: string[] };

/** A week's reflection as kept on this machine: declined ("not this week") or saved with the facts it looked at. */
export interface ReflectionRecord {
  id: string;
  week: string;
  at: number;
  status: 'saved' | 'skipped';
  facts?: WeekFacts;
  answers?: ReflectionAnswers;
}

/** A micro-lesson being written; it never leaves the machine unless the user shares it (a later feature). */
export interface LessonDraft extends LessonText {
  id: string;
  createdAt: number;
  updatedAt: number;
  source: LessonSource;
}

/** Where a lesson came from: a week's reflection or a concluded experiment. */
export type LessonSource = { kind: 'reflection'; week: string } | { kind: 'experiment'; experimentId: string };

/** Weekly reflections and micro-lesson drafts (`journal.json`). */
export interface JournalDoc {
  reflections: ReflectionRecord[];
  lessons: LessonDraft[];
}

export const MAX_ANSWER = 500;
export const MAX_TAGS = 8;
export const MAX_TAG = 32;

const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** An ISO week id like `2026-W48`. */
export function isWeekId(v: unknown): v is string {
  return typeof v === 'string' && WEEK.test(v);
}

/** Free text from the user: sanitized, at most `MAX_ANSWER` characters. */
function answerText(v: unknown, name: string): Parsed<string> {
  if (typeof v !== 'string') return { ok: false, problem: `${name} must be text` };
  const text = sanitizeText(v);
  if (Array.from(text).length > MAX_ANSWER)
    return { ok: false, problem: `${name} is longer than ${MAX_ANSWER} characters` };
  return { ok: true, value: text };
}

function exactKeys(v: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(v).find((k) => !allowed.includes(k));
}

/** `{ helped, drained, nextChange }`, each text up to 500 characters; at least one answered. */
export function parseReflectionAnswers(raw: unknown): Parsed<ReflectionAnswers> {
  if (!isPlainObject(raw)) return { ok: false, problem: 'expected { "helped", "drained", "nextChange" } as text' };
  const extra = exactKeys(raw, REFLECTION_QUESTIONS);
  if (extra) return { ok: false, problem: `unknown field ${extra}` };
  const answers = {} as ReflectionAnswers;
  for (const q of REFLECTION_QUESTIONS) {
    const parsed = answerText(raw[q] ?? '', q);
    if (!parsed.ok) return parsed;
    answers[q] = parsed.value;
  }
  if (REFLECTION_QUESTIONS.every((q) => answers[q] === '')) return { ok: false, problem: 'every answer is empty' };
  return { ok: true, value: answers };
}

/** Comma-separated tags: trimmed, lower-cased, letters, digits, spaces and dashes, duplicates dropped. */
export function parseTags(raw: unknown): Parsed<string[]> {
  if (typeof raw !== 'string') return { ok: false, problem: 'tags must be text' };
  const tags: string[] = [];
  for (const part of sanitizeText(raw).split(',')) {
    const tag = part.trim().toLocaleLowerCase();
    if (!tag) continue;
    if (!/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(tag) || Array.from(tag).length > MAX_TAG)
      return { ok: false, problem: `a tag is letters, digits, spaces or dashes, up to ${MAX_TAG} characters` };
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) return { ok: false, problem: `at most ${MAX_TAGS} tags` };
  return { ok: true, value: tags };
}

/** `{ tried, changed, keep, tell, tags }`: four texts up to 500 characters and comma-separated tags. */
export function parseLessonText(raw: unknown): Parsed<LessonText> {
  if (!isPlainObject(raw))
    return { ok: false, problem: 'expected { "tried", "changed", "keep", "tell", "tags" } as text' };
  const extra = exactKeys(raw, [...LESSON_FIELDS, 'tags']);
  if (extra) return { ok: false, problem: `unknown field ${extra}` };
  const out = {} as LessonText;
  for (const f of LESSON_FIELDS) {
    const parsed = answerText(raw[f] ?? '', f);
    if (!parsed.ok) return parsed;
    out[f] = parsed.value;
  }
  const tags = parseTags(raw.tags ?? '');
  if (!tags.ok) return tags;
  out.tags = tags.value;
  return { ok: true, value: out };
}

export type JournalCommand =
  | { type: 'saveReflection'; week: string; answers: ReflectionAnswers; facts: WeekFacts }
  | { type: 'skipReflection'; week: string }
  | { type: 'draftLesson'; week: string }
  | { type: 'addLesson'; source: LessonSource; text: LessonText }
  | { type: 'saveLesson'; id: string; text: LessonText }
  | { type: 'discardLesson'; id: string };

export type JournalRefusal = 'notFound' | 'alreadyThere';

/**
 * Applies one change. A week has at most one reflection (saving again replaces the answers); a reflection drafts at
 * most one micro-lesson (drafting again returns the existing one).
 */
export function applyJournal(
  doc: JournalDoc,
  cmd: JournalCommand,
  ctx: { now: number; newId: () => string },
): { doc: JournalDoc; changed: boolean; refusal?: JournalRefusal; lessonId?: string } {
  const next: JournalDoc = { reflections: [...doc.reflections], lessons: [...doc.lessons] };
  const weekIndex = (week: string) => next.reflections.findIndex((r) => r.week === week);
  switch (cmd.type) {
    case 'saveReflection':
    case 'skipReflection': {
      const i = weekIndex(cmd.week);
      const old = next.reflections[i];
      if (cmd.type === 'skipReflection' && old) return { doc, changed: false, refusal: 'alreadyThere' };
      const record: ReflectionRecord =
        cmd.type === 'saveReflection'
          ? {
              id: old?.id ?? ctx.newId(),
              week: cmd.week,
              at: ctx.now,
              status: 'saved',
              facts: cmd.facts,
              answers: cmd.answers,
            }
          : { id: ctx.newId(), week: cmd.week, at: ctx.now, status: 'skipped' };
      if (old) next.reflections[i] = record;
      else next.reflections.push(record);
      return { doc: next, changed: true };
    }
    case 'draftLesson': {
      const reflection = next.reflections[weekIndex(cmd.week)];
      if (!reflection?.answers) return { doc, changed: false, refusal: 'notFound' };
      const existing = next.lessons.find((l) => sameSource(l.source, { kind: 'reflection', week: cmd.week }));
      if (existing) return { doc, changed: false, refusal: 'alreadyThere', lessonId: existing.id };
      // What helped becomes what to keep, the planned change what to try; the rest is the user's to write.
      const lesson: LessonDraft = {
        id: ctx.newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        source: { kind: 'reflection', week: cmd.week },
        tried: reflection.answers.nextChange,
        changed: '',
        keep: reflection.answers.helped,
        tell: '',
        tags: [],
      };
      next.lessons.push(lesson);
      return { doc: next, changed: true, lessonId: lesson.id };
    }
    case 'addLesson': {
      const existing = next.lessons.find((l) => sameSource(l.source, cmd.source));
      if (existing) return { doc, changed: false, refusal: 'alreadyThere', lessonId: existing.id };
      const lesson: LessonDraft = {
        id: ctx.newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        source: cmd.source,
        ...cmd.text,
      };
      next.lessons.push(lesson);
      return { doc: next, changed: true, lessonId: lesson.id };
    }
    case 'saveLesson':
    case 'discardLesson': {
      const i = next.lessons.findIndex((l) => l.id === cmd.id);
      if (i < 0) return { doc, changed: false, refusal: 'notFound' };
      if (cmd.type === 'discardLesson') next.lessons.splice(i, 1);
      else next.lessons[i] = { ...next.lessons[i], ...cmd.text, updatedAt: ctx.now };
      return { doc: next, changed: true, lessonId: cmd.id };
    }
  }
}

export function sameSource(a: LessonSource, b: LessonSource): boolean {
  return a.kind === 'reflection'
    ? b.kind === 'reflection' && a.week === b.week
    : b.kind === 'experiment' && a.experimentId === b.experimentId;
}

/** Weeks that already have a reflection, saved or declined. */
export function answeredWeeks(doc: JournalDoc): Set<string> {
  return new Set(doc.reflections.map((r) => r.week));
}
