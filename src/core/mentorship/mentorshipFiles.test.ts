import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { addWeeks, isCalendarDate, isWeek, mondayOf, weekOfDate, weeksBetween } from './calendarWeeks';
import { DEFAULT_RULES, defaultCharterText, parseCharter } from './charter';
import { drawRound } from './pairing';
import { pairingInputs } from './pairingInputs';
import { MentorProfile, parseProfile } from './profile';
import { parseRound, roundFile, serializeRound, verifyRound } from './round';
import { parseSpaceTeam, teamRestOn } from './spaceTeam';
import { parseTopics, sharedTopics } from './topics';
import { loadSpace } from './space';
import { questionsFor, spaceQuestionDraft } from './spaceQuestions';
import { previewDraft } from '../team/shareDraft';
import type { TeamNote } from '../team/teamNote';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('mentorship: calendar weeks (no time zones)', () => {
  it('weeks and Mondays across year ends, week 53 only where it exists', () => {
    assert.equal(weekOfDate('2026-12-31'), '2026-W53');
    assert.equal(weekOfDate('2027-01-04'), '2027-W01');
    assert.equal(weekOfDate('2024-12-30'), '2025-W01');
    assert.equal(mondayOf('2026-W49'), '2026-11-30');
    assert.equal(mondayOf('2025-W01'), '2024-12-30');
    assert.ok(isWeek('2026-W53'));
    assert.ok(!isWeek('2027-W53'));
    assert.ok(!isWeek('2026-W00'));
    assert.equal(addWeeks('2026-W49', 6), '2027-W02');
    assert.equal(weeksBetween('2026-W49', '2027-W02'), 6);
    assert.ok(isCalendarDate('2028-02-29'));
    assert.ok(!isCalendarDate('2027-02-29'));
    assert.ok(!isCalendarDate('2027-2-01'));
  });
});

describe('mentorship: the charter', () => {
  it('a new space gets every rule written out at its default', () => {
    const r = parseCharter(defaultCharterText('Spread good pacing'));
    assert.ok(r.ok);
    assert.deepEqual(r.charter.rules, DEFAULT_RULES);
    assert.deepEqual(r.charter.defaulted, []);
    assert.equal(r.charter.objectives, 'Spread good pacing');
  });

  it('a rule left out is a default and says so; every bad value is listed, none replaced', () => {
    const some = parseCharter(JSON.stringify({ schema: 'pacewise.charter', v: '1.0', menteeCap: 3 }));
    assert.ok(some.ok);
    assert.equal(some.charter.rules.menteeCap, 3);
    assert.ok(some.charter.defaulted.includes('rotationWeeks'));
    const bad = parseCharter(
      JSON.stringify({
        schema: 'pacewise.charter',
        v: '1.0',
        cadenceWeeks: 'often',
        menteeCap: 1.5,
        minGroup: 2,
        future: 1,
      }),
    );
    assert.ok(!bad.ok);
    assert.deepEqual(bad.problems, [
      'cadenceWeeks must be a whole number from 1 to 8',
      'menteeCap must be a whole number from 1 to 5',
      'minGroup may not be lower than 5',
    ]);
  });

  it('hostile files: conflict markers, a newer major, prototype keys', () => {
    assert.deepEqual(parseCharter('<<<<<<< HEAD\n{}'), { ok: false, problems: ['has git conflict markers'] });
    assert.deepEqual(parseCharter('{"schema":"pacewise.charter","v":"2.0"}'), {
      ok: false,
      problems: ['needs a newer Pacewise'],
      newer: true,
    });
    assert.equal(parseCharter('{"schema":"pacewise.charter","v":"1.0","__proto__":{}}').ok, false);
  });
});

const profileText = (fields: Record<string, unknown>) =>
  JSON.stringify({
    schema: 'pacewise.mentorProfile',
    v: '1.0',
    id: uuid(1),
    handle: 'ana',
    team: 'Payments',
    ...fields,
  });

describe('mentorship: profiles', () => {
  it('reads a mentor and a mentee, keeps unknown fields', () => {
    const p = parseProfile(
      profileText({ roles: ['mentee', 'mentor'], offers: ['meetingLoad'], wants: ['Deep work'], later: 1 }),
    );
    assert.ok(p.ok);
    assert.deepEqual(p.value.roles, ['mentor', 'mentee']);
    assert.equal(p.value.capacity, 1);
    assert.equal(p.value.status, 'active');
    assert.deepEqual(p.value.unknown, { later: 1 });
  });

  it('refuses what the rules cannot use, saying which field', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ roles: [] }, /roles must list/],
      [{ roles: ['boss'] }, /roles must list/],
      [{ roles: ['mentor'] }, /a mentor offers at least one topic/],
      [{ roles: ['mentee'], wants: ['x'.repeat(41)] }, /1 to 40 characters/],
      [{ roles: ['mentor'], offers: ['a'], capacity: 9 }, /capacity must be a whole number from 1 to 5/],
      [{ roles: ['mentee'], wants: ['a'], status: 'paused' }, /until when/],
      [{ roles: ['mentee'], wants: ['a'], status: 'paused', pausedUntil: '2027-02-30' }, /until when/],
      [{ roles: ['mentee'], wants: ['a'], handle: '<script>' }, /handle may use letters/],
      [{ roles: ['mentee'], wants: ['a'], team: '' }, /team must be 1 to 60/],
    ];
    for (const [fields, problem] of cases) {
      const p = parseProfile(profileText(fields));
      assert.ok(!p.ok && problem.test(p.problem), `${JSON.stringify(fields)}: ${!p.ok && p.problem}`);
    }
  });

  it('free topics match without case, accents or spacing; known ones by id', () => {
    const wants = parseTopics(['Deep  Work', 'meetingLoad', 'deep work'], 'wants');
    assert.ok(wants.ok);
    assert.deepEqual(wants.value, ['Deep Work', 'meetingLoad']);
    assert.deepEqual(sharedTopics(['deep-work', 'meetingLoad'], ['Déep Work']), ['deep-work']);
  });
});

describe('mentorship: team peaks and cooling-off', () => {
  const team = (peaks: unknown) =>
    parseSpaceTeam(JSON.stringify({ schema: 'pacewise.team', v: '1.0', id: uuid(7), name: 'Payments', peaks }));

  it('rests during the peak and for the charter weeks after it', () => {
    const t = team([{ label: 'release', until: '2027-03-12' }]);
    assert.ok(t.ok);
    assert.equal(teamRestOn(t.value.peaks, '2027-03-12', 2)?.kind, 'peak');
    assert.equal(teamRestOn(t.value.peaks, '2027-03-13', 2)?.kind, 'coolingOff');
    assert.equal(teamRestOn(t.value.peaks, '2027-03-26', 2)?.kind, 'coolingOff');
    assert.equal(teamRestOn(t.value.peaks, '2027-03-27', 2), undefined);
    assert.equal(teamRestOn(t.value.peaks, '2027-03-13', 0), undefined);
  });

  it('a peak that starts later does not rest the team before it', () => {
    const t = team([{ from: '2027-03-01', until: '2027-03-12' }]);
    assert.ok(t.ok);
    assert.equal(teamRestOn(t.value.peaks, '2027-02-28', 2), undefined);
  });

  it('refuses peaks without a real end, or ending before they start', () => {
    assert.ok(!team([{ until: 'March' }]).ok);
    assert.ok(!team([{ from: '2027-03-12', until: '2027-03-01' }]).ok);
    assert.ok(!team('soon').ok);
  });
});

function profile(n: number, team: string, fields: Partial<MentorProfile>): MentorProfile {
  return {
    schema: 'pacewise.mentorProfile',
    v: '1.0',
    id: uuid(n),
    handle: `p${n}`,
    team,
    roles: [],
    offers: [],
    wants: [],
    capacity: 1,
    status: 'active',
    unknown: {},
    ...fields,
  };
}

describe('mentorship: from the space to the inputs', () => {
  const profiles = [
    profile(1, 'Payments', { roles: ['mentor'], offers: ['focusTime'], capacity: 4 }),
    profile(2, 'Search', { roles: ['mentee'], wants: ['Focus time', 'focusTime'] }),
    profile(3, 'Search', { roles: ['mentee'], wants: ['focusTime'], status: 'paused', pausedUntil: '2026-12-07' }),
  ];
  const peak = parseSpaceTeam(
    JSON.stringify({
      schema: 'pacewise.team',
      v: '1.0',
      id: uuid(8),
      name: 'payments ',
      peaks: [{ until: '2026-11-20' }],
    }),
  );

  it('caps capacity at the charter, rests a team cooling off (any spelling of its name), pauses until the date', () => {
    assert.ok(peak.ok);
    const i = pairingInputs('2026-W49', DEFAULT_RULES, profiles, [peak.value], []);
    assert.equal(i.people[0].capacity, 2);
    assert.equal(i.people[0].availability, 'coolingOff');
    assert.equal(i.people[2].availability, 'paused');
    const later = pairingInputs('2026-W50', DEFAULT_RULES, profiles, [peak.value], []);
    assert.equal(later.people[0].availability, 'active', 'two weeks after 20 November');
    assert.equal(later.people[2].availability, 'active', 'paused until 7 December');
  });

  it('remembers the last rounds as pairs not to repeat and who waited', () => {
    const history = [
      { round: '2026-W37', pairs: [{ mentor: uuid(1), mentee: uuid(5) }], unmatchedMentees: [] },
      { round: '2026-W43', pairs: [{ mentor: uuid(1), mentee: uuid(2) }], unmatchedMentees: [uuid(3)] },
    ];
    const i = pairingInputs('2026-W49', { ...DEFAULT_RULES, repeatAfterRounds: 1 }, profiles, [], history);
    assert.deepEqual(i.recentPairs, [[uuid(1), uuid(2)]]);
    assert.deepEqual(i.earlierPairs, [[uuid(1), uuid(5)]]);
    assert.deepEqual(i.waiting, [uuid(3)]);
  });
});

describe('mentorship: round files', () => {
  it('round-trips through its text and verifies; any edit is found', () => {
    const profiles = [
      profile(1, 'a', { roles: ['mentor'], offers: ['onCall'] }),
      profile(2, 'b', { roles: ['mentee'], wants: ['onCall'] }),
      profile(3, 'c', { roles: ['mentee'], wants: ['onCall'] }),
    ];
    const inputs = pairingInputs('2026-W49', DEFAULT_RULES, profiles, [], []);
    const file = roundFile(inputs, drawRound(inputs), sha256);
    const text = serializeRound(file);
    const back = parseRound(text);
    assert.ok(back.ok, !back.ok ? back.problem : '');
    assert.deepEqual(verifyRound(back.value, sha256), []);
    assert.match(text, /"reason": "p1 mentors p\d: both work on on-call"/);
    const swapped = JSON.parse(text);
    const other = swapped.pairs[0].mentee === uuid(2) ? uuid(3) : uuid(2);
    swapped.pairs[0].mentee = other;
    const edited = parseRound(JSON.stringify(swapped));
    assert.ok(edited.ok);
    assert.deepEqual(
      verifyRound(edited.value, sha256).map((d) => d.kind),
      ['extraPair', 'missingPair'],
    );
  });

  it('refuses a round whose inputs are not valid, or are for another week', () => {
    const base = {
      schema: 'pacewise.round',
      v: '1.0',
      id: '2026-W49',
      inputsHash: `sha256:${'0'.repeat(64)}`,
      pairs: [],
      unmatched: [],
    };
    const inputs = {
      round: '2026-W49',
      rules: DEFAULT_RULES,
      people: [],
      recentPairs: [],
      earlierPairs: [],
      waiting: [],
    };
    assert.ok(parseRound(JSON.stringify({ ...base, inputs })).ok);
    assert.ok(!parseRound(JSON.stringify({ ...base, inputs: { ...inputs, round: '2026-W50' } })).ok);
    assert.ok(
      !parseRound(JSON.stringify({ ...base, inputs: { ...inputs, rules: { ...DEFAULT_RULES, menteeCap: 99 } } })).ok,
    );
    assert.ok(!parseRound(JSON.stringify({ ...base, inputs: { ...inputs, people: [{ id: 'x' }] } })).ok);
    assert.ok(!parseRound(JSON.stringify({ ...base, inputs, pairs: [{ mentor: uuid(1) }] })).ok);
  });
});

describe('mentorship: questions for mentors in other teams', () => {
  const q = (id: string, week: string, tags: string[], kind: 'question' | 'lesson' = 'question') =>
    ({ id, week, kind, tags, text: { question: 'How?' } }) as unknown as TeamNote;

  it('a mentor sees the questions on topics they offer (free topics folded), newest first', () => {
    const notes = [
      q('a', '2026-W40', ['meetingLoad']),
      q('b', '2026-W45', ['On-Call Load']),
      q('c', '2026-W45', ['focusTime']),
      q('d', '2026-W46', ['meetingLoad'], 'lesson'),
    ];
    assert.deepEqual(
      questionsFor(notes, ['meetingLoad', 'on call load']).map((n) => n.id),
      ['b', 'a'],
    );
    assert.deepEqual(questionsFor(notes, []), []);
  });

  it('reads them from .pacewise/notes in the space; a bad one is listed', () => {
    const id = '6f1c2a4e-1b2c-4d3e-8f90-123456789abc';
    const good = JSON.stringify({
      schema: 'pacewise.note',
      v: '1.0',
      id,
      kind: 'question',
      week: '2026-W49',
      text: { question: 'How do you keep meetings short?' },
      tags: ['meetingLoad'],
    });
    const space = loadSpace([
      { path: `.pacewise/notes/${id}.json`, text: good, bytes: good.length },
      { path: '.pacewise/notes/nope.json', text: '{}', bytes: 2 },
    ]);
    assert.deepEqual(
      space.notes.map((n) => n.text.question),
      ['How do you keep meetings short?'],
    );
    assert.deepEqual(
      space.problems.map((p) => [p.path, p.problem]),
      [['.pacewise/notes/nope.json', 'is not named <uuid>.json']],
    );
  });

  it('the draft of a question carries its text and its topic, and previews as a note file with no author', () => {
    const d = spaceQuestionDraft(
      '6f1c2a4e-1b2c-4d3e-8f90-123456789abc',
      '2026-W49',
      0,
      'meetingLoad',
      'Ask Dana Smith how?',
    );
    const preview = previewDraft(d, { names: ['Dana Smith'], branches: [], repos: [] });
    assert.equal(preview.path, '.pacewise/notes/6f1c2a4e-1b2c-4d3e-8f90-123456789abc.json');
    assert.deepEqual(preview.problems, []);
    const file = JSON.parse(preview.fileText);
    assert.deepEqual([file.kind, file.tags], ['question', ['meetingLoad']]);
    assert.doesNotMatch(preview.fileText, /Dana/);
  });
});
