import assert from 'node:assert/strict';
import { DEFAULT_RULES } from './charter';
import type { HeldCheckIn } from './checkIns';
import { mentoringRecord } from './mentoringRecord';
import type { RoundFile } from './round';

const person = (id: string, handle: string, team: string) => ({ id, handle, team });
const round = (id: string, pairs: [string, string, string][]) =>
  ({
    id,
    inputs: {
      rules: DEFAULT_RULES,
      people: [person('me', 'dee', 'billing'), person('a', 'ana', 'payments'), person('b', 'ben', 'search')],
    },
    pairs: pairs.map(([mentor, mentee, topic]) => ({
      mentor,
      mentee,
      topics: [topic],
      why: { waited: false, passedOver: {} },
    })),
    unmatched: [],
  }) as unknown as RoundFile;
const held = (round: string, partner: string, note: string | undefined, at: number, space = '/s'): HeldCheckIn => ({
  id: `${round}-${at}`,
  space,
  round,
  partner,
  partnerHandle: partner === 'b' ? 'ben' : 'zoe',
  partnerTeam: 'Search',
  role: 'mentor',
  topic: 'focusTime',
  due: '2026-11-30',
  heldOn: '2026-12-02',
  ...(note ? { note } : {}),
  at,
});

describe('mentorship: one’s own mentoring record', () => {
  it('lists the rounds that paired one’s own profile, newest first, with the notes kept after check-ins', () => {
    const rounds = [
      round('2026-W37', [['a', 'me', 'meetingLoad']]),
      round('2026-W43', [
        ['me', 'b', 'onCall'],
        ['a', 'b', 'x'],
      ]),
    ];
    const entries = mentoringRecord(
      'me',
      '/s',
      rounds,
      [held('2026-W43', 'b', 'second', 2), held('2026-W43', 'b', 'first', 1), held('2026-W43', 'b', undefined, 3)],
      (id) => (id === 'b' ? 'Search' : undefined),
    );
    assert.deepEqual(
      entries.map((e) => [e.round, e.role, e.partnerHandle, e.partnerTeam, e.topics, e.notes.map((n) => n.note)]),
      [
        ['2026-W43', 'mentor', 'ben', 'Search', ['onCall'], ['first', 'second']],
        ['2026-W37', 'mentee', 'ana', 'payments', ['meetingLoad'], []],
      ],
    );
    assert.ok(entries[0].pair, 'the pair as its round file has it, for the reason');
  });

  it('keeps a pair whose round file has gone (from the check-ins noted here); other spaces and others’ pairs stay out', () => {
    const entries = mentoringRecord(
      'me',
      '/s',
      [round('2026-W43', [['a', 'b', 'x']])],
      [held('2026-W30', 'z', 'kept', 1), held('2026-W30', 'z', 'elsewhere', 2, '/other')],
    );
    assert.deepEqual(
      entries.map((e) => [e.round, e.partnerHandle, e.pair, e.notes.map((n) => n.note)]),
      [['2026-W30', 'zoe', undefined, ['kept']]],
    );
  });

  it('without a profile of one’s own, only what was noted on this machine', () => {
    assert.deepEqual(mentoringRecord(undefined, '/s', [round('2026-W43', [['me', 'b', 'x']])], []), []);
  });
});
