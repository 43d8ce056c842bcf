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
import type { TeamReview } from '../../core/team/teamReview';
import type { TemplateId } from '../../core/experiments/experimentTemplates';
import type { Dimension } from '../../core/team/teamRating';
import { proposals, VoteCounts } from '../../core/rituals/reviewRitual';
import type { MentorshipService } from '../mentorship/mentorshipService';
import type { SettingsReader } from '../settingsReader';
import { TEAM_DIR, TeamFolder, Unreadable } from '../team/teamFolder';
import type { TeamService, TeamState } from '../team/teamService';
import { draftReview, openPlace, savedMeeting, SavedMeeting, saveReview } from './meetingRecord';

export const RATINGS_DIR = `${TEAM_DIR}/ratings`;

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
export interface ReviewMeeting extends ReviewNow, SavedMeeting {
  proposals: { dimension: Dimension; template: TemplateId }[];
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
    return { ...now, ...savedMeeting(this.team(), now.window.quarter), proposals: proposals(now.results) };
  }

  /** The review as it would be saved (meetingRecord.ts's draftReview), for the window's quarter. */
  draftReview(actions: readonly string[], votes: VoteCounts): Promise<{ review: TeamReview; redacted: number }> {
    return draftReview(this.team(), this.window().quarter, this.minGroup(), actions, votes);
  }

  saveReview(review: TeamReview): Promise<{ path: string; replaced: number; left: string[] }> {
    return saveReview(this.team(), review);
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
    return { team, host: openPlace(team) };
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
