import assert from 'node:assert/strict';
import { DigestAccumulator, suppress } from './digestCells';
import type { TeamNote } from '../team/teamNote';

const note = (over: Partial<TeamNote> = {}): TeamNote => ({
  schema: 'pacewise.note',
  v: '1.0',
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'experimentReport',
  week: '2026-W45',
  template: 'limitWip',
  text: {},
  tags: [],
  unknown: {},
  unknownText: {},
  ...over,
});

/** `n` notes of `team` in `quarter` by `people` distinct authors (round-robin). */
function add(acc: DigestAccumulator, team: string, quarter: string, people: number, over: Partial<TeamNote> = {}) {
  for (let i = 0; i < Math.max(people, 1); i++) acc.addNote(team, quarter, note(over), `p${i}@${team}.example`);
}

describe('the digest’s cells and the minimum group', () => {
  it('a cell shows from five distinct authors, and one email in two repositories is one person', () => {
    const acc = new DigestAccumulator();
    for (let i = 0; i < 4; i++) acc.addNote('Web', '2026-Q4', note(), `p${i}@example.com`);
    acc.addNote('Web', '2026-Q4', note(), 'p0@example.com'); // the same person again, from another repository
    assert.equal(acc.result(5).cells.length, 0);
    acc.addNote('web', '2026-Q4', note(), 'p4@example.com'); // the same team, spelled in lowercase elsewhere
    const r = acc.result(5);
    assert.equal(r.cells.length, 1);
    assert.deepEqual([r.cells[0].team, r.cells[0].contributors, r.cells[0].notes], ['Web', 5, 6]);
  });

  it('a hidden cell carries nothing; when a row would hide exactly one cell, the next smallest goes with it', () => {
    const acc = new DigestAccumulator();
    add(acc, 'Web', '2026-Q4', 7, { template: 'limitWip' });
    add(acc, 'Web', '2026-Q4', 6, { template: 'hardStop' });
    add(acc, 'Web', '2026-Q4', 3, { template: 'noMeetingMornings' });
    const r = acc.result(5);
    // Shown: 7 only. 6 is hidden too, else a row total (7 + 6 + 3 people's notes) less the shown would give the 3.
    assert.deepEqual(
      r.cells.map((c) => ['template' in c.subject ? c.subject.template : '', c.contributors]),
      [['limitWip', 7]],
    );
    assert.equal(r.suppressed, 2);
    assert.doesNotMatch(JSON.stringify(r), /noMeetingMornings|hardStop/);
  });

  it('columns too: a quarter’s subject across teams never leaves one team’s hidden cell alone', () => {
    const acc = new DigestAccumulator();
    add(acc, 'Payments', '2026-Q4', 9);
    add(acc, 'Search', '2026-Q4', 2);
    add(acc, 'Web', '2026-Q4', 5);
    // Each team tried a second experiment, shown on its own.
    for (const t of ['Payments', 'Search', 'Web']) add(acc, t, '2026-Q4', 8, { template: 'focusBlocks' });
    const r = acc.result(5);
    // Search's 2 hidden; the column's next smallest (Web, 5) goes with it; Web's and Search's rows of experiments then
    // have one hidden each → their focus blocks go too. Payments' row and the focus-blocks column keep two hidden.
    assert.deepEqual(
      r.cells.map((c) => [c.team, 'template' in c.subject && c.subject.template]),
      [
        ['Payments', 'focusBlocks'],
        ['Payments', 'limitWip'],
      ],
    );
    assert.equal(r.suppressed, 4);
  });

  it('a team’s lessons and questions are tables of their own: one person’s lesson hides no experiment', () => {
    const acc = new DigestAccumulator();
    add(acc, 'Web', '2026-Q4', 6);
    add(acc, 'Web', '2026-Q4', 1, { kind: 'lesson', template: undefined });
    const r = acc.result(5);
    assert.deepEqual(
      r.cells.map((c) => c.contributors),
      [6],
    );
    assert.equal(r.suppressed, 1);
  });

  it('for every small organisation: no group has exactly one hidden cell, none shows under five', () => {
    for (let seed = 1; seed <= 300; seed++) {
      let x = seed;
      const rnd = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
      const cells = Array.from({ length: 2 + rnd(10) }, (_, i) => ({
        key: `c${i}`,
        size: rnd(12),
        groups: [`row${rnd(3)}`, `col${rnd(3)}`],
      }));
      const hidden = suppress(cells, 5);
      for (const c of cells) if (c.size < 5) assert.ok(hidden.has(c.key), `seed ${seed}`);
      const groups = new Map<string, string[]>();
      for (const c of cells) for (const g of c.groups) groups.set(g, [...(groups.get(g) ?? []), c.key]);
      for (const [g, keys] of groups)
        if (keys.length > 1) assert.notEqual(keys.filter((k) => hidden.has(k)).length, 1, `seed ${seed} ${g}`);
      assert.deepEqual([...suppress(cells, 5)].sort(), [...hidden].sort(), 'the same every time');
    }
  });

  it('outcomes and adherence inside a shown cell follow the rule: a direction of one or two people is merged or left out', () => {
    const acc = new DigestAccumulator();
    for (let i = 0; i < 6; i++)
      acc.addNote(
        'Web',
        '2026-Q4',
        note({ outcomes: { stress: i < 5 ? 'lower' : 'higher' }, adherence: 'most' }),
        `p${i}@example.com`,
      );
    const [cell] = acc.result(5).cells;
    // The one "higher" would be found out beside "lower 5": the row says only its total.
    assert.deepEqual(cell.outcomes.stress, { total: 6, shown: [], withheld: true });
    assert.deepEqual(cell.adherence?.shown, [
      { key: 'most', count: 6 },
      { key: 'some', count: 0 },
      { key: 'few', count: 0 },
    ]);
  });

  it('quarters: --quarter and --since keep only theirs; teams alphabetical whatever the order read', () => {
    const a = new DigestAccumulator({ since: '2026-Q3' });
    add(a, 'Web', '2026-Q2', 6);
    add(a, 'Web', '2026-Q3', 6);
    add(a, 'Apps', '2026-Q4', 6);
    const r = a.result(5);
    assert.deepEqual(r.quarters, ['2026-Q3', '2026-Q4']);
    assert.deepEqual(r.teams, ['Apps', 'Web']);
    const b = new DigestAccumulator({ quarter: '2026-Q2' });
    add(b, 'Web', '2026-Q2', 6);
    add(b, 'Web', '2026-Q3', 6);
    assert.deepEqual(b.result(5).quarters, ['2026-Q2']);
  });

  it('lead time: a team-quarter from five authors of merged changes; fewer shows nothing but the count of such cells', () => {
    const acc = new DigestAccumulator();
    const change = (hours: number, author: string) => ({ quarter: '2026-Q4', hours, authors: [author] });
    acc.addChanges(
      'Web',
      [1, 2, 3, 4, 10, 20].map((h, i) => change(h, `p${i % 5}@example.com`)),
    );
    acc.addChanges(
      'Search',
      [1, 2].map((h, i) => change(h, `s${i}@example.com`)),
    );
    const r = acc.result(5);
    assert.deepEqual(r.leadTime, [
      { team: 'Web', quarter: '2026-Q4', changes: 6, medianHours: 3.5, p25Hours: 2.3, p75Hours: 8.5 },
    ]);
    assert.equal(r.leadTimeSuppressed, 1);
  });
});
