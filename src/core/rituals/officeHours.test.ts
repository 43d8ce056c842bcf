import { strict as assert } from 'node:assert';
import { addWeeks } from '../mentorship/calendarWeeks';
import type { ProjectPeak } from '../mentorship/spaceTeam';
import { teamKey } from '../mentorship/profile';
import { meetingOf, officeHoursIn, OfficeHoursPlan, officeHoursSlots, Slot } from './officeHours';

const names = (n: number) => Array.from({ length: n }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
const plan = (n: number, everyWeeks: 1 | 2 = 1): OfficeHoursPlan => ({
  teams: names(n),
  everyWeeks,
  start: '2026-W02',
});
const none = new Map<string, ProjectPeak[]>();
const key = (a: string, b: string) => [a, b].sort().join(' | ');
const slotsUntil = (p: OfficeHoursPlan, peaks: Map<string, ProjectPeak[]>, slots: number) => [
  ...officeHoursSlots(p, peaks, addWeeks(p.start, (slots - 1) * p.everyWeeks)),
];

/** Each team at most once a slot, never a team in a peak. */
function assertWellFormed(slot: Slot, teams: readonly string[]) {
  const seen = [...slot.meetings.flatMap((m) => m.teams), ...slot.resting, ...slot.idle];
  assert.deepEqual([...seen].sort(), [...teams].sort(), `${slot.week}: every team exactly once`);
}

describe('office hours rotation', () => {
  it('meets every pair of teams exactly once per cycle, for 2 to 40 teams (odd counts too)', () => {
    for (let n = 2; n <= 40; n++) {
      const p = plan(n);
      const rounds = n % 2 ? n : n - 1;
      const slots = slotsUntil(p, none, rounds * 2);
      assert.equal(slots.length, rounds * 2, `${n} teams`);
      for (const cycle of [1, 2]) {
        const inCycle = slots.filter((s) => s.cycle === cycle);
        assert.equal(inCycle.length, rounds, `${n} teams: a cycle is ${rounds} slots`);
        const pairs = inCycle.flatMap((s) => s.meetings.map((m) => key(...m.teams)));
        assert.equal(pairs.length, (n * (n - 1)) / 2, `${n} teams: every pair`);
        assert.equal(new Set(pairs).size, pairs.length, `${n} teams: no pair twice`);
        for (const s of inCycle) {
          assertWellFormed(s, p.teams);
          assert.equal(s.idle.length, n % 2, `${n} teams: one team without a partner only when the count is odd`);
        }
      }
      if (n % 2) {
        const idle = slots.filter((s) => s.cycle === 1).map((s) => s.idle[0]);
        assert.equal(new Set(idle).size, n, `${n} teams: each sits out once a cycle`);
      }
    }
  });

  it('is the same on every machine: the charter order, the week asked about and a second run change nothing', () => {
    const p = plan(9);
    const shuffled = { ...p, teams: [...p.teams].reverse() };
    const peaks = new Map([[teamKey('Team 03'), [{ label: 'release', from: '2026-01-19', until: '2026-01-30' }]]]);
    const a = slotsUntil(p, peaks, 30);
    assert.deepEqual(slotsUntil(shuffled, peaks, 30), a);
    assert.deepEqual(slotsUntil(p, peaks, 30), a);
    for (const upTo of [1, 5, 9, 13, 22])
      assert.deepEqual(slotsUntil(p, peaks, upTo), a.slice(0, upTo), `the first ${upTo} slots`);
    assert.deepEqual(officeHoursIn(p, peaks, a[12].week), a[12]);
  });

  it('every two weeks: slots fall on every other week from the start, none in between or before', () => {
    const p = plan(4, 2);
    const slots = slotsUntil(p, none, 3);
    assert.deepEqual(
      slots.map((s) => s.week),
      ['2026-W02', '2026-W04', '2026-W06'],
    );
    assert.equal(officeHoursIn(p, none, '2026-W03'), undefined);
    assert.equal(officeHoursIn(p, none, '2026-W01'), undefined);
    assert.deepEqual(officeHoursIn(p, none, '2026-W04'), slots[1]);
  });

  it('skips a team in a project peak that week and pairs it first afterwards; the cycle ends once its pairs met', () => {
    const p = plan(6);
    // A peak on the Friday of the third slot's week (2026-W04: 19–25 January) and the whole fourth.
    const peaks = new Map([[teamKey('TEAM 02'), [{ label: 'launch', from: '2026-01-23', until: '2026-02-01' }]]]);
    const slots = slotsUntil(p, peaks, 12);
    for (const s of slots) assertWellFormed(s, p.teams);
    assert.deepEqual(slots[2].resting, ['Team 02']);
    assert.deepEqual(slots[3].resting, ['Team 02']);
    assert.equal(meetingOf(slots[2], 'Team 02'), undefined);
    // Back in the fifth: Team 02 meets, first, and so does the team that lost its meeting.
    const back = meetingOf(slots[4], 'team 02');
    assert.ok(back, 'Team 02 has office hours the week after its peak');
    assert.equal(back.meeting.first, true);
    const lost = slots[2].idle[0];
    assert.ok(lost, 'the partner that week had none');
    assert.equal(meetingOf(slots[3], lost)?.meeting.first ?? meetingOf(slots[4], lost)?.meeting.first, true);
    // Every pair still meets once in the first cycle, which takes longer than 5 slots.
    const first = slots.filter((s) => s.cycle === 1);
    assert.ok(first.length > 5, `the cycle was ${first.length} slots`);
    const pairs = first.flatMap((s) => s.meetings.map((m) => key(...m.teams)));
    assert.equal(new Set(pairs).size, 15);
    assert.ok(
      slots.some((s) => s.cycle === 2),
      'and a second cycle begins',
    );
  });

  it('a team that rests every week never meets; the others keep meeting each other', () => {
    const p = plan(5);
    const peaks = new Map([[teamKey('Team 05'), [{ label: 'migration', until: '2027-12-31' }]]]);
    const slots = slotsUntil(p, peaks, 20);
    for (const s of slots) {
      assertWellFormed(s, p.teams);
      assert.deepEqual(s.resting, ['Team 05']);
    }
    const pairs = new Set(slots.flatMap((s) => s.meetings.map((m) => key(...m.teams))));
    assert.equal(pairs.size, 6, 'all 6 pairs of the other four');
  });

  it('a peak far in the past or the future changes nothing; weeks before the start and one team have no slots', () => {
    const p = plan(8);
    const far = new Map([[teamKey('Team 01'), [{ label: 'x', from: '2020-01-01', until: '2020-02-01' }]]]);
    assert.deepEqual(slotsUntil(p, far, 14), slotsUntil(p, none, 14));
    assert.deepEqual([...officeHoursSlots(p, none, '2025-W50')], []);
    assert.deepEqual([...officeHoursSlots({ ...p, teams: ['Solo'] }, none, '2026-W40')], []);
  });
});
