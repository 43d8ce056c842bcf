// edmonds-blossom ships no types; the reference brings them to every project that reaches this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../mentorship/edmondsBlossom.d.ts" />
import maxWeightMatching from 'edmonds-blossom';
import { addDays, addWeeks, mondayOf, weeksBetween } from '../mentorship/calendarWeeks';
import { teamKey } from '../mentorship/profile';
import type { OfficeHoursRules } from '../mentorship/charter';
import type { ProjectPeak } from '../mentorship/spaceTeam';

/**
 * Rotating office hours between teams, computed the same way on every machine from the charter and the teams' peaks:
 * in each slot every team meets one other team, and every pair of teams meets once per cycle (a round-robin, the
 * circle method). A team in a project peak that week is skipped; the teams that went without a meeting are paired
 * first afterwards, and a cycle ends only once the pairs it missed have met.
 */
/** The charter's office hours: the teams (distinct by team key), weekly or every two weeks, the first slot's week. */
export type OfficeHoursPlan = Pick<OfficeHoursRules, 'everyWeeks' | 'start'> & { teams: readonly string[] };

export interface Meeting {
  /** The two teams, in the order of the plan's sorted list. */
  teams: [string, string];
  /** Whether at least one of them went without a meeting in the slot before (skipped, or no partner). */
  first: boolean;
}

export interface Slot {
  week: string;
  /** 1-based: which cycle of the round-robin this slot belongs to. */
  cycle: number;
  meetings: Meeting[];
  /** Teams skipped because a project peak covers a day of the week. */
  resting: string[];
  /** Teams available but without a partner this slot (an odd count, or no pair left in the cycle). */
  idle: string[];
}

/** The most slots looked at from the start (ten years weekly); later weeks are not scheduled. */
export const MAX_SLOTS = 520;

const CURRENT = 1_000_000;
const AHEAD = 100_000;
const PER_SLOT_WAITED = 1_000;
const MAX_WAITED = 50;
const PLANNED = 1;

const pairId = (a: number, b: number) => (a < b ? a * 1024 + b : b * 1024 + a);

/** The circle method: round `r` of a round-robin over `n` (even) positions, as pairs of positions. */
function circleRound(n: number, r: number): [number, number][] {
  const order = [0, ...Array.from({ length: n - 1 }, (_, i) => 1 + ((i + r) % (n - 1)))];
  return Array.from({ length: n / 2 }, (_, i) => [order[i], order[n - 1 - i]] as [number, number]);
}

/** Whether a peak covers any day of the week starting on `monday`. */
function restsIn(peaks: readonly ProjectPeak[], monday: string): boolean {
  const sunday = addDays(monday, 6);
  return peaks.some((p) => (p.from === undefined || p.from <= sunday) && p.until >= monday);
}

/**
 * Every slot from the plan's start through `untilWeek`, in order. `peaks` is keyed by team key (peaksByTeam).
 * A cycle that starts clean and meets no peak is the round-robin as planned, taken whole without matching.
 */
export function* officeHoursSlots(
  plan: OfficeHoursPlan,
  peaks: ReadonlyMap<string, readonly ProjectPeak[]>,
  untilWeek: string,
): Generator<Slot> {
  const teams = [...plan.teams].sort((a, b) => (teamKey(a) < teamKey(b) ? -1 : teamKey(a) > teamKey(b) ? 1 : 0));
  const n = teams.length;
  if (n < 2) return;
  const positions = n % 2 ? n + 1 : n; // an odd count gets a stand-in: whoever meets it has no office hours
  const rounds = positions - 1;
  const allPairs = (n * (n - 1)) / 2;
  const teamPeaks = teams.map((t) => peaks.get(teamKey(t)) ?? []);
  const last = Math.min(Math.floor(weeksBetween(plan.start, untilWeek) / plan.everyWeeks), MAX_SLOTS - 1);
  let met = new Set<number>();
  let ahead = new Set<number>();
  let played = 0; // slots in this cycle
  let cycle = 1;
  const waited = new Array<number>(n).fill(0);
  const slotWeek = (i: number) => addWeeks(plan.start, i * plan.everyWeeks);

  for (let i = 0; i <= last; i++) {
    const week = slotWeek(i);
    // A cycle that starts clean and meets no peak is the round-robin as planned. Whether one is taken whole never
    // depends on `untilWeek`: every question about the schedule sees the same history.
    if (played === 0 && met.size === 0 && ahead.size === 0) {
      const weeks = Array.from({ length: rounds }, (_, r) => mondayOf(slotWeek(i + r)));
      if (!teamPeaks.some((p) => weeks.some((m) => restsIn(p, m)))) {
        for (let r = 0; r < rounds && i + r <= last; r++)
          yield plannedSlot(teams, positions, r, slotWeek(i + r), cycle, waited);
        i += rounds - 1;
        cycle += 1;
        continue;
      }
    }
    const monday = mondayOf(week);
    const available = teams.map((_, t) => !restsIn(teamPeaks[t], monday));
    const planned = new Set(
      played < rounds
        ? circleRound(positions, played)
            .filter(([a, b]) => a < n && b < n)
            .map(([a, b]) => pairId(a, b))
        : [],
    );
    const edges: [number, number, number][] = [];
    for (let a = 0; a < n; a++) {
      if (!available[a]) continue;
      for (let b = a + 1; b < n; b++) {
        if (!available[b]) continue;
        const id = pairId(a, b);
        const tier = !met.has(id) ? CURRENT : !ahead.has(id) ? AHEAD : 0;
        if (!tier) continue;
        const wait = Math.min(waited[a], MAX_WAITED) + Math.min(waited[b], MAX_WAITED);
        edges.push([a, b, tier + wait * PER_SLOT_WAITED + (planned.has(id) ? PLANNED : 0)]);
      }
    }
    const mate = edges.length ? maxWeightMatching(edges) : [];
    const meetings: Meeting[] = [];
    const idle: string[] = [];
    const resting: string[] = [];
    for (let a = 0; a < n; a++) {
      const b = mate[a] ?? -1;
      if (!available[a]) resting.push(teams[a]);
      else if (b < 0) idle.push(teams[a]);
      else if (a < b) {
        meetings.push({ teams: [teams[a], teams[b]], first: waited[a] > 0 || waited[b] > 0 });
        const id = pairId(a, b);
        if (!met.has(id)) met.add(id);
        else ahead.add(id);
      }
    }
    for (let t = 0; t < n; t++) waited[t] = (mate[t] ?? -1) >= 0 ? 0 : waited[t] + 1;
    yield { week, cycle, meetings, resting, idle };
    played += 1;
    if (met.size === allPairs) {
      met = ahead;
      ahead = new Set();
      played = 0;
      cycle += 1;
    }
  }
}

function plannedSlot(
  teams: readonly string[],
  positions: number,
  r: number,
  week: string,
  cycle: number,
  waited: number[],
): Slot {
  const n = teams.length;
  const meetings: Meeting[] = [];
  const idle: string[] = [];
  const matched = new Array<boolean>(n).fill(false);
  for (const [a, b] of circleRound(positions, r)) {
    if (a < n && b < n) {
      const [x, y] = a < b ? [a, b] : [b, a];
      meetings.push({ teams: [teams[x], teams[y]], first: waited[x] > 0 || waited[y] > 0 });
      matched[a] = matched[b] = true;
    }
  }
  meetings.sort((m1, m2) => teams.indexOf(m1.teams[0]) - teams.indexOf(m2.teams[0]));
  for (let t = 0; t < n; t++) {
    if (!matched[t]) idle.push(teams[t]);
    waited[t] = matched[t] ? 0 : waited[t] + 1;
  }
  return { week, cycle, meetings, resting: [], idle };
}

/** The slot held in `week`, if office hours meet that week. */
export function officeHoursIn(
  plan: OfficeHoursPlan,
  peaks: ReadonlyMap<string, readonly ProjectPeak[]>,
  week: string,
): Slot | undefined {
  const since = weeksBetween(plan.start, week);
  if (since < 0 || since % plan.everyWeeks !== 0) return undefined;
  let found: Slot | undefined;
  for (const slot of officeHoursSlots(plan, peaks, week)) found = slot;
  return found?.week === week ? found : undefined;
}

/** The meeting a team has in a slot, and the other team. */
export function meetingOf(slot: Slot, team: string): { meeting: Meeting; other: string } | undefined {
  const key = teamKey(team);
  for (const m of slot.meetings) {
    if (teamKey(m.teams[0]) === key) return { meeting: m, other: m.teams[1] };
    if (teamKey(m.teams[1]) === key) return { meeting: m, other: m.teams[0] };
  }
  return undefined;
}
