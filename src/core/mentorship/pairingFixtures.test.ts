import { DEFAULT_RULES, CharterRules } from './charter';
import { Availability, Participant, PairingInputs } from './pairingInputs';

// Builders for the pairing tests: people by short names, turned into UUIDs so the ids sort as the names do.

/** A UUIDv4-shaped id whose order follows `n`. */
export function uid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export interface PersonSpec {
  team: string;
  mentor?: string[];
  mentee?: string[];
  capacity?: number;
  availability?: Availability;
}

export function people(specs: PersonSpec[]): Participant[] {
  return specs.map((s, i) => ({
    id: uid(i + 1),
    handle: `p${i + 1}`,
    team: s.team,
    roles: [...(s.mentor ? ['mentor' as const] : []), ...(s.mentee ? ['mentee' as const] : [])],
    offers: s.mentor ?? [],
    wants: s.mentee ?? [],
    capacity: s.mentor ? (s.capacity ?? 1) : 0,
    availability: s.availability ?? 'active',
  }));
}

export function inputs(
  ps: Participant[],
  extra: Partial<PairingInputs> = {},
  rules: Partial<CharterRules> = {},
): PairingInputs {
  return {
    round: '2026-W49',
    rules: { ...DEFAULT_RULES, ...rules },
    people: ps,
    recentPairs: [],
    earlierPairs: [],
    waiting: [],
    ...extra,
  };
}

/** A small seeded generator (mulberry32): the property tests are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
