import assert from 'node:assert/strict';
import { applyWip, noteParallelWork, parseWipTitle, summarizeWip, WipCommand, WipDoc } from './wip';

const DAY = 86_400_000;

function run(doc: WipDoc, cmds: WipCommand[], now = Date.UTC(2026, 10, 23)): WipDoc {
  let n = 0;
  for (const cmd of cmds) doc = applyWip(doc, cmd, { now, newId: () => `w${++n}` }).doc;
  return doc;
}

describe('work in progress', () => {
  it('add, park, resume, done, rename and reorder', () => {
    let doc = run({ items: [] }, [
      { type: 'add', title: 'parser', branch: 'feat/parser' },
      { type: 'add', title: 'docs' },
      { type: 'add', title: 'review' },
    ]);
    assert.deepEqual(
      doc.items.map((i) => i.title),
      ['parser', 'docs', 'review'],
    );
    assert.equal(doc.items[0].branch, 'feat/parser');
    doc = applyWip(doc, { type: 'move', id: doc.items[2].id, delta: -1 }, { now: 0, newId: () => '' }).doc;
    assert.deepEqual(
      doc.items.map((i) => i.title),
      ['parser', 'review', 'docs'],
    );
    const [parser, review] = doc.items;
    doc = run(doc, [
      { type: 'park', id: review.id },
      { type: 'done', id: parser.id },
      { type: 'rename', id: review.id, title: 'code review' },
    ]);
    assert.deepEqual(
      doc.items.map((i) => [i.title, i.status]),
      [
        ['parser', 'done'],
        ['code review', 'parked'],
        ['docs', 'active'],
      ],
    );
    const again = applyWip(doc, { type: 'park', id: review.id }, { now: 0, newId: () => '' });
    assert.equal(again.refusal, 'alreadyThere');
    assert.equal(applyWip(doc, { type: 'done', id: 'nope' }, { now: 0, newId: () => '' }).refusal, 'notFound');
  });

  it('move up and down within its own list: past parked and done items, not into them', () => {
    let doc = run({ items: [] }, [
      { type: 'add', title: 'a' },
      { type: 'add', title: 'p' },
      { type: 'add', title: 'b' },
    ]);
    const [a, p, b] = doc.items.map((i) => i.id);
    const ctx = { now: Date.UTC(2026, 10, 23), newId: () => 'x' };
    doc = applyWip(doc, { type: 'park', id: p }, ctx).doc;
    const titles = (d: WipDoc) => d.items.map((i) => i.title).join('');
    assert.equal(titles(applyWip(doc, { type: 'move', id: b, delta: -1 }, ctx).doc), 'bpa');
    assert.equal(applyWip(doc, { type: 'move', id: a, delta: -1 }, ctx).refusal, 'alreadyThere');
    assert.equal(applyWip(doc, { type: 'move', id: p, delta: 1 }, ctx).refusal, 'alreadyThere');
  });

  it('place (drag and drop): before another item or last; onto itself, an unknown target or the same spot changes nothing', () => {
    const doc = run({ items: [] }, [
      { type: 'add', title: 'a' },
      { type: 'add', title: 'b' },
      { type: 'add', title: 'c' },
    ]);
    const [a, b, c] = doc.items.map((i) => i.id);
    const ctx = { now: Date.UTC(2026, 10, 23), newId: () => 'x' };
    const titles = (d: WipDoc) => d.items.map((i) => i.title).join('');
    assert.equal(titles(applyWip(doc, { type: 'place', id: c, before: a }, ctx).doc), 'cab');
    assert.equal(titles(applyWip(doc, { type: 'place', id: a }, ctx).doc), 'bca');
    assert.equal(titles(applyWip(doc, { type: 'place', id: a, before: c }, ctx).doc), 'bac');
    for (const cmd of [
      { type: 'place', id: a, before: a },
      { type: 'place', id: a, before: 'gone' },
      { type: 'place', id: a, before: b },
      { type: 'place', id: c },
    ] as WipCommand[]) {
      const r = applyWip(doc, cmd, ctx);
      assert.equal(r.changed, false, JSON.stringify(cmd));
      assert.ok(r.refusal, JSON.stringify(cmd));
      assert.equal(titles(r.doc), 'abc');
    }
  });

  it('working on an item: switching between unfinished items on one day is a context switch', () => {
    const T = Date.UTC(2026, 10, 23, 9);
    const sameDay = (a: number, b: number) => Math.floor(a / DAY) === Math.floor(b / DAY);
    const ctx = (now: number) => ({ now, newId: () => 'x', sameDay });
    const doc = run({ items: [] }, [
      { type: 'add', title: 'parser' },
      { type: 'add', title: 'docs' },
      { type: 'add', title: 'review' },
    ]);
    const [parser, docs, review] = doc.items.map((i) => i.id);
    const first = applyWip(doc, { type: 'workOn', id: parser }, ctx(T));
    assert.equal(first.contextSwitch, false, 'the first choice of the day is no switch');
    assert.equal(first.doc.currentId, parser);
    const second = applyWip(first.doc, { type: 'workOn', id: docs }, ctx(T + 3_600_000));
    assert.equal(second.contextSwitch, true);
    assert.equal(applyWip(second.doc, { type: 'workOn', id: docs }, ctx(T)).refusal, 'alreadyThere');
    const finished = applyWip(second.doc, { type: 'done', id: docs }, ctx(T + 7_200_000));
    assert.equal(finished.doc.currentId, undefined, 'done clears the current item');
    assert.equal(applyWip(finished.doc, { type: 'workOn', id: review }, ctx(T + 7_300_000)).contextSwitch, false);
    const nextDay = applyWip(second.doc, { type: 'workOn', id: review }, ctx(T + DAY));
    assert.equal(nextDay.contextSwitch, false, 'a new day starts fresh');
    const parked = applyWip(second.doc, { type: 'park', id: parser }, ctx(T));
    const resumed = applyWip(parked.doc, { type: 'workOn', id: parser }, ctx(T + 60_000));
    assert.equal(
      resumed.doc.items.find((i) => i.id === parser)?.status,
      'active',
      'working on a parked item resumes it',
    );
  });

  it('the soft limit warns above it, never blocks', () => {
    const doc = run(
      { items: [] },
      ['a', 'b', 'c', 'd'].map((title) => ({ type: 'add', title }) as WipCommand),
    );
    assert.equal(doc.items.length, 4, 'adding past the limit works');
    assert.equal(summarizeWip(doc, 0, 3, 5).overLimit, true);
    assert.equal(summarizeWip(doc, 0, 4, 5).overLimit, false);
    assert.equal(summarizeWip(doc, 0, 0, 5).overLimit, false, '0 turns the limit off');
  });

  it('marks items active for N days or more as aging, counted from when they last became active', () => {
    const start = Date.UTC(2026, 10, 1);
    let doc = run({ items: [] }, [{ type: 'add', title: 'old' }], start);
    doc = run(doc, [{ type: 'add', title: 'new' }], start + 6 * DAY);
    const s = summarizeWip(doc, start + 6 * DAY, 3, 5);
    assert.deepEqual(s.aging, [doc.items[0].id]);
    const resumed = run(
      doc,
      [
        { type: 'park', id: doc.items[0].id },
        { type: 'resume', id: doc.items[0].id },
      ],
      start + 6 * DAY,
    );
    assert.deepEqual(summarizeWip(resumed, start + 6 * DAY, 3, 5).aging, []);
  });

  it('done items are kept for 30 days, then dropped from the list', () => {
    const start = Date.UTC(2026, 10, 1);
    let doc = run({ items: [] }, [{ type: 'add', title: 'x' }], start);
    doc = run(doc, [{ type: 'done', id: doc.items[0].id }], start);
    doc = run(doc, [{ type: 'add', title: 'y' }], start + 31 * DAY);
    assert.deepEqual(
      doc.items.map((i) => i.title),
      ['y'],
    );
  });

  it('titles: sanitized, not empty, not too long, markup kept as text', () => {
    assert.deepEqual(parseWipTitle('  <b>fix</b> $(bug)  '), { ok: true, value: '<b>fix</b> (bug)' });
    for (const bad of ['', '   ', 'x'.repeat(121), 42, null]) assert.equal(parseWipTitle(bad).ok, false);
  });

  it('notes each day’s WIP level (highest, at the last change, parallel) and files finished items for lead time', () => {
    // 23 Nov 2026 09:00 in Berlin (unit tests run with TZ=Europe/Berlin).
    const monday = new Date('2026-11-23T09:00').getTime();
    let doc = run(
      { items: [] },
      [
        { type: 'add', title: 'a' },
        { type: 'add', title: 'b' },
        { type: 'add', title: 'c' },
      ],
      monday,
    );
    assert.deepEqual(doc.levels, { '2026-11-23': [3, 3, -1] });
    const done = applyWip(doc, { type: 'done', id: doc.items[0].id }, { now: monday + 3 * DAY, newId: () => '' });
    assert.deepEqual(done.doc.levels!['2026-11-26'], [3, 2, -1], 'the day started with 3 in progress');
    assert.deepEqual(done.finished, { id: 'w1', title: 'a', createdAt: monday, doneAt: monday + 3 * DAY });
    // A refused change notes nothing.
    const again = applyWip(done.doc, { type: 'done', id: 'w1' }, { now: monday + 4 * DAY, newId: () => '' });
    assert.equal(again.doc.levels!['2026-11-27'], undefined);
    doc = done.doc;
    const p = noteParallelWork(doc, 4, monday + 3 * DAY);
    assert.deepEqual([p.changed, p.doc.levels!['2026-11-26']], [true, [3, 2, 4]]);
    assert.equal(noteParallelWork(p.doc, 4, monday + 3 * DAY).changed, false, 'not a new high: nothing to write');
    assert.deepEqual(noteParallelWork(doc, 1, monday + 5 * DAY).doc.levels!['2026-11-28'], [2, 2, 1]);
  });
});
