import assert from 'node:assert/strict';
import { brk, checkin, history, interruption, session } from '../../../test/fixtures/records';
import { computeSignals, DEFAULT_THRESHOLDS, parseMuted, parseThresholds, SignalId } from './signals';
import { HistoryAppend } from '../types';
import { WipDoc } from '../wip/wip';

const at = (iso: string) => new Date(iso).getTime();
// Tuesday; the last 7 days are 18–24 November 2026.
const now = at('2026-11-24T12:00');
const settings = { endOfDayMinutes: 18 * 60, wipLimit: 3 };
const none = new Set<string>();
const ids = (h: HistoryAppend, wip: WipDoc = { items: [] }, thresholds = DEFAULT_THRESHOLDS, muted = none) =>
  computeSignals(h, wip, settings, thresholds, muted, now).map((s) => s.id);
const days = (n: number, first = 18) =>
  Array.from({ length: n }, (_, i) => `2026-11-${String(first + i).padStart(2, '0')}`);

describe('gentle signals', () => {
  it('says nothing about an empty history', () => {
    assert.deepEqual(ids(history({})), []);
  });

  it('breaks skipped on 4 of the last 7 days (the default), not on 3; the threshold is the user’s', () => {
    const skipped = (n: number) => history({ breaks: days(n).map((d) => brk(d, `${d}T10:00`, 'skipped')) });
    assert.deepEqual(ids(skipped(3)), []);
    const signal = computeSignals(skipped(4), { items: [] }, settings, DEFAULT_THRESHOLDS, none, now)[0];
    assert.deepEqual(
      [signal.id, signal.facts, signal.template],
      ['breaksSkipped', { days: 4, of: 7 }, 'breakDiscipline'],
    );
    assert.deepEqual(ids(skipped(3), undefined, { ...DEFAULT_THRESHOLDS, breaksSkippedDays: 3 }), ['breaksSkipped']);
    // Skips 8 days ago do not count.
    assert.deepEqual(ids(history({ breaks: days(4, 14).map((d) => brk(d, `${d}T10:00`, 'skipped')) })), []);
  });

  it('work after the end-of-day time on 3 of the last 7 days', () => {
    const late = history({ sessions: days(3, 20).map((d) => session(d, `${d}T17:50`, 25)) });
    assert.deepEqual(ids(late), ['lateWork']);
    const early = history({ sessions: days(3, 20).map((d) => session(d, `${d}T17:00`, 25)) });
    assert.deepEqual(ids(early), []);
  });

  it('stress check-ins rose three weeks in a row; a week without check-ins ends the run', () => {
    const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
    const rising = history({
      checkins: weeks.map((d, i) => checkin(d, `${d}T10:00`, 2 + i * 0.5 > 5 ? 5 : [2, 3, 4, 5][i])),
    });
    const s = computeSignals(rising, { items: [] }, settings, DEFAULT_THRESHOLDS, none, now);
    assert.deepEqual(
      s.map((x) => [x.id, x.facts]),
      [['stressRising', { weeks: 3, from: 2, to: 5 }]],
    );
    const gap = history({ checkins: [weeks[0], weeks[2], weeks[3]].map((d, i) => checkin(d, `${d}T10:00`, i + 2)) });
    assert.deepEqual(ids(gap), []);
    const flat = history({ checkins: weeks.map((d, i) => checkin(d, `${d}T10:00`, [2, 3, 3, 4][i])) });
    assert.deepEqual(ids(flat), []);
  });

  it('WIP above the limit for 7 days in a row, up to today', () => {
    const levels = (n: number, value: number) =>
      Object.fromEntries(days(n, 25 - n).map((d) => [d, [value, value, -1] as [number, number, number]]));
    assert.deepEqual(ids(history({}), { items: [], levels: levels(7, 4) }), ['wipAboveLimit']);
    assert.deepEqual(ids(history({}), { items: [], levels: levels(6, 4) }), []);
    // Carried forward: one change ten days ago above the limit still counts for the days after it.
    assert.deepEqual(ids(history({}), { items: [], levels: { '2026-11-14': [5, 5, -1] } }), ['wipAboveLimit']);
    assert.deepEqual(ids(history({}), { items: [], levels: levels(7, 3) }), []);
  });

  it('interruptions per focus hour doubled versus the 28 days before, with enough focus on both sides', () => {
    // Before: 10 h focus and 5 interruptions (0.5 / h). Last 7 days: 4 h and 4 interruptions (1 / h).
    const before = days(10, 1).map((d) => session(`b${d}`, `${d}T09:00`, 60));
    const recent = days(4, 19).map((d) => session(`r${d}`, `${d}T09:00`, 60));
    const intr = (list: string[]) => list.map((d, i) => interruption(`${d}-${i}`, `${d}T09:30`, 'message'));
    const h = (n: number) =>
      history({ sessions: [...before, ...recent], interruptions: [...intr(days(5, 1)), ...intr(days(n, 19))] });
    // (Some of these days are weekend days: that signal is not the subject here.)
    const only = <T extends { id: string }>(list: T[]) => list.filter((x) => x.id !== 'weekendWork');
    const s = only(computeSignals(h(4), { items: [] }, settings, DEFAULT_THRESHOLDS, none, now));
    assert.deepEqual(
      s.map((x) => [x.id, x.facts]),
      [['interruptionsUp', { recent: 1, earlier: 0.5 }]],
    );
    assert.deepEqual(only(ids(h(3)).map((id) => ({ id }))), []);
    // Two focus hours recently are too few to compare.
    const thin = history({
      sessions: [...before, ...recent.slice(0, 2)],
      interruptions: [...intr(days(5, 1)), ...intr(days(4, 19))],
    });
    assert.deepEqual(only(ids(thin).map((id) => ({ id }))), []);
  });

  it('sessions on 3 weekend days of the last 28', () => {
    const weekend = ['2026-11-01', '2026-11-07', '2026-11-08', '2026-11-22'];
    assert.deepEqual(ids(history({ sessions: weekend.slice(1).map((d) => session(d, `${d}T10:00`, 25)) })), [
      'weekendWork',
    ]);
    assert.deepEqual(ids(history({ sessions: weekend.slice(2).map((d) => session(d, `${d}T10:00`, 25)) })), []);
  });

  it('keeps a muted signal, flagged, so the panel can offer to unmute it', () => {
    const h = history({ breaks: days(7).map((d) => brk(d, `${d}T10:00`, 'skipped')) });
    const s = computeSignals(h, { items: [] }, settings, DEFAULT_THRESHOLDS, new Set<SignalId>(['breaksSkipped']), now);
    assert.deepEqual(
      s.map((x) => [x.id, x.muted]),
      [['breaksSkipped', true]],
    );
  });

  it('reads thresholds and muted signals from settings, reporting what it could not use', () => {
    assert.deepEqual(parseThresholds(undefined), { thresholds: DEFAULT_THRESHOLDS, problems: [] });
    const r = parseThresholds({ lateWorkDays: 5, breaksSkippedDays: 12, interruptionRatio: 'x', nope: 1 });
    assert.equal(r.thresholds.lateWorkDays, 5);
    assert.equal(r.thresholds.breaksSkippedDays, 7);
    assert.equal(r.thresholds.interruptionRatio, 2);
    assert.equal(r.problems.length, 3);
    assert.deepEqual(parseThresholds([1]).problems, ['not an object']);
    const m = parseMuted(['lateWork', 'burnout']);
    assert.deepEqual([...m.muted], ['lateWork']);
    assert.deepEqual(m.problems, ['unknown signal "burnout"']);
  });
});
