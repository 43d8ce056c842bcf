// The retrospective across the teams of the mentorship space: ratings in the space's `.pacewise/ratings/`, each with
// its rater's team key, and each team's results only from the minimum group (core/rituals/retroResults.ts); the
// meeting's review saved in the space's `.pacewise/reviews/`.
import * as crypto from 'node:crypto';
import { addQuarters } from '../../core/rituals/quarters';
import { retroResults, RetroResults, spaceTeamNames } from '../../core/rituals/retroResults';
import { teamKey } from '../../core/mentorship/profile';
import { Rating, serializeRating } from '../../core/team/teamRating';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { TeamFolder, Unreadable } from '../team/teamFolder';
import type { TeamService, TeamState } from '../team/teamService';
import { RATINGS_DIR, replaceOwnRating, ReviewService } from './reviewService';
import { proposals, VoteCounts } from '../../core/rituals/reviewRitual';
import type { TeamReview } from '../../core/team/teamReview';
import type { Dimension } from '../../core/team/teamRating';
import type { TemplateId } from '../../core/experiments/experimentTemplates';
import { draftReview, savedMeeting, SavedMeeting, saveReview } from './meetingRecord';

export interface RetroNow {
  state: TeamState;
  results: RetroResults;
  unreadable: Unreadable[];
  /** This user's rating of the quarter in the space, and the team it is for (as the space spells it). */
  mine?: { path: string; team: string };
}

/** What the retrospective's meeting walks through (its page and Markdown export), saved in the space. */
export interface RetroMeeting extends RetroNow, SavedMeeting {
  /** One experiment per dimension a team's minimum group rated red, teams alphabetical. */
  proposals: { team: string; dimension: Dimension; template: TemplateId }[];
}

/** A team key as the space spells the team (the key itself for a team the space no longer names). */
const nameOf = (results: RetroResults, key: string) => results.teams.find((t) => t.key === key)?.name ?? key;

export class RetroService {
  constructor(
    private readonly space: () => TeamService,
    private readonly mentorship: MentorshipService,
    private readonly review: ReviewService,
  ) {}

  /** The team review's quarter: both are rated at the same time of year. */
  get quarter(): string {
    return this.review.window().quarter;
  }

  /** The space's teams as it spells them (empty until the space is read). */
  teams(): string[] {
    const s = this.mentorship.state;
    return s.kind === 'ready' ? spaceTeamNames(s.space) : [];
  }

  /** This user's team as their profile in the space says. */
  ownTeam(): string | undefined {
    return this.mentorship.own()?.team;
  }

  now(): RetroNow {
    const space = this.space();
    const quarter = this.quarter;
    const { all, own } = space.ratings;
    const results = retroResults(
      all.map((r) => r.rating),
      this.teams(),
      quarter,
      addQuarters(quarter, -1),
      this.review.minGroup(),
    );
    const unreadable = space.problems.unreadable.filter((u) => u.path.startsWith(RATINGS_DIR));
    const mineOwn = own.find((r) => r.quarter === quarter);
    const mine = mineOwn && all.find((a) => a.rating.id === mineOwn.id);
    return {
      state: space.state,
      results,
      unreadable,
      ...(mine?.rating.team ? { mine: { path: mine.path, team: nameOf(results, mine.rating.team) } } : {}),
    };
  }

  meeting(): RetroMeeting {
    const now = this.now();
    return {
      ...now,
      ...savedMeeting(this.space(), this.quarter),
      proposals: now.results.teams.flatMap((t) =>
        t.results ? proposals(t.results).map((p) => ({ team: t.name, ...p })) : [],
      ),
    };
  }

  /** The retrospective's review as it would be saved in the space (meetingRecord.ts's draftReview). */
  draftReview(actions: readonly string[], votes: VoteCounts): Promise<{ review: TeamReview; redacted: number }> {
    return draftReview(this.space(), this.quarter, this.review.minGroup(), actions, votes);
  }

  saveReview(review: TeamReview): Promise<{ path: string; replaced: number; left: string[] }> {
    return saveReview(this.space(), review);
  }

  /**
   * Writes this user's rating for `team` into the space as a new file, then deletes their earlier one of the quarter
   * there; `left` names an earlier file that could not be deleted.
   */
  async rate(team: string, ratings: Rating['ratings']): Promise<{ path: string; replaced?: string; left?: string }> {
    const space = this.space();
    const host = space.hostFolder;
    if (space.state !== 'ready' || !host) throw new Error('the mentorship space is not open');
    const key = teamKey(team);
    if (!this.teams().some((t) => teamKey(t) === key)) throw new Error(`the space does not know the team ${team}`);
    const rating: Rating = { id: crypto.randomUUID(), quarter: this.quarter, team: key, ratings };
    const path = `${RATINGS_DIR}/${rating.id}.json`;
    const folder = new TeamFolder(host);
    await folder.write(path, serializeRating(rating), space.place.readme);
    const previous = space.ratings.own.find((r) => r.quarter === rating.quarter);
    const left = await replaceOwnRating(space, folder, rating, path, previous);
    return { path, ...(previous ? { replaced: previous.path } : {}), ...(left ? { left } : {}) };
  }
}
