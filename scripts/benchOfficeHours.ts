// The office hours' schedule at organisation scale, in plain Node: 40 teams over ten years of weekly slots, with and
// without peaks. The schedule is computed from the charter's start on every read (nothing is stored), so the cost of
// reading the view in year ten is the whole computation.
import type { OfficeHoursRules } from '../src/core/mentorship/charter';
import { addWeeks } from '../src/core/mentorship/calendarWeeks';
import { teamKey } from '../src/core/mentorship/profile';
import type { ProjectPeak } from '../src/core/mentorship/spaceTeam';
import { officeHoursSlots } from '../src/core/rituals/officeHours';
import { median, ms } from './benchHost';
import type { Row } from './benchInsights';

const START = '2026-W02';
const YEARS = 10;

/** Each team two peaks a year of one to three weeks, at seeded times. */
function peaks(teams: string[], seed = 11): Map<string, ProjectPeak[]> {
  let s = seed;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  /** The day `plus` days after the Monday of the `week`th week from the start. */
  const day = (week: number, plus = 0) =>
    new Date(Date.UTC(2026, 0, 5) + (week * 7 + plus) * 86_400_000).toISOString().slice(0, 10);
  const out = new Map<string, ProjectPeak[]>();
  for (const t of teams) {
    const list: ProjectPeak[] = [];
    for (let year = 0; year < YEARS; year++)
      for (let k = 0; k < 2; k++) {
        const from = year * 52 + k * 26 + Math.floor(rnd() * 20);
        const weeks = 1 + Math.floor(rnd() * 3);
        list.push({ label: 'release', from: day(from), until: day(from + weeks - 1, 4) });
      }
    out.set(teamKey(t), list);
  }
  return out;
}

export function officeHoursFigures(row: Row): void {
  const teams = Array.from({ length: 40 }, (_, i) => `team ${i + 1}`);
  const plan: OfficeHoursRules = { teams, everyWeeks: 1, start: START };
  const until = addWeeks(START, YEARS * 52 - 1);
  for (const [label, byTeam, target] of [
    ['no peaks', new Map<string, ProjectPeak[]>(), '≤ 50 ms'],
    ['two peaks a year per team', peaks(teams), '≤ 500 ms'],
  ] as const) {
    const times: number[] = [];
    let slots = 0;
    let meetings = 0;
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      slots = 0;
      meetings = 0;
      for (const slot of officeHoursSlots(plan, byTeam, until)) {
        slots++;
        meetings += slot.meetings.length;
      }
      times.push(performance.now() - t);
    }
    row(
      `office hours, 40 teams, weekly for ${YEARS} years, ${label}: every slot from the start (median of 5; ${slots} slots, ${meetings} meetings)`,
      ms(median(times)),
      target,
    );
  }
}
