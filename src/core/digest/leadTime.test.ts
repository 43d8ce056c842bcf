import assert from 'node:assert/strict';
import { mergedChanges, parseRepoLog, percentile } from './leadTime';
import { parseRepoTeam, repoName } from './repoTeam';

const H = 3600;
const T0 = Date.UTC(2026, 9, 5) / 1000; // 5 Oct 2026, Q4

/** A commit's name as a hash git could print. */
const h = (name: string) => Buffer.from(name).toString('hex').padEnd(8, '0');

/** `git log --format=LOG_FORMAT` lines, newest first. */
const log = (rows: [string, string[], number, number, string][]) =>
  rows.map(([id, parents, a, c, who]) => `\u0000${[id, ...parents].map(h).join(' ')}\t${a}\t${c}\t${who}`).join('\n');

describe('lead time for changes from the commit graph', () => {
  it('a merge’s change runs from its first commit to the merge; what the branch had is not counted again', () => {
    // main: a0 ← m1 (merges b1 ← b2) ← a3 ← m2 (merges c1, which branched after m1 and merged main in: c1 ← x ← m1)
    const text = log([
      ['e2', ['a3', 'c2'], T0 + 100 * H, T0 + 100 * H, 'Merger@Example.com'],
      ['c2', ['c1', 'm1'], T0 + 60 * H, T0 + 60 * H, 'cy@example.com'],
      ['a3', ['m1'], T0 + 50 * H, T0 + 50 * H, 'ann@example.com'],
      ['c1', ['m1'], T0 + 40 * H, T0 + 40 * H, 'cy@example.com'],
      ['m1', ['a0', 'b2'], T0 + 30 * H, T0 + 30 * H, 'ann@example.com'],
      ['b2', ['b1'], T0 + 20 * H, T0 + 22 * H, 'bo@example.com'],
      ['b1', ['a0'], T0 + 10 * H, T0 + 25 * H, 'Di@example.com'],
      ['a0', [], T0, T0, 'ann@example.com'],
    ]);
    const { tip, commits } = parseRepoLog(`${text}\nnot a commit line\n`);
    assert.equal(tip, h('e2'));
    assert.equal(commits.size, 8);
    assert.deepEqual(mergedChanges(tip, commits), [
      { quarter: '2026-Q4', hours: 20, authors: ['bo@example.com', 'di@example.com'] },
      { quarter: '2026-Q4', hours: 60, authors: ['cy@example.com'] },
    ]);
  });

  it('the notes each commit added, by the older commit when a note was added twice', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const other = '00000000-0000-4000-8000-000000000002';
    const text = [
      `\u0000${h('c')} ${h('b')}\t${T0 + 2 * H}\t${T0 + 2 * H}\tlater@example.com`,
      '',
      `A\t${id}.json`,
      `M\t${other}.json`,
      `\u0000${h('b')} ${h('a')}\t${T0 + H}\t${T0 + H}\tAnn@Example.com`,
      '',
      `A\t${id}.json`,
      `A\t${other}.json`,
      'A\tnot-a-note.json',
      `\u0000${h('a')}\t${T0}\t${T0}\tbo@example.com`,
    ].join('\n');
    const { addedBy, commits } = parseRepoLog(text);
    assert.equal(commits.size, 3);
    assert.deepEqual(
      [...addedBy],
      [
        [id, 'ann@example.com'],
        [other, 'ann@example.com'],
      ],
    );
  });

  it('no merges, a missing parent, an empty log: nothing to measure, nothing thrown', () => {
    assert.deepEqual(mergedChanges(undefined, new Map()), []);
    const { tip, commits } = parseRepoLog(
      log([
        ['b', ['a', 'zz'], T0 + H, T0 + H, 'x@example.com'],
        ['a', [], T0, T0, 'x@example.com'],
      ]),
    );
    assert.deepEqual(mergedChanges(tip, commits), []); // zz is not in the log (a shallow history)
  });

  it('a merge in the last hours of a quarter (UTC) belongs to that quarter', () => {
    const end = Date.UTC(2026, 11, 31, 23, 0) / 1000;
    const { tip, commits } = parseRepoLog(
      log([
        ['m', ['a', 'b'], end, end, 'x@example.com'],
        ['b', ['a'], end - 5 * H, end - 5 * H, 'y@example.com'],
        ['a', [], end - 9 * H, end - 9 * H, 'x@example.com'],
      ]),
    );
    assert.equal(mergedChanges(tip, commits)[0].quarter, '2026-Q4');
  });

  it('percentiles interpolate', () => {
    assert.equal(percentile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(percentile([5], 0.25), 5);
    assert.ok(Number.isNaN(percentile([], 0.5)));
  });
});

describe('a repository’s team', () => {
  it('the name in .pacewise/team.json, else the repository’s', () => {
    assert.deepEqual(parseRepoTeam('{"schema":"pacewise.team","v":"1.0","name":"Payments"}'), {
      ok: true,
      name: 'Payments',
    });
    assert.equal(parseRepoTeam('{"schema":"pacewise.team","v":"1.0","name":""}').ok, false);
    assert.equal(parseRepoTeam('{"schema":"pacewise.team","v":"1.0","name":"x","__proto__":{}}').ok, false);
    assert.equal(parseRepoTeam('not json').ok, false);
    assert.equal(repoName('/src/web-app/'), 'web-app');
    assert.equal(repoName('https://git.example.com/org/payments.git'), 'payments');
    assert.equal(repoName('git@git.example.com:org/search.git'), 'search');
  });
});
