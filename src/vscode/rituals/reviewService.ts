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
import type { MentorshipService } from '../mentorship/mentorshipService';
import type { SettingsReader } from '../settingsReader';
import { TEAM_DIR, TeamFolder, Unreadable } from '../team/teamFolder';
import type { TeamService, TeamState } from '../team/teamService';

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

  now(): ReviewNow {
    const team = this.team();
    const window = reviewWindow(this.mentorship.today(), this.settings.settings.reviewOfferDays);
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
    const quarter = reviewWindow(this.mentorship.today(), this.settings.settings.reviewOfferDays).quarter;
    const rating: Rating = { id: crypto.randomUUID(), quarter, ratings };
    const previous = team.ratings.own.find((r) => r.quarter === quarter);
    return { team, host, rating, path: `${RATINGS_DIR}/${rating.id}.json`, previous };
  }

  /** Remembers `rating` as this user's and deletes their earlier file of the quarter; returns it if it stayed. */
  private async replace(folder: TeamFolder, rating: Rating, path: string, previous: OwnRating | undefined) {
    const team = this.team();
    await team.rated({ id: rating.id, quarter: rating.quarter, path, folder: folder.host.uri.toString() });
    let left: string | undefined;
    if (previous) await folder.delete(previous.path).catch(() => (left = previous.path));
    await team.load();
    return left;
  }
}
