// The retrospective across the teams of a mentorship space: each team's quarterly review results, from the ratings
// in the space that carry its team key — and only for a team with at least the minimum group of ratings. Nothing is
// added up across teams: a total over all teams minus the teams shown would give away a team that is not.
import type { Rating } from '../team/teamRating';
import { teamKey } from '../mentorship/profile';
import type { Space } from '../mentorship/space';
import { reviewResults, ReviewResults } from './reviewResults';

export interface RetroTeam {
  /** The team's name as the space writes it (the charter, a profile or a team file). */
  name: string;
  key: string;
  /** Present only when the team has at least the minimum group of ratings this quarter. */
  results?: ReviewResults;
}

export interface RetroResults {
  quarter: string;
  minGroup: number;
  /** Every team the space knows, alphabetical; never ranked. */
  teams: RetroTeam[];
  /** Ratings whose team the space does not know, or that carry no team: counted nowhere. */
  unmatched: number;
}

/**
 * `teams` are the names the space knows (in any case or accent; one entry per team key). A team's results follow
 * reviewResults' rule (every number from at least `k` ratings, changes since last quarter likewise).
 */
export function retroResults(
  ratings: readonly Rating[],
  teams: readonly string[],
  quarter: string,
  previous: string,
  k: number,
): RetroResults {
  const names = new Map<string, string>();
  for (const name of teams) {
    const key = teamKey(name);
    if (key && !names.has(key)) names.set(key, name.trim());
  }
  const byTeam = new Map<string, Rating[]>();
  let unmatched = 0;
  for (const r of ratings) {
    if (r.quarter !== quarter && r.quarter !== previous) continue;
    if (r.team === undefined || !names.has(r.team)) {
      if (r.quarter === quarter) unmatched++;
      continue;
    }
    byTeam.set(r.team, [...(byTeam.get(r.team) ?? []), r]);
  }
  const out: RetroTeam[] = [...names].map(([key, name]) => {
    const results = reviewResults(byTeam.get(key) ?? [], quarter, previous, k);
    return { name, key, ...(results.enough ? { results } : {}) };
  });
  out.sort((a, b) => a.key.localeCompare(b.key) || a.name.localeCompare(b.name));
  return { quarter, minGroup: k, teams: out, unmatched };
}

/** The teams a space knows: the charter's office hours, the participants' profiles and the teams' own files. */
export function spaceTeamNames(space: Space): string[] {
  const officeHours = space.charter?.ok ? space.charter.charter.officeHours : undefined;
  return [
    ...(officeHours?.ok ? officeHours.rules.teams : []),
    ...space.profiles.map((p) => p.team),
    ...space.teams.map((t) => t.name),
  ];
}
