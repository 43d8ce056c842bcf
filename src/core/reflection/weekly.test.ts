import assert from 'node:assert/strict';
import { CheckinRecord } from '../focus/checkins';
import { BreakRecord, emptyHistory, emptyTimerDoc, InterruptionRecord, SessionRecord } from '../types';
import { isoWeek, localWeekRange, reflectionDue, weekFacts, weekStartOf } from './weekly';
import { WipItem } from '../wip/wip';

// Unit tests run with TZ=Europe/Berlin (see .mocharc), so local times below are Berlin times.
const at = (iso: string) => new Date(iso).getTime();
const HOUR = 3_600_000;

function session(id: string, start: string, focusMin: number, extra: Partial<SessionRecord> = {}): SessionRecord {
  const startedAt = at(start);
  return {
    id,
    intent: '',
    startedAt,
    endedAt: startedAt + focusMin * 60_000,
    plannedMs: 25 * 60_000,
    focusMs: focusMin * 60_000,
    outcome: 'completed',
    interruptions: 0,
    pastEndOfDay: false,
    ...extra,
  };
}

const checkin = (id: string, when: string, e: number, s: number, f: number, fa: number): CheckinRecord => ({
  id,
  at: at(when),
  energy: e,
  stress: s,
  focus: f,
  fairness: fa,
});

describe('weekly facts', () => {
  it('names ISO weeks, including the week-year at the turn of the year', () => {
    assert.equal(isoWeek(at('2026-11-24T10:00')), '2026-W48');
    assert.equal(isoWeek(at('2026-12-31T12:00')), '2026-W53');
    assert.equal(isoWeek(at('2027-01-01T12:00')), '2026-W53');
    assert.equal(isoWeek(at('2024-12-30T09:00')), '2025-W01');
    // Sunday 23:30 local still belongs to the week that started on Monday.
    assert.equal(isoWeek(at('2026-11-29T23:30')), '2026-W48');
    assert.equal(isoWeek(at('2026-11-30T00:00')), '2026-W49');
  });

  it('finds the Monday of a week id, and refuses weeks that do not exist', () => {
    assert.equal(weekStartOf('2026-W48'), at('2026-11-23T00:00'));
    assert.equal(weekStartOf('2026-W53'), at('2026-12-28T00:00'));
    assert.equal(weekStartOf('2025-W01'), at('2024-12-30T00:00'));
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-48', 'W48'])
      assert.equal(weekStartOf(bad), undefined, bad);
  });

  it('a local week runs Monday to Monday, 169 hours when summer time ends', () => {
    const [from, to] = localWeekRange(at('2026-11-26T15:00'));
    assert.equal(from, at('2026-11-23T00:00'));
    assert.equal(to, at('2026-11-30T00:00'));
    const [dstFrom, dstTo] = localWeekRange(at('2026-10-21T12:00'));
    assert.equal(dstFrom, at('2026-10-19T00:00'));
    assert.equal((dstTo - dstFrom) / HOUR, 169);
  });

  it('sums the week: sessions, breaks, interruptions, late days, WIP and check-in averages', () => {
    const history = emptyHistory();
    history.sessions.push(
      session('before', '2026-11-22T23:00', 25), // Sunday of the previous week
      session('mon', '2026-11-23T09:00', 25),
      session('mon2', '2026-11-23T19:00', 20, { outcome: 'stopped', pastEndOfDay: true }),
      session('tue', '2026-11-24T19:30', 25, { pastEndOfDay: true }),
      session('tue2', '2026-11-24T20:30', 25, { pastEndOfDay: true }),
      session('gone', '2026-11-24T10:00', 3, { outcome: 'discarded', pastEndOfDay: true }),
    );
    const brk = (id: string, when: string, outcome: BreakRecord['outcome']): BreakRecord => ({
      id,
      long: false,
      startedAt: at(when),
      endedAt: at(when) + 300_000,
      plannedMs: 300_000,
      outcome,
    });
    history.breaks.push(brk('b1', '2026-11-23T09:30', 'taken'), brk('b2', '2026-11-24T11:00', 'skipped'));
    const interruption = (id: string, when: string, kind: InterruptionRecord['kind']): InterruptionRecord => ({
      id,
      at: at(when),
      kind,
    });
    history.interruptions.push(
      interruption('i1', '2026-11-23T10:00', 'urgentRequest'),
      interruption('i2', '2026-11-24T10:00', 'negotiableRequest'),
      interruption('i3', '2026-11-24T11:00', 'meeting'),
      interruption('i0', '2026-11-16T11:00', 'meeting'),
    );
    history.checkins.push(
      checkin('c1', '2026-11-23T09:26', 4, 2, 4, 3),
      checkin('c2', '2026-11-24T19:56', 2, 4, 3, 2),
      checkin('c3', '2026-11-24T20:56', 3, 5, 3, 2),
      checkin('c0', '2026-11-20T12:00', 1, 1, 1, 1),
    );
    const item = (id: string, status: WipItem['status'], createdAt: string, doneAt?: string): WipItem => ({
      id,
      title: id,
      status,
      createdAt: at(createdAt),
      activeSince: at(createdAt),
      ...(doneAt ? { doneAt: at(doneAt) } : {}),
    });
    const wip = {
      items: [
        item('a', 'active', '2026-11-10T09:00'),
        item('b', 'active', '2026-11-23T09:00'),
        item('c', 'done', '2026-11-12T09:00', '2026-11-24T12:00'),
        item('d', 'done', '2026-11-12T09:00', '2026-11-20T12:00'),
        item('e', 'parked', '2026-11-24T09:00'),
      ],
    };
    const facts = weekFacts(history, emptyTimerDoc(), wip, at('2026-11-25T08:00'));
    assert.deepEqual(facts, {
      week: '2026-W48',
      focusMinutes: 95,
      sessions: 4,
      completed: 3,
      breaksTaken: 1,
      breaksSkipped: 1,
      interruptions: 3,
      urgent: 1,
      negotiable: 1,
      daysPastEndOfDay: 2,
      wipActive: 2,
      wipDone: 1,
      wipAdded: 2,
      checkins: 3,
      // energy (4+2+3)/3 = 3, stress 11/3 = 3.7, focus 10/3 = 3.3, fairness 7/3 = 2.3
      averages: { energy: 3, stress: 3.7, focus: 3.3, fairness: 2.3 },
    });
  });

  it('a week without check-ins has no averages (a gap, not zeros); a running session counts so far', () => {
    const timer = emptyTimerDoc();
    const start = at('2026-11-24T09:00');
    timer.current = {
      kind: 'focus',
      id: 'run',
      intent: '',
      plannedMs: 50 * 60_000,
      events: [{ type: 'start', at: start }],
      seenAt: start,
      interruptions: 0,
    };
    const facts = weekFacts(emptyHistory(), timer, { items: [] }, start + 12 * 60_000);
    assert.equal(facts.averages, undefined);
    assert.equal(facts.checkins, 0);
    assert.equal(facts.sessions, 1);
    assert.equal(facts.focusMinutes, 12);
  });

  it('the reflection is offered from the chosen day to Sunday, once per week, never when off', () => {
    const none = new Set<string>();
    assert.equal(reflectionDue(at('2026-11-26T10:00'), 'friday', none), false); // Thursday
    assert.equal(reflectionDue(at('2026-11-27T10:00'), 'friday', none), true);
    assert.equal(reflectionDue(at('2026-11-29T23:00'), 'friday', none), true); // Sunday
    assert.equal(reflectionDue(at('2026-11-30T09:00'), 'friday', none), false); // next Monday
    assert.equal(reflectionDue(at('2026-11-27T10:00'), 'friday', new Set(['2026-W48'])), false);
    assert.equal(reflectionDue(at('2026-11-23T00:00'), 'monday', none), true);
    assert.equal(reflectionDue(at('2026-11-29T10:00'), 'sunday', none), true);
    assert.equal(reflectionDue(at('2026-11-29T10:00'), 'off', none), false);
  });
});
