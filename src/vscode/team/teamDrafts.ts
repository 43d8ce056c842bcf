// The share drafts a user can start: for a micro-lesson, an experiment report, an annotation of a teammate's note, or
// a new version of one of their own notes. Each continues a draft already kept for the same source.
import {
  annotationDraft,
  copyDraftOf,
  editDraftOf,
  experimentDraft,
  lessonDraft,
  withLesson,
} from '../../core/team/draftSources';
import { ShareDraft } from '../../core/team/shareDraft';
import { Board } from '../../core/team/teamBoard';
import type { TeamNote } from '../../core/team/teamNote';
import { findDraft, TeamLocalDoc } from '../../core/team/teamLocal';
import { isoWeek } from '../../core/reflection/weekly';
import type { ExperimentService } from '../experiments/experimentService';
import type { ReflectionService } from '../reflection/reflectionService';

/** What the builders read, and how a new draft is kept (TeamService). */
export interface DraftSources {
  reflections: ReflectionService;
  experiments: ExperimentService;
  /** Read when needed: the record and the board change while a builder waits. */
  local(): TeamLocalDoc;
  board(): Board;
  /** Ids this user shared from the team folder. */
  own(): Set<string>;
  save(draft: ShareDraft): Promise<ShareDraft>;
}

export async function draftLesson(src: DraftSources, lessonId: string): Promise<ShareDraft | undefined> {
  await src.reflections.start();
  const lesson = src.reflections.doc.lessons.find((l) => l.id === lessonId);
  if (!lesson) return undefined;
  const existing = findDraft(src.local(), { kind: 'lesson', id: lessonId });
  if (existing) return existing;
  const source = lesson.source;
  const e =
    source.kind === 'experiment'
      ? src.experiments.doc.experiments.find((x) => x.id === source.experimentId)
      : undefined;
  const week = source.kind === 'reflection' ? source.week : isoWeek(e?.endedAt ?? Date.now());
  return src.save(lessonDraft(crypto.randomUUID(), lesson, e, week, Date.now()));
}

/** Concluded or abandoned experiments only; a lesson written for it since is folded into a kept draft. */
export async function draftExperiment(src: DraftSources, experimentId: string): Promise<ShareDraft | undefined> {
  await src.experiments.ready;
  const e = src.experiments.doc.experiments.find((x) => x.id === experimentId);
  if (!e || e.status === 'active' || e.status === 'paused') return undefined;
  await src.reflections.start();
  const lesson = src.reflections.doc.lessons.find(
    (l) => l.source.kind === 'experiment' && l.source.experimentId === experimentId,
  );
  const existing = findDraft(src.local(), { kind: 'experiment', id: experimentId });
  if (existing) {
    const updated = lesson ? withLesson(existing, lesson) : existing;
    return JSON.stringify(updated) === JSON.stringify(existing) ? existing : src.save(updated);
  }
  const week = isoWeek(e.endedAt ?? Date.now());
  return src.save(experimentDraft(crypto.randomUUID(), e, week, Date.now(), lesson));
}

export async function draftAnnotation(src: DraftSources, noteId: string): Promise<ShareDraft | undefined> {
  if (!src.board().notes.some((n) => n.note.id === noteId)) return undefined;
  const existing = findDraft(src.local(), { kind: 'annotation', noteId });
  if (existing) return existing;
  return src.save(annotationDraft(crypto.randomUUID(), noteId, isoWeek(Date.now()), Date.now()));
}

/** Only for one of this user's notes. */
export async function draftEdit(src: DraftSources, noteId: string): Promise<ShareDraft | undefined> {
  const entry = src.board().notes.find((n) => n.note.id === noteId);
  if (!entry || !src.own().has(noteId)) return undefined;
  const existing = findDraft(src.local(), { kind: 'edit', noteId });
  if (existing) return existing;
  return src.save(editDraftOf(crypto.randomUUID(), entry.note, Date.now()));
}

/** One of this user's team notes, copied for other teams (the caller checked it is theirs). */
export async function draftCopy(src: DraftSources, note: TeamNote): Promise<ShareDraft> {
  return (
    findDraft(src.local(), { kind: 'copy', noteId: note.id }) ??
    src.save(copyDraftOf(crypto.randomUUID(), note, Date.now()))
  );
}

/** A draft another feature builds (office hours), or the one kept for the same source, which it continues. */
export async function draftBuilt(
  src: DraftSources,
  source: ShareDraft['source'],
  build: () => ShareDraft,
): Promise<ShareDraft> {
  return findDraft(src.local(), source) ?? src.save(build());
}
