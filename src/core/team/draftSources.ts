import { Metric } from '../dayMetrics';
import { Experiment } from '../experiments/experiments';
import { LessonDraft } from '../reflection/journal';
import { draftFields, DraftSource, ShareDraft } from './shareDraft';
import { adherenceBucket, Direction, durationBucket, NOTE_TEXT_FIELDS, NoteKind, TeamNote } from './teamNote';

const DAY_MS = 86_400_000;

/** The coarse facts of an experiment a note may carry: template, how long (bucket), directions, adherence (bucket). */
export function experimentFacts(e: Experiment, now: number): Partial<ShareDraft> {
  const outcomes: Partial<Record<Metric, Direction>> = {};
  for (const m of e.result?.metrics ?? []) if (m.direction) outcomes[m.metric] = m.direction;
  return {
    template: e.template,
    duration: durationBucket(((e.endedAt ?? now) - e.startedAt) / DAY_MS),
    outcomes,
    adherence: e.result ? adherenceBucket(e.result.kept, e.result.judged) : undefined,
    experimentId: e.id,
  };
}

function draft(id: string, source: DraftSource, kind: NoteKind | undefined, week: string, now: number): ShareDraft {
  return { id, source, kind, week, fields: {}, tags: '', kept: [], linkPseudonym: false, revision: 0, updatedAt: now };
}

/** A micro-lesson to share; one from an experiment carries the experiment's coarse facts and its hypothesis. */
export function lessonDraft(
  id: string,
  lesson: LessonDraft,
  experiment: Experiment | undefined,
  week: string,
  now: number,
): ShareDraft {
  const d = draft(id, { kind: 'lesson', id: lesson.id }, 'lesson', week, now);
  const facts = experiment ? experimentFacts(experiment, now) : {};
  return {
    ...d,
    ...facts,
    fields: {
      ...(experiment?.template === 'custom' ? { title: experiment.title ?? '' } : {}),
      ...(experiment ? { hypothesis: experiment.hypothesis } : {}),
      tried: lesson.tried,
      changed: lesson.changed,
      keep: lesson.keep,
      tell: lesson.tell,
    },
    tags: lesson.tags.join(', '),
  };
}

/**
 * An experiment report: the hypothesis, the directions and the micro-lesson written for it, if any. What
 * "Re-prioritise" set aside is personal and never offered; a custom experiment's title is (the user sees and edits
 * it in the preview).
 */
export function experimentDraft(
  id: string,
  e: Experiment,
  week: string,
  now: number,
  lesson?: LessonDraft,
): ShareDraft {
  const d = draft(id, { kind: 'experiment', id: e.id }, 'experimentReport', week, now);
  const report = {
    ...d,
    ...experimentFacts(e, now),
    fields: { ...(e.template === 'custom' ? { title: e.title ?? '' } : {}), hypothesis: e.hypothesis },
  };
  return lesson ? withLesson(report, lesson) : report;
}

/**
 * A draft with the lesson's words in the fields (and tags) still empty: a lesson written after the draft was begun
 * reaches it, and nothing the user already wrote in the preview is replaced.
 */
export function withLesson(d: ShareDraft, lesson: LessonDraft): ShareDraft {
  const fields = { ...d.fields };
  for (const f of ['tried', 'changed', 'keep', 'tell'] as const)
    if (draftFields(d).includes(f) && !fields[f]?.trim() && lesson[f]) fields[f] = lesson[f];
  return { ...d, fields, tags: d.tags.trim() ? d.tags : lesson.tags.join(', ') };
}

/**
 * A pacing challenge for office hours: its words drafted by the caller from what the team already shared, the two
 * teams from the space's schedule.
 */
export function challengeDraft(
  id: string,
  meeting: { week: string; team: string; with: string },
  fields: ShareDraft['fields'],
  now: number,
): ShareDraft {
  return {
    ...draft(id, { kind: 'challenge', week: meeting.week, with: meeting.with }, 'challenge', meeting.week, now),
    meeting: { team: meeting.team, with: meeting.with },
    fields,
    tags: 'office hours',
  };
}

/** A question for mentors, written in the preview. */
export function questionDraft(id: string, week: string, now: number): ShareDraft {
  return draft(id, { kind: 'question' }, 'question', week, now);
}

/** Advice on a teammate's note. */
export function annotationDraft(id: string, noteId: string, week: string, now: number): ShareDraft {
  return draft(id, { kind: 'annotation', noteId }, undefined, week, now);
}

/** A new version of the user's own note: its facts and words to edit; sharing writes a file that supersedes it. */
export function editDraftOf(id: string, note: TeamNote, now: number): ShareDraft {
  const fields: ShareDraft['fields'] = {};
  for (const f of NOTE_TEXT_FIELDS) if (note.text[f]) fields[f] = note.text[f];
  return {
    ...draft(id, { kind: 'edit', noteId: note.id }, note.kind, note.week, now),
    template: note.template,
    duration: note.duration,
    outcomes: note.outcomes,
    adherence: note.adherence,
    fields,
    tags: note.tags.join(', '),
    pseudonym: note.pseudonym,
    supersedes: note.id,
  };
}

/** One of the user's own notes for other teams: its facts and words, no link to the team's file or pseudonym. */
export function copyDraftOf(id: string, note: TeamNote, now: number): ShareDraft {
  const copy: ShareDraft = { ...editDraftOf(id, note, now), source: { kind: 'copy', noteId: note.id } };
  delete copy.supersedes;
  delete copy.pseudonym;
  return copy;
}

/** Two drafts for the same thing are one: sharing a lesson twice continues the first draft. */
export function sameDraftSource(a: DraftSource, b: DraftSource): boolean {
  if (a.kind === 'question' || b.kind === 'question') return false;
  if ('with' in a || 'with' in b)
    return a.kind === b.kind && 'with' in a && 'with' in b && a.week === b.week && a.with === b.with;
  if ('noteId' in a || 'noteId' in b)
    return a.kind === b.kind && 'noteId' in a && 'noteId' in b && a.noteId === b.noteId;
  return a.kind === b.kind && 'id' in a && 'id' in b && a.id === b.id;
}
