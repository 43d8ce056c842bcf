import type { TeamNote } from '../team/teamNote';

const MAX_TITLE = 120;

/** A lesson's title for the knowledge base: its own title, else the first line of what to keep or tell. */
export function lessonTitle(note: TeamNote): string {
  const t = note.text;
  const text = (t.title ?? t.keep ?? t.tell ?? t.tried ?? t.changed ?? 'Micro-lesson').split('\n')[0].trim();
  return Array.from(text).length > MAX_TITLE
    ? `${Array.from(text)
        .slice(0, MAX_TITLE - 1)
        .join('')}…`
    : text;
}
