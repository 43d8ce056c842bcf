import assert from 'node:assert/strict';
import { parseAnnotation, serializeAnnotation, TeamAnnotation } from './teamAnnotation';
import { buildBoard, filterNotes, foldForSearch, LoadedAnnotation, LoadedNote, searchText } from './teamBoard';
import { TeamNote } from './teamNote';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function note(n: number, over: Partial<TeamNote> = {}): LoadedNote {
  return {
    path: `.pacewise/notes/${uuid(n)}.json`,
    note: {
      schema: 'pacewise.note',
      v: '1.0',
      id: uuid(n),
      kind: 'lesson',
      week: '2026-W40',
      text: {},
      tags: [],
      unknown: {},
      unknownText: {},
      ...over,
    },
  };
}

function annotation(n: number, about: number, week = '2026-W41'): LoadedAnnotation {
  const a: TeamAnnotation = {
    schema: 'pacewise.annotation',
    v: '1.0',
    id: uuid(n),
    note: uuid(about),
    week,
    text: `advice ${n}`,
    unknown: {},
  };
  return { annotation: a, path: `.pacewise/annotations/${uuid(about)}/${uuid(n)}.json` };
}

describe('team board', () => {
  it('shows the newest week first, ties in a stable order', () => {
    const board = buildBoard(
      [
        note(1, { week: '2026-W02' }),
        note(3, { week: '2026-W45' }),
        note(2, { week: '2026-W45' }),
        note(4, { week: '2025-W52' }),
      ],
      [],
      new Set(),
    );
    assert.deepEqual(
      board.notes.map((n) => n.note.id),
      [uuid(2), uuid(3), uuid(1), uuid(4)],
    );
  });

  const sameAuthor = () => true;

  it("an edit replaces the note it supersedes; withdrawing the edit does not resurrect its author's older version", () => {
    const notes = [note(1), note(2, { supersedes: uuid(1), week: '2026-W41' })];
    const board = buildBoard(notes, [], new Set(), sameAuthor);
    assert.deepEqual(
      board.notes.map((n) => n.note.id),
      [uuid(2)],
    );
    assert.equal(board.hidden.superseded, 1);
    // faults.md 26: a withdrawn note stays gone for its author even when a stale branch re-adds the file.
    const withdrawn = buildBoard(notes, [], new Set([uuid(1), uuid(2)]), sameAuthor);
    assert.deepEqual(withdrawn.notes, []);
    assert.equal(withdrawn.hidden.withdrawn, 2);
  });

  it('advice on an older version of a note shows under its newest version', () => {
    const board = buildBoard([note(1), note(2, { supersedes: uuid(1) })], [annotation(10, 1)], new Set(), sameAuthor);
    assert.deepEqual(
      board.annotations.get(uuid(2))?.map((a) => a.annotation.id),
      [uuid(10)],
    );
    assert.equal(board.hidden.orphans, 0);
  });

  it("a note naming someone else's note in supersedes hides nothing: both are shown and the newer one is marked", () => {
    const byPath: Record<string, string> = {
      [note(1).path]: 'ana@example.org',
      [note(2).path]: 'mallory@example.org',
      [note(3).path]: 'ana@example.org',
    };
    const sameGitAuthor = (a: LoadedNote, b: LoadedNote) =>
      byPath[a.path] !== undefined && byPath[a.path] === byPath[b.path];
    const notes = [note(1), note(2, { supersedes: uuid(1) }), note(3, { supersedes: uuid(1) })];
    const board = buildBoard(notes, [annotation(10, 1)], new Set(), sameGitAuthor);
    // Ana's own new version (3) replaces her note; Mallory's (2) is shown beside it, marked.
    assert.deepEqual(
      board.notes.map((n) => n.note.id),
      [uuid(2), uuid(3)],
    );
    assert.deepEqual([...board.unverifiedReplacements], [uuid(2)]);
    assert.deepEqual(
      board.annotations.get(uuid(3))?.map((a) => a.annotation.id),
      [uuid(10)],
      "advice follows the author's own new version only",
    );
    // Without knowing authors (no git yet), no replacement is honoured.
    const unknown = buildBoard(notes, [], new Set());
    assert.equal(unknown.notes.length, 3);
    assert.equal(unknown.unverifiedReplacements.size, 2);
  });

  it('annotations are grouped by note, oldest week first; orphans are hidden and counted', () => {
    const board = buildBoard(
      [note(1)],
      [annotation(10, 1, '2026-W44'), annotation(11, 1, '2026-W42'), annotation(12, 99)],
      new Set(),
    );
    assert.deepEqual(
      board.annotations.get(uuid(1))?.map((a) => a.annotation.id),
      [uuid(11), uuid(10)],
    );
    assert.equal(board.hidden.orphans, 1);
    // A withdrawn annotation is hidden, not counted as an orphan.
    const after = buildBoard([note(1)], [annotation(10, 1)], new Set([uuid(10)]));
    assert.equal(after.annotations.get(uuid(1)), undefined);
    assert.equal(after.hidden.orphans, 0);
  });

  it('search folds case, accents and width; every word must match; filters combine', () => {
    const notes = [
      note(1, { text: { keep: 'Café mornings without Slack' }, tags: ['meetings'], template: 'noMeetingMornings' }),
      note(2, { kind: 'question', text: { question: 'How do you keep WIP low?' } }),
      note(3, { template: 'limitWip', outcomes: { stress: 'lower' }, tags: ['ｗｉｐ'] }),
    ];
    const names = { noMeetingMornings: 'No-meeting mornings', limitWip: 'Limit WIP' } as Record<string, string>;
    const text = (e: LoadedNote) => searchText(e.note, (id) => names[id] ?? id);
    const ids = (r: LoadedNote[]) => r.map((e) => e.note.id);
    assert.deepEqual(ids(filterNotes(notes, { query: 'CAFE slack' }, text)), [uuid(1)]);
    assert.deepEqual(ids(filterNotes(notes, { query: 'wip' }, text)), [uuid(2), uuid(3)]);
    assert.deepEqual(ids(filterNotes(notes, { query: 'no-meeting' }, text)), [uuid(1)]);
    // Tags are shown as "#meetings": typed that way, they are found.
    assert.deepEqual(ids(filterNotes(notes, { query: '#meetings' }, text)), [uuid(1)]);
    assert.deepEqual(ids(filterNotes(notes, { query: '#' }, text)), [uuid(1), uuid(2), uuid(3)]);
    assert.deepEqual(ids(filterNotes(notes, { query: 'wip', kind: 'question' }, text)), [uuid(2)]);
    assert.deepEqual(ids(filterNotes(notes, { template: 'limitWip' }, text)), [uuid(3)]);
    assert.deepEqual(ids(filterNotes(notes, { outcome: 'lower' }, text)), [uuid(3)]);
    assert.deepEqual(ids(filterNotes(notes, { outcome: 'higher' }, text)), []);
    assert.deepEqual(ids(filterNotes(notes, { query: '   ' }, text)), ids(notes));
    assert.equal(foldForSearch('İstanbul Ünïcode'), 'istanbul unicode');
  });
});

describe('team annotations', () => {
  const valid = {
    schema: 'pacewise.annotation',
    v: '1.0',
    id: uuid(5),
    note: uuid(1),
    week: '2026-W48',
    text: 'Try it for two weeks',
  };

  it('reads a valid annotation and keeps unknown fields on rewrite', () => {
    const parsed = parseAnnotation(JSON.stringify({ ...valid, v: '1.3', mood: 'kind' }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.text, 'Try it for two weeks');
    const again = parseAnnotation(serializeAnnotation(parsed.value));
    assert.ok(again.ok);
    assert.deepEqual(again.value.unknown, { mood: 'kind' });
  });

  for (const [name, data] of [
    ['no note id', { ...valid, note: '../../x' }],
    ['an empty text', { ...valid, text: '  ' }],
    ['a text over 1,000 characters', { ...valid, text: 'x'.repeat(1001) }],
    ['a number as text', { ...valid, text: 42 }],
    ['a note schema', { ...valid, schema: 'pacewise.note' }],
    ['a prototype key', JSON.parse(`{"schema":"pacewise.annotation","v":"1.0","__proto__":{"x":1}}`)],
  ] as const) {
    it(`rejects ${name}`, () => {
      const parsed = parseAnnotation(JSON.stringify(data));
      assert.equal(parsed.ok, false);
      assert.equal(({} as Record<string, unknown>).x, undefined);
    });
  }

  it('an override in the advice is dropped, so the rest does not show reversed', () => {
    const parsed = parseAnnotation(JSON.stringify({ ...valid, text: 'Try it \u202efor two\u202c weeks' }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.text, 'Try it for two weeks');
  });

  it('a newer major version is named as such', () => {
    const parsed = parseAnnotation(JSON.stringify({ ...valid, v: '2.0' }));
    assert.equal(parsed.ok, false);
    assert.equal(!parsed.ok && parsed.newer, true);
  });
});
