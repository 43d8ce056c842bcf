import assert from 'node:assert/strict';
import { CheckinRecord } from '../focus/checkins';
import { chooseBaseline, compareMetric, MIN_DAYS } from './comparison';
import { dayFacts, localDays, median } from '../dayMetrics';
import { adherence, TEMPLATE_IDS, TEMPLATES } from './experimentTemplates';
import { emptyHistory, HistoryAppend, InterruptionRecord, SessionRecord } from '../types';

// TZ=Europe/Berlin in the unit run: 2026-10-25 is the 25-hour day when summer time ends.
const at = (iso: string) => new Date(iso).getTime();
let n = 0;
const session = (start: string, minutes: number, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `s${++n}`,
  intent: '',
  startedAt: at(start),
  endedAt: at(start) + minutes * 60_000,
  plannedMs: 25 * 60_000,
  focusMs: minutes * 60_000,
  outcome: 'completed',
  interruptions: 0,
  pastEndOfDay: false,
  ...extra,
});
const checkin = (when: string, stress: number, energy = 3): CheckinRecord => ({
  id: `c${++n}`,
  at: at(when),
  energy,
  stress,
  focus: 3,
  fairness: 3,
});
const interruption = (when: string, kind: InterruptionRecord['kind']): InterruptionRecord => ({
  id: `i${++n}`,
  at: at(when),
  kind,
});

describe('day facts, baselines and honest comparisons', () => {
  it('local days across the end of summer time: seven days, one of them 25 hours', () => {
    const days = localDays(at('2026-10-21T00:00'), at('2026-10-28T00:00'));
    assert.equal(days.length, 7);
    const hours = days.map((d, i) => ((days[i + 1] ?? at('2026-10-28T00:00')) - d) / 3_600_000);
    assert.deepEqual(hours, [24, 24, 24, 24, 25, 24, 24]);
  });

  it('a day without records is a gap, not a zero; a day without check-ins has no check-in values', () => {
    const h = emptyHistory();
    h.sessions.push(
      session('2026-10-24T09:00', 25),
      session('2026-10-24T13:00', 20, { outcome: 'stopped' }),
      session('2026-10-24T15:00', 5, { outcome: 'discarded' }),
    );
    h.checkins.push(checkin('2026-10-25T23:30', 4), checkin('2026-10-25T10:00', 2));
    h.interruptions.push(interruption('2026-10-24T10:00', 'meeting'), interruption('2026-10-24T14:00', 'message'));
    const days = dayFacts(h, at('2026-10-23T00:00'), at('2026-10-27T00:00'));
    assert.deepEqual(
      days.map((d) => [d.day, d.values]),
      [
        ['2026-10-23', {}],
        ['2026-10-24', { focusMinutes: 45, interruptions: 2 }],
        // 23:30 on the 25-hour day is still that day.
        ['2026-10-25', { focusMinutes: 0, interruptions: 0, energy: 3, stress: 3, focusQuality: 3, fairness: 3 }],
        ['2026-10-26', {}],
      ],
    );
    assert.equal(days[1].sessionsBeforeNoon, 1);
    assert.equal(days[1].meetingsBeforeNoon, 1);
    assert.equal(days[1].messages, 1);
  });

  it('medians of odd and even lists', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
  });

  it('the baseline is the equal-length period before the start, or the last 14 days when they hold more data', () => {
    const h = emptyHistory();
    // Data on 6 days 8–13 days before a start on 1 Dec; none in the 7 days just before it.
    for (const day of [18, 19, 20, 21, 22, 23]) h.sessions.push(session(`2026-11-${day}T09:00`, 25));
    const start = at('2026-12-01T10:00');
    const chosen = chooseBaseline(h, start, 7);
    assert.equal(chosen.kind, 'last14Days');
    assert.equal(chosen.from, at('2026-11-17T00:00'));
    assert.equal(chosen.to, at('2026-12-01T00:00'));
    // When all data lies in the equal-length period (a tie), it is the baseline.
    const recentOnly = emptyHistory();
    for (const day of [24, 25, 26, 27, 28, 29]) recentOnly.sessions.push(session(`2026-11-${day}T09:00`, 25));
    const equal = chooseBaseline(recentOnly, start, 7);
    assert.equal(equal.kind, 'equalLength');
    assert.equal(equal.from, at('2026-11-24T00:00'));
    assert.equal(equal.days.length, 7);
    // A three-week experiment looks back three weeks when that holds more than the last 14 days.
    h.sessions.push(session('2026-11-12T09:00', 25));
    const long = chooseBaseline(h, start, 21);
    assert.deepEqual([long.kind, long.from, long.days.length], ['equalLength', at('2026-11-10T00:00'), 21]);
  });

  function weeks(before: (d: number) => number | undefined, during: (d: number) => number | undefined) {
    const h: HistoryAppend = emptyHistory();
    for (let d = 1; d <= 14; d++) {
      const b = before(d);
      if (b !== undefined) h.checkins.push(checkin(`2026-11-${String(d).padStart(2, '0')}T17:00`, b));
      const x = during(d);
      if (x !== undefined) h.checkins.push(checkin(`2026-11-${String(d + 14).padStart(2, '0')}T17:00`, x));
    }
    return [
      dayFacts(h, at('2026-11-01T00:00'), at('2026-11-15T00:00')),
      dayFacts(h, at('2026-11-15T00:00'), at('2026-11-29T00:00')),
    ];
  }

  it('four check-ins are too few to tell: medians shown, no direction claimed', () => {
    const [b, d] = weeks(
      (day) => (day <= 10 ? 4 : undefined),
      (day) => (day <= 4 ? 2 : undefined),
    );
    const c = compareMetric('stress', b, d);
    assert.deepEqual(
      { before: c.before, during: c.during, change: c.change, n: c.duringDays, conf: c.confidence, dir: c.direction },
      { before: 4, during: 2, change: -2, n: 4, conf: 'tooFew', dir: undefined },
    );
    assert.ok(4 < MIN_DAYS);
  });

  it('a drop on most days is consistent; a drop carried by a few days is mixed', () => {
    // Before: stress 4 every day of two weeks. During: 2 on 12 of 14 days, 5 on two.
    const [b, d] = weeks(
      () => 4,
      (day) => (day <= 12 ? 2 : 5),
    );
    const c = compareMetric('stress', b, d);
    assert.deepEqual(
      [c.before, c.during, c.direction, c.confidence, c.agreeingDays],
      [4, 2, 'lower', 'consistent', 12],
    );
    // During: 2 on 8 days, 5 on 6 days → median 2, but only 8/14 days lower.
    const [b2, d2] = weeks(
      () => 4,
      (day) => (day <= 8 ? 2 : 5),
    );
    const m = compareMetric('stress', b2, d2);
    assert.deepEqual([m.during, m.direction, m.confidence, m.agreeingDays], [2, 'lower', 'mixed', 8]);
  });

  it('small changes are "about the same"; days without data are left out, not counted as zeros', () => {
    const [b, d] = weeks(
      (day) => (day % 2 ? 3 : undefined),
      (day) => (day % 2 ? 3 : undefined),
    );
    const c = compareMetric('stress', b, d);
    assert.deepEqual([c.beforeDays, c.duringDays, c.direction, c.confidence], [7, 7, 'same', 'consistent']);
    const none = compareMetric('energy', [], d);
    assert.deepEqual([none.before, none.change, none.confidence], [undefined, undefined, 'tooFew']);
  });

  it('adherence per template is judged per day; days without data and rules without a daily check stay open', () => {
    const h = emptyHistory();
    h.sessions.push(
      session('2026-11-23T09:00', 25),
      session('2026-11-23T10:00', 25),
      session('2026-11-24T09:00', 25),
      session('2026-11-24T19:00', 25, { pastEndOfDay: true }),
    );
    h.breaks.push({
      id: 'b',
      long: false,
      startedAt: at('2026-11-24T09:30'),
      endedAt: 0,
      plannedMs: 0,
      outcome: 'skipped',
    });
    h.interruptions.push(
      interruption('2026-11-24T11:00', 'meeting'),
      ...[1, 2, 3].map((i) => interruption(`2026-11-23T1${i}:30`, 'message')),
    );
    const days = dayFacts(h, at('2026-11-23T00:00'), at('2026-11-26T00:00'));
    const ctx = { wipMaxByDay: { '2026-11-23': 2, '2026-11-24': 3 }, wipLimit: 2 };
    const kept = (id: (typeof TEMPLATE_IDS)[number]) => adherence(id, days, ctx).days.map((d) => d.kept);
    assert.deepEqual(kept('limitWip'), [true, false, undefined]);
    assert.deepEqual(kept('focusBlocks'), [true, false, undefined]);
    assert.deepEqual(kept('noMeetingMornings'), [true, false, undefined]);
    assert.deepEqual(kept('hardStop'), [true, false, undefined]);
    assert.deepEqual(kept('breakDiscipline'), [true, false, undefined]);
    assert.deepEqual(kept('batchMessages'), [false, true, undefined]);
    assert.deepEqual(kept('reprioritise'), [undefined, undefined, undefined]);
    assert.deepEqual(adherence('limitWip', days, ctx), {
      days: [
        { day: '2026-11-23', kept: true },
        { day: '2026-11-24', kept: false },
        { day: '2026-11-25', kept: undefined },
      ],
      kept: 1,
      judged: 2,
    });
    for (const id of TEMPLATE_IDS) assert.equal(TEMPLATES[id].id, id);
    // The day under way is not judged, even where it would already fail the rule.
    assert.deepEqual(adherence('limitWip', days, ctx, '2026-11-24'), {
      days: [
        { day: '2026-11-23', kept: true },
        { day: '2026-11-24', kept: undefined },
        { day: '2026-11-25', kept: undefined },
      ],
      kept: 1,
      judged: 1,
    });
  });
});
