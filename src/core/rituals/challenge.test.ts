import { strict as assert } from 'node:assert';
import { parseCharter } from '../mentorship/charter';
import { loadSpace } from '../mentorship/space';
import { challengeDraft } from '../team/draftSources';
import { editDraft, previewDraft } from '../team/shareDraft';
import { parseNote, TeamNote } from '../team/teamNote';
import { challengeMaterial, challengesOf, officeHoursLessonDraft } from './challenge';
import { officeHoursNow } from './officeHoursNow';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const known = { names: ['Jürgen Müller'] };
const charter = (officeHours: unknown) =>
  parseCharter(JSON.stringify({ schema: 'pacewise.charter', v: '1.1', officeHours }));
const note = (n: number, fields: Partial<TeamNote>): TeamNote => ({
  schema: 'pacewise.note',
  v: '1.0',
  id: uuid(n),
  kind: 'lesson',
  week: '2026-W48',
  text: {},
  tags: [],
  unknown: {},
  unknownText: {},
  ...fields,
});

describe('office hours in the charter', () => {
  it('reads the teams, the cadence and the first week; a bad section is listed and leaves the rounds alone', () => {
    const ok = charter({ teams: ['Search', 'Payments', 'Mobile'], everyWeeks: 2, start: '2026-W49' });
    assert.ok(ok.ok);
    assert.deepEqual(ok.charter.officeHours, {
      ok: true,
      rules: { teams: ['Search', 'Payments', 'Mobile'], everyWeeks: 2, start: '2026-W49' },
    });
    assert.equal(charter({ teams: ['A', 'B'], start: '2026-W49' }).ok && 1, 1, 'weekly when left out');
    const bad = charter({ teams: ['Search', ' search ', ''], everyWeeks: 3, start: '2026-W54' });
    assert.ok(bad.ok, 'the rounds are still drawn');
    assert.deepEqual(bad.charter.officeHours, {
      ok: false,
      problems: [
        'officeHours.teams names “search” twice',
        'officeHours.teams: team must be 1 to 60 characters',
        'officeHours.everyWeeks must be 1 (weekly) or 2',
        'officeHours.start must be an ISO week (2026-W49)',
      ],
    });
    const one = charter({ teams: ['Solo'], start: '2026-W49' });
    assert.ok(one.ok && one.charter.officeHours?.ok === false);
    const notObject = charter('weekly');
    assert.ok(notObject.ok && notObject.charter.officeHours?.ok === false);
    const none = parseCharter('{"schema":"pacewise.charter","v":"1.0"}');
    assert.ok(none.ok && none.charter.officeHours === undefined);
  });
});

describe('the pacing challenge', () => {
  const meeting = { week: '2026-W50', team: 'Search', with: 'Payments' };

  it('is a note of kind challenge (1.2) naming both teams from the schedule, never through the anonymizer', () => {
    let d = challengeDraft(uuid(1), meeting, { tried: 'Experiments the team tried lately: Limit WIP' }, 0);
    const empty = previewDraft(d, { names: ['Search', 'Payments'] });
    assert.deepEqual(empty.problems, ['challenge is empty']);
    d = editDraft(d, { type: 'text', field: 'challenge', value: 'Jürgen Müller wants fewer meetings' }, 1)!;
    assert.equal(editDraft(d, { type: 'text', field: 'team', value: 'Other' }, 2), undefined, 'the team is fixed');
    const p = previewDraft(d, { names: ['Search', 'Payments', 'Jürgen Müller'] });
    assert.deepEqual(p.problems, []);
    assert.equal(p.path, `.pacewise/notes/${uuid(1)}.json`);
    const file = parseNote(p.fileText);
    assert.ok(file.ok);
    assert.equal(file.value.v, '1.2');
    assert.equal(file.value.kind, 'challenge');
    assert.equal(file.value.team, 'Search');
    assert.equal(file.value.with, 'Payments');
    assert.equal(file.value.text.challenge, '[name] wants fewer meetings');
    assert.deepEqual(file.value.tags, ['office hours']);
  });

  it('a challenge file without its teams is malformed; a kind from a later minor waits for a newer Pacewise', () => {
    const base = { schema: 'pacewise.note', id: uuid(2), week: '2026-W50', text: { challenge: 'x' } };
    assert.deepEqual(parseNote(JSON.stringify({ ...base, v: '1.2', kind: 'challenge', team: 'Search' })), {
      ok: false,
      problem: 'is a challenge without team and with',
    });
    assert.deepEqual(parseNote(JSON.stringify({ ...base, v: '1.3', kind: 'retro' })), {
      ok: false,
      problem: 'is of a kind a newer Pacewise writes',
      newer: true,
    });
    assert.deepEqual(parseNote(JSON.stringify({ ...base, v: '1.2', kind: 'retro' })), {
      ok: false,
      problem: 'has an unknown kind',
    });
    const long = parseNote(JSON.stringify({ ...base, v: '1.2', kind: 'challenge', team: 'S', with: 'x'.repeat(61) }));
    assert.equal(long.ok, false);
  });

  it('is drafted from the weeks before the meeting: templates of all, words only from the user’s own notes', () => {
    const notes = [
      note(1, { template: 'limitWip', kind: 'experimentReport', week: '2026-W47' }),
      note(2, { template: 'noMeetingMornings', week: '2026-W49', text: { keep: 'their words' } }),
      note(3, { template: 'limitWip', week: '2026-W40' }),
      note(4, { kind: 'question', week: '2026-W49', text: { question: 'How do you say no?' } }),
      note(5, { week: '2026-W48', text: { title: 'Mine', keep: 'fewer threads' } }),
      note(6, { week: '2026-W51', template: 'hardStop' }),
    ];
    const m = challengeMaterial(notes, new Set([uuid(4), uuid(5)]), '2026-W50');
    assert.deepEqual(m.templates, ['noMeetingMornings', 'limitWip'], 'newest first, W40 and W51 outside');
    assert.deepEqual(
      m.ownLessons.map((n) => n.id),
      [uuid(5)],
    );
    assert.deepEqual(
      m.ownQuestions.map((n) => n.id),
      [uuid(4)],
    );
  });

  it('the micro-lesson after office hours is for other teams, names the team (removable) and its meeting', () => {
    const d = officeHoursLessonDraft(
      uuid(7),
      meeting,
      { title: 'After office hours with Payments', tried: 'x', tell: '' },
      0,
    );
    const file = parseNote(previewDraft(d, known).fileText);
    assert.ok(file.ok);
    assert.equal(file.value.kind, 'lesson');
    assert.equal(file.value.team, 'Search');
    assert.equal(file.value.text.title, 'After office hours with Payments');
    assert.equal(d.target, 'space');
  });
});

describe('office hours as one user sees them', () => {
  const files = (officeHours: unknown, notes: TeamNote[] = []) => [
    { path: 'charter.json', text: JSON.stringify({ schema: 'pacewise.charter', v: '1.1', officeHours }), bytes: 1 },
    ...notes.map((n) => {
      const { unknown, unknownText, ...rest } = n;
      void unknown;
      void unknownText;
      const text = JSON.stringify(rest);
      return { path: `.pacewise/notes/${n.id}.json`, text, bytes: text.length };
    }),
  ];
  const oh = { teams: ['Search', 'Payments', 'Mobile', 'Web'], everyWeeks: 1, start: '2026-W49' };

  it('this week, the next and the last meeting of the user’s team, and both teams’ challenges (newest only)', () => {
    const ours = note(1, { kind: 'challenge', week: '2026-W50', team: 'search', with: 'Web', v: '1.2' });
    const edited = note(2, { ...ours, id: uuid(2), supersedes: uuid(1) });
    const theirs = note(3, { kind: 'challenge', week: '2026-W50', team: 'Web', with: 'Search', v: '1.2' });
    const other = note(4, { kind: 'challenge', week: '2026-W50', team: 'Mobile', with: 'Payments', v: '1.2' });
    const space = loadSpace(files(oh, [ours, edited, theirs, other]));
    assert.deepEqual(space.problems, []);
    const now = officeHoursNow(space, 'SEARCH', '2026-W50');
    assert.ok(now.kind === 'ready');
    assert.equal(now.team, 'Search');
    assert.equal(now.thisWeek?.other, 'Web');
    assert.deepEqual(
      now.thisWeek?.ours.map((n) => n.id),
      [uuid(2)],
    );
    assert.deepEqual(
      now.thisWeek?.theirs.map((n) => n.id),
      [uuid(3)],
    );
    assert.equal(now.last?.week, '2026-W49');
    assert.equal(now.next?.week, '2026-W51');
    assert.notEqual(now.next?.other, now.thisWeek?.other);
    assert.equal(challengesOf([ours, theirs], '2026-W51', 'Search', 'Web').ours.length, 0);
  });

  it('not joined, a team the charter does not list, no office hours, problems', () => {
    const space = loadSpace(files(oh));
    const anon = officeHoursNow(space, undefined, '2026-W50');
    assert.ok(anon.kind === 'ready' && !anon.joined && anon.slot?.meetings.length === 2);
    const unlisted = officeHoursNow(space, 'Infra', '2026-W50');
    assert.ok(unlisted.kind === 'ready' && unlisted.unlisted === 'Infra' && !unlisted.thisWeek);
    const before = officeHoursNow(space, 'Search', '2026-W45');
    assert.ok(before.kind === 'ready' && !before.slot && before.next?.week === '2026-W49' && !before.last);
    assert.deepEqual(officeHoursNow(loadSpace([]), 'Search', '2026-W50'), { kind: 'notSetUp' });
    const bad = officeHoursNow(loadSpace(files({ teams: ['A'] })), 'A', '2026-W50');
    assert.equal(bad.kind, 'problems');
  });
});
