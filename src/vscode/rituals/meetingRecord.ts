// What a review meeting keeps in a notes place — the team folder (the team's quarterly review) or the mentorship space
// (the retrospective across teams): review files in `.pacewise/reviews/`, one per quarter, the actions through the
// anonymizer and the vote only as the review may show it; and what the place shared that quarter.
import { addQuarters } from '../../core/rituals/quarters';
import { redact } from '../../core/team/anonymizer';
import { serializeReview, TeamReview, WorthVote } from '../../core/team/teamReview';
import type { TeamNote } from '../../core/team/teamNote';
import { actionsOf, quarterNotes, reviewsOf, safeVote, VoteCounts } from '../../core/rituals/reviewRitual';
import { LoadedReview, TEAM_DIR, TeamFolder, Unreadable } from '../team/teamFolder';
import type { TeamService } from '../team/teamService';

export const REVIEWS_DIR = `${TEAM_DIR}/reviews`;

export interface SavedMeeting {
  /** What last quarter's review agreed. */
  lastActions: string[];
  /** What this quarter's review agreed so far (saved), and its vote. */
  agreed: string[];
  worth?: WorthVote;
  /** The quarter's experiment reports and micro-lessons in the place. */
  tried: TeamNote[];
  /** Review files that could not be read. */
  reviewUnreadable: Unreadable[];
  /** The saved reviews of the quarter, by path: changes when one is saved or arrives. */
  savedKey: string;
}

export function savedMeeting(place: TeamService, quarter: string): SavedMeeting {
  const reviews = place.reviews.map((r) => r.review);
  const worth = savedWorth(place.reviews, quarter);
  return {
    lastActions: actionsOf(reviews, addQuarters(quarter, -1)),
    agreed: actionsOf(reviews, quarter),
    ...(worth ? { worth } : {}),
    tried: quarterNotes(
      place.board.notes.map((n) => n.note),
      quarter,
    ),
    reviewUnreadable: place.problems.unreadable.filter((u) => u.path.startsWith(REVIEWS_DIR)),
    savedKey: place.reviews
      .filter((r) => r.review.quarter === quarter)
      .map((r) => r.path)
      .sort()
      .join(),
  };
}

/** The place's service with its host folder; nothing is written before the place is read. */
export function openPlace(place: TeamService) {
  const host = place.hostFolder;
  if (place.state !== 'ready' || !host) throw new Error('the folder is not open');
  return host;
}

/**
 * The review as it would be saved: the actions through the anonymizer (names and addresses the place's git knows,
 * emails, links …), the vote as the review may show it with minimum group `k` — or, when no one's hands were counted,
 * the vote saved before. `redacted` counts the actions the anonymizer changed.
 */
export async function draftReview(
  place: TeamService,
  quarter: string,
  k: number,
  actions: readonly string[],
  votes: VoteCounts,
): Promise<{ review: TeamReview; redacted: number }> {
  openPlace(place);
  const known = await place.knownIdentifiers();
  const cleaned = actions.map((a) => a.trim()).filter(Boolean);
  const lines = cleaned.map((a) => redact(a, known).trim());
  const counted = votes.yes + votes.partly + votes.no > 0;
  const worth = counted ? safeVote(votes, k) : savedWorth(place.reviews, quarter);
  return {
    review: { id: crypto.randomUUID(), quarter, actions: [...new Set(lines)], ...(worth ? { worth } : {}) },
    redacted: lines.filter((l, i) => l !== cleaned[i]).length,
  };
}

/** Writes the review as a new file, then deletes the quarter's earlier ones (their actions were on the page). */
export async function saveReview(
  place: TeamService,
  review: TeamReview,
): Promise<{ path: string; replaced: number; left: string[] }> {
  const folder = new TeamFolder(openPlace(place));
  const path = `${REVIEWS_DIR}/${review.id}.json`;
  const earlier = place.reviews.filter((r) => r.review.quarter === review.quarter);
  await folder.write(path, serializeReview(review), place.place.readme);
  const left: string[] = [];
  for (const r of earlier) await folder.delete(r.path).catch(() => left.push(r.path));
  await place.load();
  return { path, replaced: earlier.length - left.length, left };
}

/** The vote the quarter's saved reviews keep (the first that has one, by id). */
const savedWorth = (saved: readonly LoadedReview[], quarter: string) =>
  reviewsOf(
    saved.map((r) => r.review),
    quarter,
  ).find((r) => r.worth)?.worth;
