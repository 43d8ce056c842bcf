import { CharterRules } from './charter';
import { mondayOf } from './calendarWeeks';
import { MentorProfile, Role, teamKey } from './profile';
import { peaksByTeam, SpaceTeam, teamRestOn } from './spaceTeam';
import { topicKey } from './topics';

/**
 * Everything a round is drawn from, reduced to what the rules look at, sorted, with no dates left to interpret:
 * the round file carries it, so anyone can recompute the round (and its hash) on any machine in any time zone.
 */
export interface Participant {
  id: string;
  handle: string;
  team: string;
  roles: Role[];
  /** Topic keys (topicKey), in the owner's order. */
  offers: string[];
  wants: string[];
  /** Mentees at once, already within the charter's cap. */
  capacity: number;
  /** Whether they can be paired in this round, and if not, why. */
  availability: Availability;
}

export const AVAILABILITIES = ['active', 'paused', 'leaving', 'peak', 'coolingOff'] as const;
/** `peak` and `coolingOff` concern mentors only: a mentee in a busy team may need a mentor most. */
export type Availability = (typeof AVAILABILITIES)[number];

export interface PairingInputs {
  /** The ISO week the round starts. */
  round: string;
  rules: CharterRules;
  /** Sorted by id. */
  people: Participant[];
  /** `[mentor, mentee]` from the last `repeatAfterRounds` rounds: may not be paired again. */
  recentPairs: [string, string][];
  /** `[mentor, mentee]` from older rounds: may be paired, new pairs come first. */
  earlierPairs: [string, string][];
  /** Mentees left unmatched in the previous round: matched first this time. */
  waiting: string[];
}

/** What an earlier round contributes: its week, its pairs, its unmatched mentees. */
export interface RoundHistory {
  round: string;
  pairs: { mentor: string; mentee: string }[];
  unmatchedMentees: string[];
}

/** How many older rounds are remembered for "new pairs first": enough for years of rotation, bounded in size. */
export const EARLIER_ROUNDS_KEPT = 20;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const pairOrder = (a: [string, string], b: [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

function availabilityOf(
  p: MentorProfile,
  date: string,
  peaks: ReturnType<typeof peaksByTeam>,
  rules: CharterRules,
): Availability {
  if (p.status === 'leaving') return 'leaving';
  if (p.status === 'paused' && p.pausedUntil !== undefined && date < p.pausedUntil) return 'paused';
  if (!p.roles.includes('mentor')) return 'active';
  const rest = teamRestOn(peaks.get(teamKey(p.team)) ?? [], date, rules.coolingOffWeeks);
  return rest ? rest.kind : 'active';
}

/**
 * The inputs of the round starting in week `round`: profiles as participants (a duplicate id or handle keeps the
 * first by id), the teams' peaks as availabilities on the round's Monday, and earlier rounds (before `round`) as
 * pairs not to repeat and mentees who waited.
 */
export function pairingInputs(
  round: string,
  rules: CharterRules,
  profiles: readonly MentorProfile[],
  teams: readonly SpaceTeam[],
  history: readonly RoundHistory[],
): PairingInputs {
  const date = mondayOf(round);
  const peaks = peaksByTeam(teams);
  const people: Participant[] = [];
  const handles = new Set<string>();
  for (const p of [...profiles].sort(byId)) {
    const handle = p.handle.toLowerCase();
    if (people.length && people[people.length - 1].id === p.id) continue;
    if (handles.has(handle)) continue;
    handles.add(handle);
    people.push({
      id: p.id,
      handle: p.handle,
      team: teamKey(p.team),
      roles: [...p.roles],
      offers: p.roles.includes('mentor') ? p.offers.map(topicKey) : [],
      wants: p.roles.includes('mentee') ? p.wants.map(topicKey) : [],
      capacity: p.roles.includes('mentor') ? Math.min(p.capacity, rules.menteeCap) : 0,
      availability: availabilityOf(p, date, peaks, rules),
    });
  }
  const before = history.filter((h) => h.round < round).sort((a, b) => (a.round < b.round ? 1 : -1));
  const pairsOf = (hs: readonly RoundHistory[]) => {
    const seen = new Set<string>();
    const out: [string, string][] = [];
    for (const h of hs)
      for (const p of h.pairs) {
        const key = `${p.mentor} ${p.mentee}`;
        if (!seen.has(key)) out.push([p.mentor, p.mentee]);
        seen.add(key);
      }
    return out.sort(pairOrder);
  };
  const recent = before.slice(0, rules.repeatAfterRounds);
  const recentKeys = new Set(pairsOf(recent).map((p) => p.join(' ')));
  return {
    round,
    rules: { ...rules },
    people,
    recentPairs: pairsOf(recent),
    earlierPairs: pairsOf(before.slice(rules.repeatAfterRounds, rules.repeatAfterRounds + EARLIER_ROUNDS_KEPT)).filter(
      (p) => !recentKeys.has(p.join(' ')),
    ),
    waiting: [...(before[0]?.unmatchedMentees ?? [])].sort(),
  };
}

/** The inputs as one canonical text (keys in a fixed order): what the round's hash is taken of. */
export function canonicalInputs(inputs: PairingInputs): string {
  const r = inputs.rules;
  return JSON.stringify([
    inputs.round,
    [r.cadenceWeeks, r.rotationWeeks, r.menteeCap, r.coolingOffWeeks, r.repeatAfterRounds, r.minGroup],
    inputs.people.map((p) => [p.id, p.handle, p.team, p.roles, p.offers, p.wants, p.capacity, p.availability]),
    inputs.recentPairs,
    inputs.earlierPairs,
    inputs.waiting,
  ]);
}
