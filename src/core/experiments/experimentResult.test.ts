import assert from 'node:assert/strict';
import { parseStartRequest, applyExperiment, ExperimentsDoc } from './experiments';
import { experimentResult } from './experimentResult';
import { emptyHistory } from '../types';

// TZ=Europe/Berlin in the unit run. A two-week hard-stop experiment from Monday 2 Nov 2026, concluded on 16 Nov.
const at = (iso: string) => new Date(iso).getTime();
const day = (d: number, time: string) =>
  at(`2026-${d <= 0 ? '10' : '11'}-${String(d <= 0 ? 31 + d : d).padStart(2, '0')}T${time}`);

describe('experiment result on seeded history', () => {
  it('compares the 14 days before with the days during, per metric, with adherence per day', () => {
    const h = emptyHistory();
    // Baseline, 19 Oct – 1 Nov: every weekday a late session and a stress-4 check-in; focus 100 min.
    for (let d = -12; d <= 1; d++) {
      const date = new Date(day(d, '12:00'));
      if (date.getDay() === 0 || date.getDay() === 6) continue;
      h.sessions.push({
        id: `b${d}`,
        intent: '',
        startedAt: day(d, '17:00'),
        endedAt: day(d, '18:40'),
        plannedMs: 0,
        focusMs: 100 * 60_000,
        outcome: 'completed',
        interruptions: 0,
        pastEndOfDay: true,
      });
      h.checkins.push({ id: `bc${d}`, at: day(d, '18:45'), energy: 2, stress: 4, focus: 3, fairness: 3 });
    }
    // During, 2–15 Nov: weekdays; stopped on time on 8 of 10 days; stress 2 on 8 days and 5 on 2; focus 95 min (within 10 %: about the same).
    const weekdays = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13];
    weekdays.forEach((d, i) => {
      const late = i >= 8;
      h.sessions.push({
        id: `d${d}`,
        intent: '',
        startedAt: day(d, '15:00'),
        endedAt: day(d, '16:35'),
        plannedMs: 0,
        focusMs: 95 * 60_000,
        outcome: 'completed',
        interruptions: 0,
        pastEndOfDay: late,
      });
      h.checkins.push({ id: `dc${d}`, at: day(d, '16:35'), energy: 4, stress: late ? 5 : 2, focus: 3, fairness: 3 });
    });
    const req = parseStartRequest({ template: 'hardStop', hypothesis: 'Evenings back', weeks: 2 });
    assert.ok(req.ok);
    const doc: ExperimentsDoc = applyExperiment(
      { experiments: [] },
      { type: 'start', request: req.value },
      { now: day(2, '08:00'), newId: () => 'x' },
    ).doc;
    const r = experimentResult(h, doc.experiments[0], day(16, '09:00'));
    assert.equal(r.baseline.from, day(-12, '00:00'));
    assert.equal(r.baseline.to, day(2, '00:00'));
    const byMetric = Object.fromEntries(r.metrics.map((m) => [m.metric, m]));
    // Expected figures worked out by hand from the seed above.
    assert.deepEqual(
      ['energy', 'stress', 'focusMinutes'].map((m) => {
        const c = byMetric[m];
        return [m, c.before, c.during, c.direction, c.confidence, c.beforeDays, c.duringDays];
      }),
      [
        ['energy', 2, 4, 'higher', 'consistent', 10, 10],
        ['stress', 4, 2, 'lower', 'consistent', 10, 10],
        ['focusMinutes', 100, 95, 'same', 'consistent', 10, 10],
      ],
    );
    assert.deepEqual([r.kept, r.judged], [8, 10]);
    // Weekends are gaps, not days that failed.
    assert.equal(r.adherence.filter((a) => a.kept === undefined).length, 5);
  });
});
