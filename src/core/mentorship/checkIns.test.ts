import assert from 'node:assert/strict';
import { DEFAULT_RULES } from './charter';
import {
  applyMentoringLocal,
  checkInDates,
  checkInKey,
  emptyMentoringLocal,
  HeldCheckIn,
  isHeldCheckIn,
  nextCheckIn,
  OwnPair,
  REMINDED_KEPT,
  roundEnds,
} from './checkIns';
import type { RoundFile } from './round';

const round = (id: string, rules = {}) =>
  ({ id, inputs: { rules: { ...DEFAULT_RULES, ...rules } } }) as unknown as RoundFile;
const pairIn = (r: RoundFile, ends: string): OwnPair => ({
  space: '/s',
  round: r,
  ends,
  role: 'mentee',
  self: 'me',
  partner: 'p1',
  topic: 'meetingLoad',
});
const held = (p: OwnPair, due: string, heldOn = due): HeldCheckIn => ({
  id: `h-${due}`,
  space: p.space,
  round: p.round.id,
  partner: p.partner,
  partnerHandle: 'ana',
  partnerTeam: 'Payments',
  role: p.role,
  topic: p.topic,
  due,
  heldOn,
  at: 0,
});

describe('mentorship: check-ins', () => {
  it('are due from the round’s Monday every cadence weeks until the next round (or the rotation) ends it', () => {
    const r = round('2026-W49'); // Monday 30 Nov
    assert.equal(roundEnds(r, [r]), '2027-01-11'); // six weeks
    assert.equal(roundEnds(r, [r, round('2027-W03'), round('2027-W01')]), '2027-01-04');
    assert.deepEqual(checkInDates(r, '2027-01-11'), ['2026-11-30', '2026-12-14', '2026-12-28']);
    assert.deepEqual(checkInDates(round('2026-W49', { cadenceWeeks: 1 }), '2026-12-14'), ['2026-11-30', '2026-12-07']);
  });

  it('the next one is this week’s until it is marked held; a week gone by is past, not owed', () => {
    const p = pairIn(round('2026-W49'), '2027-01-11');
    assert.deepEqual(nextCheckIn(p, '2026-12-02', []), { due: '2026-11-30', thisWeek: true });
    assert.deepEqual(nextCheckIn(p, '2026-12-02', [held(p, '2026-11-30')]), { due: '2026-12-14', thisWeek: false });
    // Not held in its week: the next week shows the one after, nothing to catch up.
    assert.deepEqual(nextCheckIn(p, '2026-12-08', []), { due: '2026-12-14', thisWeek: false });
    assert.equal(nextCheckIn(p, '2027-01-11', []), undefined);
    // Another pair's or another space's held check-in does not count for this one.
    const other = { ...held(p, '2026-11-30'), partner: 'p2' };
    const elsewhere = { ...held(p, '2026-11-30'), space: '/t' };
    assert.equal(nextCheckIn(p, '2026-12-02', [other, elsewhere])?.due, '2026-11-30');
  });

  it('a reminder is claimed once (a second window finds it claimed); the list stays bounded', () => {
    const key = checkInKey({ space: '/s', round: '2026-W49', partner: 'p1' }, '2026-11-30');
    const first = applyMentoringLocal(emptyMentoringLocal(), { type: 'reminded', key });
    assert.equal(first.changed, true);
    assert.equal(applyMentoringLocal(first.doc, { type: 'reminded', key }).changed, false);
    let doc = emptyMentoringLocal();
    for (let i = 0; i < REMINDED_KEPT + 5; i++) doc = applyMentoringLocal(doc, { type: 'reminded', key: `k${i}` }).doc;
    assert.equal(doc.reminded.length, REMINDED_KEPT);
    assert.equal(doc.reminded.at(-1), `k${REMINDED_KEPT + 4}`);
  });

  it('marking the same due date held again replaces the earlier record (a changed note), never adds a second', () => {
    const p = pairIn(round('2026-W49'), '2027-01-11');
    const a = applyMentoringLocal(emptyMentoringLocal(), { type: 'held', checkIn: held(p, '2026-11-30') }).doc;
    const b = applyMentoringLocal(a, {
      type: 'held',
      checkIn: { ...held(p, '2026-11-30'), id: 'other', note: 'asked about meetings' },
    }).doc;
    assert.deepEqual(
      b.checkIns.map((c) => [c.id, c.note]),
      [['other', 'asked about meetings']],
    );
  });

  it('a stored record is checked field by field', () => {
    const p = pairIn(round('2026-W49'), '2027-01-11');
    assert.equal(isHeldCheckIn(held(p, '2026-11-30')), true);
    assert.equal(isHeldCheckIn({ ...held(p, '2026-11-30'), due: '2026-02-30' }), false);
    assert.equal(isHeldCheckIn({ ...held(p, '2026-11-30'), role: 'boss' }), false);
    assert.equal(isHeldCheckIn({ ...held(p, '2026-11-30'), note: 'x'.repeat(2_001) }), false);
    assert.equal(isHeldCheckIn(null), false);
  });
});
