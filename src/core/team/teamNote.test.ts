import assert from 'node:assert/strict';
import {
  adherenceBucket,
  aggregateByTemplate,
  durationBucket,
  MAX_NOTE_BYTES,
  notesAddedBy,
  parseNote,
  serializeNote,
  TeamNote,
} from './teamNote';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const valid = {
  schema: 'pacewise.note',
  v: '1.0',
  id: ID,
  kind: 'lesson',
  week: '2026-W48',
  template: 'limitWip',
  duration: '2w',
  outcomes: { stress: 'lower', focusMinutes: 'same' },
  adherence: 'most',
  text: { title: 'Two at a time', tried: 'Limit WIP to 2', tell: 'Try it for a week' },
  tags: ['wip'],
};
const file = (o: unknown) => JSON.stringify(o);

describe('team note format', () => {
  it('reads a valid note', () => {
    const parsed = parseNote(file(valid));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.template, 'limitWip');
    assert.deepEqual(parsed.value.outcomes, { stress: 'lower', focusMinutes: 'same' });
    assert.deepEqual(parsed.value.unknown, {});
  });

  // faults.md 15: damaged files are skipped with a reason, never thrown on.
  for (const [name, text] of [
    ['truncated', file(valid).slice(0, 40)],
    ['with git conflict markers', `<<<<<<< HEAD\n${file(valid)}\n=======\n${file(valid)}\n>>>>>>> theirs\n`],
    ['with NUL bytes', `${file(valid)}\u0000\u0000`],
    ['empty', ''],
  ] as const) {
    it(`a note file ${name} is refused with a reason`, () => {
      const parsed = parseNote(text);
      assert.equal(parsed.ok, false);
      assert.ok(parsed.problem);
    });
  }

  it("bidi controls in a teammate's text are dropped (an override would show the rest reversed); letters stay", () => {
    const r = parseNote(
      file({
        ...valid,
        text: { title: 'Two \u202eat a time\u202c', tell: 'שלום \u2067inner\u2069 world' },
        tags: ['w\u202dip'],
      }),
    );
    assert.ok(r.ok);
    assert.equal(r.value.text.title, 'Two at a time');
    assert.equal(r.value.text.tell, 'שלום inner world');
    assert.deepEqual(r.value.tags, ['wip']);
  });

  it('a team, when named, is short text; anything else is refused', () => {
    const named = parseNote(file({ ...valid, v: '1.1', team: 'Payments' }));
    assert.ok(named.ok);
    assert.equal(named.value.team, 'Payments');
    for (const team of ['', '   ', 42, 'x'.repeat(61), ['Payments']])
      assert.deepEqual(
        parseNote(file({ ...valid, team })),
        { ok: false, problem: 'has a malformed team' },
        String(team),
      );
  });

  it('a BOM and CRLF line ends are fine', () => {
    assert.ok(parseNote(`\uFEFF${JSON.stringify(valid, null, 2).replace(/\n/g, '\r\n')}`).ok);
  });

  // faults.md 16: wrong shapes are rejected; prototype keys never pollute.
  for (const [name, value] of [
    ['null', null],
    ['an array', [valid]],
    ['a number', 42],
    ['without an id', { ...valid, id: undefined }],
    ['with a path as id', { ...valid, id: '../../x' }],
    ['with a non-v4 uuid', { ...valid, id: '3b241101-e2bb-1255-8caf-4136c566a962' }],
    ['of another schema', { ...valid, schema: 'pacewise.timer' }],
    ['without a version', { ...valid, v: 1 }],
    ['of an unknown kind', { ...valid, kind: 'rant' }],
    ['with a date instead of a week', { ...valid, week: '2026-11-24' }],
    ['with an unknown template', { ...valid, template: 'workHarder' }],
    ['with a raw score as outcome', { ...valid, outcomes: { stress: 4 } }],
    ['with an unknown measure', { ...valid, outcomes: { happiness: 'higher' } }],
    ['with a number as text', { ...valid, text: { title: 5 } }],
    ['with a long title', { ...valid, text: { title: 'x'.repeat(121) } }],
    ['with too many tags', { ...valid, tags: Array.from({ length: 9 }, (_, i) => `t${i}`) }],
    ['with a malformed pseudonym', { ...valid, pseudonym: 'Jane' }],
  ] as const) {
    it(`a note ${name} is rejected`, () => assert.equal(parseNote(file(value)).ok, false));
  }

  it('prototype keys are refused and pollute nothing', () => {
    for (const text of [
      '{"__proto__":{"polluted":true},"schema":"pacewise.note"}',
      file({ ...valid, text: JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') }),
    ]) {
      assert.equal(parseNote(text).ok, false);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('a 1 MB text field is refused by size before parsing', () => {
    const big = file({ ...valid, text: { tried: 'x'.repeat(1_000_000) } });
    const parsed = parseNote(big);
    assert.equal(parsed.ok, false);
    assert.match(parsed.problem ?? '', new RegExp(`${MAX_NOTE_BYTES / 1024} KB`));
  });

  // faults.md 17: a newer major needs a newer Pacewise; a newer minor is read, its unknown fields kept on rewrite.
  it('a newer major version is not read; a newer minor is, and unknown fields survive a rewrite', () => {
    const major = parseNote(file({ ...valid, v: '2.0' }));
    assert.deepEqual([major.ok, major.newer], [false, true]);
    const minor = parseNote(file({ ...valid, v: '1.3', mood: 'sunny', text: { ...valid.text, summary: 'new field' } }));
    assert.ok(minor.ok);
    assert.deepEqual(minor.value.unknown, { mood: 'sunny' });
    const again = parseNote(serializeNote(minor.value));
    assert.ok(again.ok);
    assert.deepEqual(again.value.unknown, { mood: 'sunny' });
    assert.deepEqual(again.value.unknownText, { summary: 'new field' });
    assert.equal(again.value.v, '1.3');
  });

  it('buckets: durations and adherence are coarse', () => {
    assert.deepEqual([7, 14, 21, 28, 42].map(durationBucket), ['1w', '2w', '3-4w', '3-4w', '5w+']);
    // Minutes or a few days are not "about a week".
    assert.deepEqual([0.01, 1, 5, 6, 9].map(durationBucket), ['<1w', '<1w', '<1w', '1w', '1w']);
    assert.deepEqual(
      [
        [8, 10],
        [5, 10],
        [1, 10],
        [0, 0],
      ].map(([k, j]) => adherenceBucket(k, j)),
      ['most', 'some', 'few', undefined],
    );
  });

  it('team aggregates only from 5 distinct contributors', () => {
    const note = (i: number, template: TeamNote['template'], stress: 'lower' | 'same'): TeamNote => {
      const parsed = parseNote(
        file({
          ...valid,
          id: `3b241101-e2bb-4255-8caf-4136c566a9${String(i).padStart(2, '0')}`,
          template,
          outcomes: { stress },
        }),
      );
      assert.ok(parsed.ok);
      return parsed.value;
    };
    const wip = [1, 2, 3, 4, 5, 6].map((i) => note(i, 'limitWip', i <= 4 ? 'lower' : 'same'));
    const breaks = [7, 8, 9, 10, 11].map((i) => note(i, 'breakDiscipline', 'lower'));
    // Six limitWip notes from five people; five breakDiscipline notes from only two.
    const who = (n: TeamNote) =>
      n.template === 'limitWip' ? `p${Math.min(5, Number(n.id.slice(-2)))}` : `q${Number(n.id.slice(-2)) % 2}`;
    const result = aggregateByTemplate([...wip, ...breaks], who);
    assert.deepEqual(result.withheld, ['breakDiscipline']);
    assert.deepEqual(result.shown, [
      { template: 'limitWip', notes: 6, outcomes: { stress: { higher: 0, same: 2, lower: 4 } } },
    ]);
  });

  it('reads who added each note from git log; five different people make an aggregate', () => {
    const ids = [1, 2, 3, 4, 5, 6].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
    const log = [
      '\u0000Eve@Example.com',
      '',
      `.pacewise/notes/${ids[5]}.json`,
      '\u0000dan@example.com',
      '',
      `.pacewise/notes/${ids[3]}.json`,
      `.pacewise/notes/${ids[4]}.json`,
      '\u0000cy@example.com',
      `.pacewise/notes/${ids[2]}.json`,
      'README.md',
      '\u0000bo@example.com',
      `.pacewise/notes/${ids[1]}.json`,
      '\u0000al@example.com',
      `.pacewise/notes/${ids[0]}.json`,
    ].join('\n');
    const authors = notesAddedBy(log);
    assert.equal(authors.get(ids[5]), 'eve@example.com');
    assert.equal(authors.get(ids[4]), 'dan@example.com');
    assert.equal(authors.size, 6);
    const notes = ids.map((id) => ({ ...(parseNote(file({ ...valid, id })) as { value: TeamNote }).value }));
    // Six notes, five people: shown. Without Eve and Dan's second note: four people, withheld.
    assert.equal(aggregateByTemplate(notes, (n) => authors.get(n.id)).shown[0]?.notes, 6);
    const four = aggregateByTemplate(notes.slice(0, 4), (n) => authors.get(n.id));
    assert.deepEqual(four, { shown: [], withheld: ['limitWip'] });
  });
});
