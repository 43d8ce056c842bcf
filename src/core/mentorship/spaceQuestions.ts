// Questions for mentors in other teams: team-note files of kind "question" in the space, with the topic as a tag.
// A mentor sees under "For you" the ones on topics they offer; nothing says who asked (git says who pushed).
import { questionDraft } from '../team/draftSources';
import type { ShareDraft } from '../team/shareDraft';
import type { TeamNote } from '../team/teamNote';
import { topicKey } from './topics';

/** The space's questions on topics in `offers`, newest week first. */
export function questionsFor(notes: readonly TeamNote[], offers: readonly string[]): TeamNote[] {
  const keys = new Set(offers.map(topicKey));
  return notes
    .filter((n) => n.kind === 'question' && n.tags.some((t) => keys.has(topicKey(t))))
    .sort((a, b) => (a.week === b.week ? a.id.localeCompare(b.id) : a.week < b.week ? 1 : -1));
}

/** The draft of a question for other teams: its text, and its topic as the one tag (the anonymizer reads both). */
export function spaceQuestionDraft(id: string, week: string, now: number, topic: string, text: string): ShareDraft {
  return { ...questionDraft(id, week, now), fields: { question: text }, tags: topic };
}
