// The quarterly pacing review of the user's team: its ratings in the team folder's `.pacewise/ratings/`, what the
// review may show of them (src/core/rituals/reviewResults.ts), and writing this user's own rating — a new file each
// time, the same quarter's earlier one deleted, so one person is one rating per quarter from this machine.
import { usableCharter } from '../../core/mentorship/space';
import { MIN_GROUP_FLOOR } from '../../core/mentorship/charter';
import { addQuarters, reviewWindow } from '../../core/rituals/quarters';
import { ratingCode } from '../../core/team/ratingCode';
import { Rating, serializeRating } from '../../core/team/teamRating';
import { reviewResults, ReviewResults } from '../../core/rituals/reviewResults';
import type { OwnRating } from '../../core/team/teamLocal';
import { redact } from '../../core/team/anonymizer';
import { serializeReview, TeamReview, WorthVote } from '../../core/team/teamReview';
import type { TeamNote } from '../../core/team/teamNote';
import type { TemplateId } from '../../core/experiments/experimentTemplates';
import type { Dimension } from '../../core/team/teamRating';
import { actionsOf, proposals, quarterNotes, reviewsOf, safeVote, VoteCounts } from '../../core/rituals/reviewRitual';
import type { MentorshipService } from '../mentorship/mentorshipService';
import type { SettingsReader } from '../settingsReader';
import { LoadedReview, TEAM_DIR, TeamFolder, Unreadable } from '../team/teamFolder';
import type { TeamService, TeamState } from '../team/teamService';

export const RATINGS_DIR = `${TEAM_DIR}/ratings`;
export const REVIEWS_DIR = `${TEAM_DIR}/reviews`;

export interface ReviewNow {
  /** The team folder's state: ratings are read and written only in a trusted workspace with a folder. */
  state: TeamState;
  window: ReturnType<typeof reviewWindow>;
  results: ReviewResults;
  /** This user's rating for the window's quarter, if they wrote one from this machine. */
  mine?: OwnRating;
  /** Rating files that could not be read: listed, counted nowhere. */
  unreadable: Unreadable[];
}

/** What the review meeting walks through (the review page and its Markdown export). */
export interface ReviewMeeting extends ReviewNow {
  /** What last quarter's review agreed. */
  lastActions: string[];
  /** What this quarter's review agreed so far (saved), and its vote. */
  agreed: string[];
  worth?: WorthVote;
  /** The quarter's experiment reports and micro-lessons in the team folder. */
  tried: TeamNote[];
  proposals: { dimension: Dimension; template: TemplateId }[];
  /** Review files that could not be read. */
  reviewUnreadable: Unreadable[];
  /** The saved reviews of the quarter, by path: changes when one is saved or arrives. */
  savedKey: string;
}

export class ReviewService {
  constructor(
    private readonly team: () => TeamService,
    private readonly settings: SettingsReader,
    private readonly mentorship: MentorshipService,
  ) {}

  /** The charter's minimum group when a space is connected and its charter usable; never below five. */
  minGroup(): number {
    const s = this.mentorship.state;
    if (s.kind !== 'ready') return MIN_GROUP_FLOOR;
    const c = usableCharter(s.space);
    return c.ok ? Math.max(MIN_GROUP_FLOOR, c.charter.rules.minGroup) : MIN_GROUP_FLOOR;
  }

  /** The quarter a rating or review made today is for, and whether the review is offered now. */
  window() {
    return reviewWindow(this.mentorship.today(), this.settings.settings.reviewOfferDays);
  }

  now(): ReviewNow {
    const team = this.team();
    const window = this.window();
    const { all, own } = team.ratings;
    const results = reviewResults(
      all.map((r) => r.rating).filter((r) => r.team === undefined),
      window.quarter,
      addQuarters(window.quarter, -1),
      this.minGroup(),
    );
    const unreadable = team.problems.unreadable.filter((u) => u.path.startsWith(RATINGS_DIR));
    const mine = own.find((r) => r.quarter === window.quarter && all.some((a) => a.rating.id === r.id));
    return { state: team.state, window, results, unreadable, ...(mine ? { mine } : {}) };
  }

  meeting(): ReviewMeeting {
    const now = this.now();
    const team = this.team();
    const quarter = now.window.quarter;
    const reviews = team.reviews.map((r) => r.review);
    const saved = team.reviews.filter((r) => r.review.quarter === quarter);
    const worth = savedWorth(team.reviews, quarter);
    return {
      ...now,
      lastActions: actionsOf(reviews, addQuarters(quarter, -1)),
      agreed: actionsOf(reviews, quarter),
      ...(worth ? { worth } : {}),
      tried: quarterNotes(
        team.board.notes.map((n) => n.note),
        quarter,
      ),
      proposals: proposals(now.results),
      reviewUnreadable: team.problems.unreadable.filter((u) => u.path.startsWith(REVIEWS_DIR)),
      savedKey: saved
        .map((r) => r.path)
        .sort()
        .join(),
    };
  }

  /**
   * The review as it would be saved: the actions through the anonymizer (names and addresses the folder's git
   * knows, emails, links …), the vote as the review may show it — or, when no one's hands were counted, the vote
   * saved before. `redacted` counts the actions the anonymizer changed.
   */
  async draftReview(actions: readonly string[], votes: VoteCounts): Promise<{ review: TeamReview; redacted: number }> {
    const { team } = this.openTeam();
    const known = await team.knownIdentifiers();
    const cleaned = actions.map((a) => a.trim()).filter(Boolean);
    const lines = cleaned.map((a) => redact(a, known).trim());
    const quarter = this.window().quarter;
    const counted = votes.yes + votes.partly + votes.no > 0;
    const worth = counted ? safeVote(votes, this.minGroup()) : savedWorth(team.reviews, quarter);
    return {
      review: { id: crypto.randomUUID(), quarter, actions: [...new Set(lines)], ...(worth ? { worth } : {}) },
      redacted: lines.filter((l, i) => l !== cleaned[i]).length,
    };
  }

  /** Writes the review as a new file, then deletes the quarter's earlier ones (their actions were on the page). */
  async saveReview(review: TeamReview): Promise<{ path: string; replaced: number; left: string[] }> {
    const { team, host } = this.openTeam();
    const folder = new TeamFolder(host);
    const path = `${REVIEWS_DIR}/${review.id}.json`;
    const earlier = team.reviews.filter((r) => r.review.quarter === review.quarter);
    await folder.write(path, serializeReview(review), team.place.readme);
    const left: string[] = [];
    for (const r of earlier) await folder.delete(r.path).catch(() => left.push(r.path));
    await team.load();
    return { path, replaced: earlier.length - left.length, left };
  }

  /**
   * Writes this user's rating for the window's quarter as a new file, then deletes their earlier one of the same
   * quarter; `left` names an earlier file that could not be deleted (the user is told to remove it).
   */
  async rate(ratings: Rating['ratings']): Promise<{ path: string; replaced?: string; left?: string }> {
    const { team, host, rating, path, previous } = this.newRating(ratings);
    const folder = new TeamFolder(host);
    await folder.write(path, serializeRating(rating), team.place.readme);
    const left = await this.replace(folder, rating, path, previous);
    return { path, ...(previous ? { replaced: previous.path } : {}), ...(left ? { left } : {}) };
  }

  /**
   * This user's rating as a code for the person who collects the team's ratings (their commit, not this user's,
   * then shows in git). Nothing is written; this user's earlier file of the quarter is deleted as when rating again,
   * and the code's file — once the collector's commit brings it — is known here as this user's.
   */
  async handIn(ratings: Rating['ratings']): Promise<{ code: string; replaced?: string; left?: string }> {
    const { rating, path, previous, host } = this.newRating(ratings);
    const left = await this.replace(new TeamFolder(host), rating, path, previous);
    return { code: ratingCode(rating), ...(previous ? { replaced: previous.path } : {}), ...(left ? { left } : {}) };
  }

  /** Writes the handed-in ratings the folder does not hold yet (by id); returns the paths written. */
  async addHandedIn(ratings: readonly Rating[]): Promise<{ written: string[]; already: number }> {
    const { team, host } = this.openTeam();
    const have = new Set(team.ratings.all.map((r) => r.rating.id));
    const fresh = ratings.filter((r) => !have.has(r.id));
    const folder = new TeamFolder(host);
    const written: string[] = [];
    try {
      for (const r of fresh) {
        const path = `${RATINGS_DIR}/${r.id}.json`;
        await folder.write(path, serializeRating(r), team.place.readme);
        written.push(path);
      }
    } finally {
      await team.load();
    }
    return { written, already: ratings.length - fresh.length };
  }

  /** The team service with its host folder; ratings are written only once the folder is read. */
  private openTeam() {
    const team = this.team();
    const host = team.hostFolder;
    if (team.state !== 'ready' || !host) throw new Error('the team folder is not open');
    return { team, host };
  }

  private newRating(ratings: Rating['ratings']) {
    const { team, host } = this.openTeam();
    const quarter = this.window().quarter;
    const rating: Rating = { id: crypto.randomUUID(), quarter, ratings };
    const previous = team.ratings.own.find((r) => r.quarter === quarter);
    return { team, host, rating, path: `${RATINGS_DIR}/${rating.id}.json`, previous };
  }

  /** Remembers `rating` as this user's and deletes their earlier file of the quarter; returns it if it stayed. */
  private replace(folder: TeamFolder, rating: Rating, path: string, previous: OwnRating | undefined) {
    return replaceOwnRating(this.team(), folder, rating, path, previous);
  }
}

/**
 * Remembers `rating` (written at `path`, or handed in) as this user's in the folder of `team` — the team folder or the
 * space — and deletes their earlier file of the quarter there; returns that file's path if it could not be deleted.
 */
export async function replaceOwnRating(
  team: TeamService,
  folder: TeamFolder,
  rating: Rating,
  path: string,
  previous: OwnRating | undefined,
): Promise<string | undefined> {
  await team.rated({ id: rating.id, quarter: rating.quarter, path, folder: folder.host.uri.toString() });
  let left: string | undefined;
  if (previous) await folder.delete(previous.path).catch(() => (left = previous.path));
  await team.load();
  return left;
}

/** The vote the quarter's saved reviews keep (the first that has one, by id). */
const savedWorth = (saved: readonly LoadedReview[], quarter: string) =>
  reviewsOf(
    saved.map((r) => r.review),
    quarter,
  ).find((r) => r.worth)?.worth;
