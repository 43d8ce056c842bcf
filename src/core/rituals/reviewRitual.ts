// The review meeting's material, walked in order on the review page: last quarter's actions, the ratings (see
// reviewResults.ts), what the team tried this quarter, one experiment proposed per red dimension, the actions agreed
// and the closing vote — kept only as the review may show it.
import { addDays, mondayOf } from '../mentorship/calendarWeeks';
import type { TemplateId } from '../experiments/experimentTemplates';
import type { Dimension } from '../team/teamRating';
import { MAX_VOTES, TeamReview, Vote, VOTE_FLOOR, VOTES, WorthVote } from '../team/teamReview';
import type { TeamNote } from '../team/teamNote';
import type { ReviewResults } from './reviewResults';
import { quarterOf } from './quarters';
import { safeRow } from './reviewResults';

/**
 * The experiment the review proposes for a dimension at least the minimum group rated red: the template that works
 * on it most directly. Safety has no template; the host words a custom experiment for it.
 */
export const PROPOSAL: Record<Dimension, TemplateId> = {
  pace: 'hardStop',
  wip: 'limitWip',
  meetings: 'noMeetingMornings',
  fairness: 'limitWip',
  priorities: 'reprioritise',
  safety: 'custom',
};

export function proposals(results: ReviewResults): { dimension: Dimension; template: TemplateId }[] {
  return results.enough
    ? results.dimensions
        .filter((d) => d.concern)
        .map((d) => ({ dimension: d.dimension, template: PROPOSAL[d.dimension] }))
    : [];
}

/** The reviews saved for `quarter`: more than one only when two were saved apart before a pull; ordered by id. */
export function reviewsOf(reviews: readonly TeamReview[], quarter: string): TeamReview[] {
  return reviews.filter((r) => r.quarter === quarter).sort((a, b) => a.id.localeCompare(b.id));
}

/** The actions of the quarter's reviews, joined: each line once, in the order first met. */
export function actionsOf(reviews: readonly TeamReview[], quarter: string): string[] {
  return [...new Set(reviewsOf(reviews, quarter).flatMap((r) => r.actions))];
}

/** An ISO week's quarter: the quarter its Thursday falls in (as the week's year is its Thursday's). */
export const quarterOfWeek = (week: string): string => quarterOf(addDays(mondayOf(week), 3));

/** What the team shared about the quarter: its experiment reports and micro-lessons, newest week first. */
export function quarterNotes(notes: readonly TeamNote[], quarter: string): TeamNote[] {
  return notes
    .filter((n) => (n.kind === 'experimentReport' || n.kind === 'lesson') && quarterOfWeek(n.week) === quarter)
    .sort((a, b) => (a.week === b.week ? a.id.localeCompare(b.id) : a.week < b.week ? 1 : -1));
}

export type VoteCounts = Record<Vote, number>;

/** Counts typed into the page: whole numbers from 0 to MAX_VOTES each. */
export function voteCountsProblem(counts: Record<string, unknown>): string | undefined {
  for (const v of VOTES) {
    const n = counts[v];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_VOTES)
      return `the count of ${v} is not a whole number from 0 to ${MAX_VOTES}`;
  }
  return undefined;
}

/**
 * The vote as it is saved: only what the review may show of it with minimum group `k` (never below VOTE_FLOOR).
 * Undefined when fewer than k voted — nothing of it is kept.
 */
export function safeVote(counts: VoteCounts, k: number): WorthVote | undefined {
  const row = safeRow(VOTES, counts, Math.max(k, VOTE_FLOOR));
  if (row.few) return undefined;
  if (row.withheld) return { total: row.total, shown: [] };
  return { total: row.total, shown: row.shown, ...(row.merged ? { merged: row.merged } : {}) };
}
