import assert from 'node:assert/strict';
import { brk, checkin, history, interruption, session } from '../../../test/fixtures/records';
import { insightDays } from './insightDays';
import { bucketize, computeInsights, leadTimes, percentile, rangeBounds, recentFocus } from './insights';
import { emptyHistory } from '../types';
import { WipDoc } from '../wip/wip';

// Unit tests run with TZ=Europe/Berlin (see .mocharc), so local times below are Berlin times.
const at = (iso: string) => new Date(iso).getTime();
const DAY = 86_400_000;
const settings = { endOfDayMinutes: 18 * 60, wipLimit: 3 };

const noWip: WipDoc = { items: [] };

describe('insights: days', () => {
  it('splits completed from abandoned focus, ignores discarded sessions, and leaves empty days as gaps', () => {
    const h = history({
      sessions: [
        session('a', '2026-11-23T09:00', 25),
        session('b', '2026-11-23T10:00', 10, { outcome: 'stopped' }),
        session('c', '2026-11-23T11:00', 20, { outcome: 'discarded' }),
      ],
    });
    const days = insightDays(h, noWip, settings, at('2026-11-22T00:00'), at('2026-11-24T00:00'));
    assert.deepEqual(
      days.map((d) => [d.day, d.active, d.completedMin, d.abandonedMin, d.completed, d.abandoned]),
      [
        ['2026-11-22', false, 0, 0, 0, 0],
        ['2026-11-23', true, 25, 10, 1, 1],
      ],
    );
    assert.equal(days[0].withinBounds, undefined, 'a gap is neither within nor outside bounds');
  });

  it('files a session crossing midnight under the day it started and counts its minutes after end of day', () => {
    const h = history({
      sessions: [
        session('late', '2026-11-23T23:30', 50),
        // 17:40 to 18:30 wall time with 45 focus minutes: 30 minutes after 18:00.
        { ...session('edge', '2026-11-20T17:40', 45), endedAt: at('2026-11-20T18:30') },
      ],
    });
    const days = insightDays(h, noWip, settings, at('2026-11-20T00:00'), at('2026-11-25T00:00'));
    const byDay = Object.fromEntries(days.map((d) => [d.day, d]));
    assert.equal(byDay['2026-11-23'].completedMin, 50);
    assert.equal(byDay['2026-11-23'].lateMin, 50);
    assert.equal(byDay['2026-11-24'].active, false);
    assert.equal(byDay['2026-11-20'].lateMin, 30);
    assert.equal(byDay['2026-11-20'].pastEndOfDay, true);
    assert.equal(byDay['2026-11-20'].withinBounds, false);
  });

  it('counts 7 local days across the end of summer time (a 25-hour day)', () => {
    const [from, to] = rangeBounds('7', emptyHistory(), at('2026-10-29T12:00'));
    assert.equal(from, at('2026-10-23T00:00'));
    assert.equal(to - from, 7 * DAY + 3_600_000);
    const h = history({ sessions: [session('dst', '2026-10-25T23:30', 25)] });
    const days = insightDays(h, noWip, settings, from, to);
    assert.equal(days.length, 7);
    assert.equal(days.find((d) => d.day === '2026-10-25')!.completedMin, 25);
  });

  it('sorts interruptions into urgent, negotiable and the rest', () => {
    const h = history({
      interruptions: [
        interruption('1', '2026-11-23T09:00', 'urgentRequest'),
        interruption('2', '2026-11-23T09:10', 'negotiableRequest'),
        interruption('3', '2026-11-23T09:20', 'negotiableRequest'),
        interruption('4', '2026-11-23T09:30', 'meeting'),
        interruption('5', '2026-11-23T09:40', 'message'),
      ],
    });
    const [d] = insightDays(h, noWip, settings, at('2026-11-23T00:00'), at('2026-11-24T00:00'));
    assert.deepEqual([d.urgent, d.negotiable, d.otherInterruptions], [1, 2, 2]);
  });

  it('carries the WIP level over days without a change, and knows nothing before the first record', () => {
    const wip: WipDoc = {
      items: [],
      levels: { '2026-11-18': [2, 2, -1], '2026-11-20': [5, 4, 6], '2026-11-23': [4, 1, -1] },
    };
    const days = insightDays(history({}), wip, settings, at('2026-11-17T00:00'), at('2026-11-25T00:00'));
    assert.deepEqual(
      days.map((d) => [d.day.slice(8), d.wip, d.parallel]),
      [
        ['17', undefined, undefined],
        ['18', 2, undefined],
        ['19', 2, undefined],
        ['20', 5, 6],
        ['21', 4, undefined],
        ['22', 4, undefined],
        ['23', 4, undefined],
        ['24', 1, undefined],
      ],
    );
    // A range that starts after the last change still knows the level.
    const later = insightDays(history({}), wip, settings, at('2026-11-24T00:00'), at('2026-11-25T00:00'));
    assert.equal(later[0].wip, 1);
  });

  it('judges a day within bounds by end of day, WIP limit and breaks', () => {
    const h = history({
      sessions: [session('a', '2026-11-23T09:00', 25), session('b', '2026-11-24T09:00', 25)],
      breaks: [brk('x', '2026-11-23T09:30', 'taken'), brk('y', '2026-11-24T09:30', 'skipped')],
    });
    const wip: WipDoc = { items: [], levels: { '2026-11-23': [3, 3, -1], '2026-11-25': [4, 4, -1] } };
    const days = insightDays(
      history({ ...h, sessions: [...h.sessions, session('c', '2026-11-25T09:00', 25)] }),
      wip,
      settings,
      at('2026-11-23T00:00'),
      at('2026-11-26T00:00'),
    );
    assert.deepEqual(
      days.map((d) => d.withinBounds),
      [true, false, false],
    );
  });
});

describe('insights: ranges and buckets', () => {
  const now = at('2026-11-24T12:00');

  it('averages check-ins over check-ins (not over days) and keeps weeks without check-ins as gaps', () => {
    const h = history({
      checkins: [
        checkin('1', '2026-11-16T09:00', 2),
        checkin('2', '2026-11-16T15:00', 4),
        checkin('3', '2026-11-18T09:00', 5),
      ],
    });
    const days = insightDays(h, noWip, settings, at('2026-11-09T00:00'), at('2026-11-23T00:00'));
    const weeks = bucketize(days, 'week');
    assert.deepEqual(
      weeks.map((w) => [w.key, w.checkins, w.means?.stress]),
      [
        ['2026-W46', 0, undefined],
        ['2026-W47', 3, 3.7],
      ],
    );
  });

  it('uses days for 7 and 30, weeks for 90, and months beyond two years', () => {
    const old = history({ sessions: [session('first', '2023-11-01T09:00', 25), session('x', '2026-11-24T09:00', 30)] });
    assert.equal(computeInsights(old, noWip, settings, '7', now).unit, 'day');
    assert.equal(computeInsights(old, noWip, settings, '30', now).buckets.length, 30);
    const q = computeInsights(old, noWip, settings, '90', now);
    assert.equal(q.unit, 'week');
    assert.equal(q.buckets[q.buckets.length - 1].key, '2026-W48');
    const all = computeInsights(old, noWip, settings, 'all', now);
    assert.equal(all.unit, 'month');
    assert.equal(all.from, at('2023-11-01T00:00'));
    assert.equal(all.buckets.length, 37);
    assert.equal(all.totals.completedMin, 55);
    assert.equal(all.totals.daysWithData, 2);
  });

  it('gives an empty history an empty picture, not zeros', () => {
    const i = computeInsights(emptyHistory(), noWip, settings, 'all', now);
    assert.equal(i.days, 1);
    assert.equal(i.medianFocusMin, undefined);
    assert.equal(i.lead, undefined);
    assert.equal(i.totals.daysWithData, 0);
    assert.equal(i.totals.means, undefined);
  });

  it('takes the median of focus over days with data only', () => {
    const h = history({
      sessions: [
        session('a', '2026-11-20T09:00', 30),
        session('b', '2026-11-22T09:00', 90),
        session('c', '2026-11-24T09:00', 60),
      ],
    });
    assert.equal(computeInsights(h, noWip, settings, '7', now).medianFocusMin, 60);
  });

  it('measures lead time with median and spread, each finished item once', () => {
    const item = (id: string, days: number, doneOn: string) => ({
      id,
      title: id,
      createdAt: at(doneOn) - days * DAY,
      doneAt: at(doneOn),
    });
    const h = history({
      workItems: [item('a', 1, '2026-11-10T12:00'), item('b', 2, '2026-11-12T12:00'), item('c', 4, '2026-11-14T12:00')],
    });
    const wip: WipDoc = {
      items: [
        { ...item('c', 4, '2026-11-14T12:00'), status: 'done', activeSince: 0 },
        { ...item('d', 10, '2026-11-20T12:00'), status: 'done', activeSince: 0 },
        { id: 'e', title: 'e', status: 'active', createdAt: 0, activeSince: 0 },
      ],
    };
    const lead = leadTimes(h, wip, at('2026-11-01T00:00'), at('2026-11-25T00:00'));
    assert.deepEqual(
      lead.map((l) => [l.title, l.days]),
      [
        ['a', 1],
        ['b', 2],
        ['c', 4],
        ['d', 10],
      ],
    );
    const i = computeInsights(h, wip, settings, '30', now);
    assert.deepEqual(i.lead, { median: 3, p25: 1.8, p75: 5.5 });
    // Per day as well (the chart when items are many): each item in the bucket of the day it was finished.
    assert.deepEqual(
      i.leadBuckets.filter((b) => b.count > 0).map((b) => [b.key, b.count, b.median]),
      [
        ['2026-11-10', 1, 1],
        ['2026-11-12', 1, 2],
        ['2026-11-14', 1, 4],
        ['2026-11-20', 1, 10],
      ],
    );
    assert.equal(percentile([1, 2, 4, 10], 0.25), 1.75);
  });

  it('gives the sidebar 14 days of focus minutes with gaps as null', () => {
    const h = history({
      sessions: [
        session('a', '2026-11-24T09:00', 25),
        session('b', '2026-11-11T09:00', 40),
        session('c', '2026-11-10T23:59', 50),
      ],
    });
    const spark = recentFocus(h, now);
    assert.equal(spark.length, 14);
    assert.equal(spark[0], 40, '11 to 24 November');
    assert.equal(spark[13], 25);
    assert.equal(spark.filter((x) => x === null).length, 12);
  });
});
