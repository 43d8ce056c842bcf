import { anonymize, joinSegments, KnownIdentifiers, RedactionKind } from './anonymizer';
import type { ExperimentsDoc } from '../experiments/experiments';
import type { JournalDoc, LessonDraft } from '../reflection/journal';

/** What the anonymizer replaced in a summary, by kind. */
export type Replaced = Partial<Record<RedactionKind, number>>;

/**
 * The user's own words in a period summary — lesson texts and tags, experiment titles and hypotheses — through the
 * same anonymizer as a shared note, before the summary is built; what was replaced is counted for the summary to say.
 */
export function anonymizeSummarySources(
  journal: JournalDoc,
  experiments: ExperimentsDoc,
  known: KnownIdentifiers,
): { journal: JournalDoc; experiments: ExperimentsDoc; replaced: Replaced } {
  const replaced: Replaced = {};
  const clean = (text: string) => {
    const segments = anonymize(text, known);
    for (const s of segments) if ('kind' in s) replaced[s.kind] = (replaced[s.kind] ?? 0) + 1;
    return joinSegments(segments);
  };
  const lesson = (l: LessonDraft): LessonDraft => ({
    ...l,
    tried: clean(l.tried),
    changed: clean(l.changed),
    keep: clean(l.keep),
    tell: clean(l.tell),
    tags: l.tags.map(clean),
  });
  return {
    journal: { ...journal, lessons: journal.lessons.map(lesson) },
    experiments: {
      ...experiments,
      experiments: experiments.experiments.map((e) => ({
        ...e,
        hypothesis: clean(e.hypothesis),
        ...(e.title === undefined ? {} : { title: clean(e.title) }),
      })),
    },
    replaced,
  };
}
