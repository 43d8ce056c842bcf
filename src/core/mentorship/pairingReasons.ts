import type { Participant, PairingInputs } from './pairingInputs';

/** The same two people, whichever mentored whom. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

export interface Pair {
  mentor: string;
  mentee: string;
  /** The shared topics, the mentee's order; the first is the pair's topic. */
  topics: string[];
  why: PairWhy;
}

/** Why this pair: what the rules saw. Worded by whoever shows it (the file keeps an English line too). */
export interface PairWhy {
  /** The mentee had no mentor last round. */
  waited: boolean;
  /** Mentors who fit the mentee as well or better but could not be theirs, counted by why. */
  passedOver: Partial<Record<PassedOver, number>>;
}

export const PASSED_OVER = ['peak', 'coolingOff', 'paused', 'leaving', 'recent', 'full'] as const;
export type PassedOver = (typeof PASSED_OVER)[number];

export const UNMATCHED_REASONS = [
  'paused',
  'leaving',
  'peak',
  'coolingOff',
  'noTopic',
  'allUnavailable',
  'allRecent',
  'placesTaken',
  'noMentee',
  'notNeeded',
] as const;
/**
 * `noTopic`: nobody outside one's team offers (or, for a mentor, wants) one's topics; `allUnavailable`: those who do
 * rest or pause; `allRecent`: those available were paired with them lately; `placesTaken`: their places went to
 * mentees who waited or fit better; `notNeeded`: the mentees who wanted a mentor's topics were paired with others.
 */
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

export interface Unmatched {
  id: string;
  role: 'mentor' | 'mentee';
  reason: UnmatchedReason;
}

/** Topic fit between people, from sets built once (a round compares every mentee with every mentor). */
export class TopicFit {
  private readonly offers = new Map<string, ReadonlySet<string>>();
  constructor(people: readonly Participant[]) {
    for (const p of people) this.offers.set(p.id, new Set(p.offers));
  }
  /** The mentee's topics the mentor offers, in the mentee's order. */
  shared(mentee: Participant, mentor: Participant): string[] {
    const offered = this.offers.get(mentor.id)!;
    return mentee.wants.filter((t) => offered.has(t));
  }
  count(mentee: Participant, mentor: Participant): number {
    const offered = this.offers.get(mentor.id)!;
    let n = 0;
    for (const t of mentee.wants) if (offered.has(t)) n++;
    return n;
  }
}

/**
 * Fills in each pair's `passedOver` (mentors who fit its mentee as well or better and why they were not theirs) and
 * says why everyone else stays unmatched. Both only explain: the matching has already been made.
 */
export function explainPairs(
  inputs: PairingInputs,
  pairs: Pair[],
  fit: TopicFit,
  recent: ReadonlySet<string>,
): Unmatched[] {
  const byId = new Map(inputs.people.map((p) => [p.id, p]));
  const mentors = inputs.people.filter((p) => p.roles.includes('mentor'));
  const activeMentees = inputs.people.filter((p) => p.roles.includes('mentee') && p.availability === 'active');
  const menteesOf = new Map<string, number>();
  for (const p of pairs) menteesOf.set(p.mentor, (menteesOf.get(p.mentor) ?? 0) + 1);
  const cannotTake = (m: Participant, mentee: Participant): PassedOver | undefined =>
    m.availability !== 'active'
      ? m.availability
      : recent.has(pairKey(m.id, mentee.id))
        ? 'recent'
        : (menteesOf.get(m.id) ?? 0) >= m.capacity
          ? 'full'
          : undefined;
  const fitting = (mentee: Participant) =>
    mentors.filter((m) => m.id !== mentee.id && m.team !== mentee.team && fit.count(mentee, m) > 0);

  for (const pair of pairs) {
    const mentee = byId.get(pair.mentee)!;
    for (const m of fitting(mentee)) {
      if (m.id === pair.mentor || fit.count(mentee, m) < pair.topics.length) continue;
      const why = cannotTake(m, mentee);
      if (why) pair.why.passedOver[why] = (pair.why.passedOver[why] ?? 0) + 1;
    }
  }

  const paired = new Set(pairs.map((p) => p.mentee));
  const mentoring = new Set(pairs.map((p) => p.mentor));
  const out: Unmatched[] = [];
  for (const p of inputs.people) {
    if (p.roles.includes('mentor') && !mentoring.has(p.id)) {
      const wanted = activeMentees.some((e) => e.team !== p.team && e.id !== p.id && fit.count(e, p) > 0);
      out.push({
        id: p.id,
        role: 'mentor',
        reason: p.availability !== 'active' ? p.availability : wanted ? 'notNeeded' : 'noMentee',
      });
    }
    if (p.roles.includes('mentee') && !paired.has(p.id)) {
      let reason: UnmatchedReason;
      if (p.availability !== 'active') reason = p.availability as 'paused' | 'leaving';
      else {
        const candidates = fitting(p);
        const available = candidates.filter((m) => m.availability === 'active');
        reason = !candidates.length
          ? 'noTopic'
          : !available.length
            ? 'allUnavailable'
            : available.every((m) => recent.has(pairKey(m.id, p.id)))
              ? 'allRecent'
              : 'placesTaken';
      }
      out.push({ id: p.id, role: 'mentee', reason });
    }
  }
  return out;
}
