import { sameDraftSource } from './draftSources';
import { ShareDraft } from './shareDraft';
import { TeamAnnotation } from './teamAnnotation';
import { TeamNote } from './teamNote';

/** A note or annotation this user shared, remembered on this machine only (the files carry no author). */
export interface SharedRecord {
  id: string;
  /** Relative to the folder that hosts `.pacewise/`. */
  path: string;
  /** That folder's URI, so withdrawing deletes in the right checkout. */
  folder: string;
  kind: 'note' | 'annotation';
  at: number;
}

/** This user's quarterly pacing rating, remembered on this machine only (the file names no one). */
export interface OwnRating {
  id: string;
  quarter: string;
  /** Relative to the folder that hosts `.pacewise/`. */
  path: string;
  folder: string;
}

/** `team.json`: drafts waiting to be shared, what this user shared and withdrew, and the ratings they wrote. */
export interface TeamLocalDoc {
  drafts: ShareDraft[];
  shared: SharedRecord[];
  /** Withdrawn ids stay hidden for their author even when a stale branch brings the file back. */
  withdrawn: string[];
  /** Absent in files from before the quarterly review (older versions keep it as it is). */
  ratings?: OwnRating[];
}

export const MAX_DRAFTS = 20;

export type TeamLocalCommand =
  | { type: 'saveDraft'; draft: ShareDraft }
  | { type: 'discardDraft'; id: string }
  | { type: 'shared'; draftId: string; record: SharedRecord }
  | { type: 'withdrawn'; ids: string[] }
  /** A rating written; the same quarter's earlier one (replaced, its file deleted) is forgotten. */
  | { type: 'rated'; record: OwnRating };

/** Applies one change; `changed` is false when there was nothing to do. */
export function applyTeamLocal(doc: TeamLocalDoc, cmd: TeamLocalCommand): { doc: TeamLocalDoc; changed: boolean } {
  switch (cmd.type) {
    case 'saveDraft': {
      const rest = doc.drafts.filter((d) => d.id !== cmd.draft.id);
      // The oldest drafts give way past the cap; the one being edited is always kept.
      const drafts = [cmd.draft, ...rest].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_DRAFTS);
      return { doc: { ...doc, drafts }, changed: true };
    }
    case 'discardDraft': {
      const drafts = doc.drafts.filter((d) => d.id !== cmd.id);
      return { doc: { ...doc, drafts }, changed: drafts.length !== doc.drafts.length };
    }
    case 'shared':
      return {
        doc: {
          ...doc,
          drafts: doc.drafts.filter((d) => d.id !== cmd.draftId),
          shared: [...doc.shared.filter((s) => s.id !== cmd.record.id), cmd.record],
        },
        changed: true,
      };
    case 'withdrawn': {
      const ids = new Set(cmd.ids);
      return {
        doc: {
          ...doc,
          shared: doc.shared.filter((s) => !ids.has(s.id)),
          withdrawn: [...new Set([...doc.withdrawn, ...cmd.ids])],
        },
        changed: cmd.ids.length > 0,
      };
    }
    case 'rated': {
      const { quarter, folder } = cmd.record;
      const rest = (doc.ratings ?? []).filter((r) => !(r.quarter === quarter && r.folder === folder));
      return { doc: { ...doc, ratings: [...rest, cmd.record] }, changed: true };
    }
  }
}

/** The draft already open for the same lesson, experiment or note, if any. */
export function findDraft(doc: TeamLocalDoc, source: ShareDraft['source']): ShareDraft | undefined {
  return doc.drafts.find((d) => sameDraftSource(d.source, source));
}

/**
 * What withdrawing `id` removes: the note, the older versions of it this user wrote (an edit supersedes the old
 * file), and this user's annotations on any of them. Only ids in `own` are ever included — never a teammate's file.
 */
export function withdrawal(
  id: string,
  notes: readonly TeamNote[],
  annotations: readonly TeamAnnotation[],
  own: ReadonlySet<string>,
): Set<string> {
  const chain = new Set(own.has(id) ? [id] : []);
  for (let grew = chain.size > 0; grew;) {
    grew = false;
    for (const n of notes)
      if (chain.has(n.id) && n.supersedes && own.has(n.supersedes) && !chain.has(n.supersedes)) {
        chain.add(n.supersedes);
        grew = true;
      }
  }
  for (const a of annotations) if (chain.has(a.note) && own.has(a.id)) chain.add(a.id);
  return chain;
}
