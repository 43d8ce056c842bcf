// The pacing challenge a team brings to office hours, and the micro-lesson drafted after them. Only what the team
// already shared goes in: the experiments teammates tried (their templates, not who or how often), and the user's
// own lessons and questions in their own words. The user edits it all in the share preview; the anonymizer runs.
import { addWeeks, weeksBetween } from '../mentorship/calendarWeeks';
import { teamKey } from '../mentorship/profile';
import type { TemplateId } from '../experiments/experimentTemplates';
import type { ShareDraft } from '../team/shareDraft';
import type { TeamNote } from '../team/teamNote';

/** Weeks before the meeting whose shared notes the challenge is drafted from. */
export const CHALLENGE_LOOKBACK_WEEKS = 6;
const MAX_OWN = 5;

export interface ChallengeMaterial {
  /** Experiment templates the team's notes tried lately, each once, in the order first met (newest first). */
  templates: TemplateId[];
  /** The user's own lessons and experiment reports of those weeks, newest first. */
  ownLessons: TeamNote[];
  /** The user's own questions of those weeks, newest first. */
  ownQuestions: TeamNote[];
}

/** What a challenge for the meeting in `week` is drafted from: the team's notes of the weeks before it. */
export function challengeMaterial(
  notes: readonly TeamNote[],
  own: ReadonlySet<string>,
  week: string,
): ChallengeMaterial {
  const since = addWeeks(week, -CHALLENGE_LOOKBACK_WEEKS);
  const recent = notes
    .filter((n) => weeksBetween(since, n.week) >= 0 && weeksBetween(n.week, week) >= 0)
    .sort((a, b) => (a.week === b.week ? a.id.localeCompare(b.id) : a.week < b.week ? 1 : -1));
  const templates: TemplateId[] = [];
  for (const n of recent)
    if (n.template && n.template !== 'custom' && !templates.includes(n.template)) templates.push(n.template);
  const mine = recent.filter((n) => own.has(n.id));
  return {
    templates,
    ownLessons: mine.filter((n) => n.kind === 'lesson' || n.kind === 'experimentReport').slice(0, MAX_OWN),
    ownQuestions: mine.filter((n) => n.kind === 'question').slice(0, MAX_OWN),
  };
}

/** The pacing challenges written for one meeting: the team's own, and the other team's. */
export function challengesOf(
  notes: readonly TeamNote[],
  week: string,
  team: string,
  other: string,
): { ours: TeamNote[]; theirs: TeamNote[] } {
  const of = (from: string, to: string) =>
    notes.filter(
      (n) =>
        n.kind === 'challenge' &&
        n.week === week &&
        teamKey(n.team ?? '') === teamKey(from) &&
        teamKey(n.with ?? '') === teamKey(to),
    );
  return { ours: of(team, other), theirs: of(other, team) };
}

/**
 * A micro-lesson for other teams after office hours: what the team brought (its challenge) as what was tried, the
 * other team's challenge as context to tell from, and the team named (the user may clear it in the preview).
 */
export function officeHoursLessonDraft(
  id: string,
  meeting: { week: string; team: string; with: string },
  words: { title: string; tried: string; tell: string },
  now: number,
): ShareDraft {
  return {
    id,
    source: { kind: 'afterOfficeHours', week: meeting.week, with: meeting.with },
    kind: 'lesson',
    week: meeting.week,
    fields: { title: words.title, tried: words.tried, tell: words.tell, team: meeting.team },
    tags: 'office hours',
    kept: [],
    linkPseudonym: false,
    target: 'space',
    revision: 0,
    updatedAt: now,
  };
}
