import { TemplateId } from '../experiments/experimentTemplates';
import { TeamAnnotation } from './teamAnnotation';
import { Direction, NOTE_TEXT_FIELDS, NoteKind, TeamNote } from './teamNote';

/** A note as read from the team folder, with where it came from (relative to the folder's host). */
export interface LoadedNote {
  note: TeamNote;
  path: string;
}

export interface LoadedAnnotation {
  annotation: TeamAnnotation;
  path: string;
}

/** What the team view shows: notes newest week first, their annotations, and what was left out and why. */
export interface Board {
  notes: LoadedNote[];
  annotations: Map<string, LoadedAnnotation[]>;
  hidden: { superseded: number; withdrawn: number; orphans: number };
  /** Notes that say they replace another note not added by their author: both are shown, these are marked. */
  unverifiedReplacements: Set<string>;
}

/** Whether `newer` and `older` were added by the same person (see TeamService: git author, this user, pseudonym). */
export type SameAuthor = (newer: LoadedNote, older: LoadedNote) => boolean;

/**
 * Assembles the loaded files: a note replaced by a newer version (`supersedes`) is hidden while the replacement is
 * there — only when the same person added both (`sameAuthor`); a note naming someone else's note is shown beside it
 * and marked, so no one can hide a teammate's advice. Notes this user withdrew stay hidden even when a stale branch
 * brings the file back; annotations of notes that are not shown (orphans) are hidden.
 */
export function buildBoard(
  notes: readonly LoadedNote[],
  annotations: readonly LoadedAnnotation[],
  withdrawn: ReadonlySet<string>,
  sameAuthor: SameAuthor = () => false,
): Board {
  const present = notes.filter((n) => !withdrawn.has(n.note.id));
  const byId = new Map(present.map((n) => [n.note.id, n]));
  const superseded = new Set<string>();
  const unverifiedReplacements = new Set<string>();
  const replacements: LoadedNote[] = [];
  for (const n of present) {
    const older = n.note.supersedes ? byId.get(n.note.supersedes) : undefined;
    if (!older) continue;
    if (sameAuthor(n, older)) {
      superseded.add(older.note.id);
      replacements.push(n);
    } else unverifiedReplacements.add(n.note.id);
  }
  const shown = present
    .filter((n) => !superseded.has(n.note.id))
    .sort((a, b) =>
      a.note.week === b.note.week ? a.note.id.localeCompare(b.note.id) : a.note.week < b.note.week ? 1 : -1,
    );
  const ids = new Set(shown.map((n) => n.note.id));
  // Advice on an older version follows the note to its newest version.
  const newer = new Map<string, string>();
  for (const n of replacements) newer.set(n.note.supersedes as string, n.note.id);
  const head = (id: string) => {
    for (let i = 0; i < 50 && !ids.has(id) && newer.has(id); i++) id = newer.get(id) as string;
    return id;
  };
  const byNote = new Map<string, LoadedAnnotation[]>();
  let orphans = 0;
  for (const a of annotations) {
    const note = head(a.annotation.note);
    if (!ids.has(note) || withdrawn.has(a.annotation.id)) {
      orphans += ids.has(note) ? 0 : 1;
      continue;
    }
    const list = byNote.get(note) ?? [];
    list.push(a);
    byNote.set(note, list);
  }
  for (const list of byNote.values())
    list.sort((a, b) => a.annotation.week.localeCompare(b.annotation.week) || a.path.localeCompare(b.path));
  return {
    notes: shown,
    annotations: byNote,
    hidden: { superseded: present.length - shown.length, withdrawn: notes.length - present.length, orphans },
    unverifiedReplacements,
  };
}

export interface NoteFilter {
  /** Words that must all appear (in the text, the tags or the template's name), in any case or accent. */
  query?: string;
  kind?: NoteKind;
  template?: TemplateId;
  /** At least one outcome went this way. */
  outcome?: Direction;
}

/** Lowercase, accents and compatibility forms folded, so "Café" finds "cafe" and "ｗｉｐ" finds "wip". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded text a note is searched in; `templateName` gives the template's name in the user's language. */
export function searchText(note: TeamNote, templateName: (id: TemplateId) => string): string {
  const parts: string[] = [...note.tags];
  for (const f of NOTE_TEXT_FIELDS) if (note.text[f]) parts.push(note.text[f] as string);
  if (note.template) parts.push(note.template, templateName(note.template));
  if (note.team) parts.push(note.team);
  return foldForSearch(parts.join('\n'));
}

/** The notes that pass the filter, in the order given. `text` returns a note's search text (cached by the caller). */
export function filterNotes<T extends { note: TeamNote }>(
  notes: readonly T[],
  filter: NoteFilter,
  text: (entry: T) => string,
): T[] {
  // Tags are shown as "#boundaries": typing them that way finds them.
  const words = foldForSearch(filter.query ?? '')
    .split(/\s+/)
    .map((w) => w.replace(/^#+/, ''))
    .filter((w) => w !== '');
  return notes.filter(
    (entry) =>
      (!filter.kind || entry.note.kind === filter.kind) &&
      (!filter.template || entry.note.template === filter.template) &&
      (!filter.outcome || Object.values(entry.note.outcomes ?? {}).includes(filter.outcome)) &&
      (words.length === 0 || words.every((w) => text(entry).includes(w))),
  );
}
