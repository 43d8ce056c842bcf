// `pacewise-digest` over real git repositories made here: several authors, merges, a damaged note, a folder that is
// not there, a folder that is no repository, and a URL to a local bare repository (cloned partially into the cache).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commitNote, makeDigestRepo, RepoNoteSpec } from '../../test/fixtures/digestRepos';
import Ajv2020 from 'ajv/dist/2020';
import { main } from './digest';

const people = (n: number, team: string) => Array.from({ length: n }, (_, i) => `p${i}@${team}.example`);

describe('pacewise-digest over real repositories', function () {
  this.timeout(120_000);
  let root: string;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    let err = '';
    const code = await main(
      argv,
      (l) => out.push(l),
      (t) => (err += t),
    );
    return { code, out: out.join('\n'), err };
  };
  const json = () => JSON.parse(readFileSync(path.join(root, 'out', 'digest.json'), 'utf8'));

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-digest-'));
    const reports = (authors: string[], template: string, week: string): RepoNoteSpec[] =>
      authors.map((author, i) => ({
        author,
        week,
        template,
        outcomes: { stress: i < authors.length - 1 ? 'lower' : 'same' },
        adherence: 'most',
      }));
    // Web: six people report Limit WIP in Q4, two report Hard stop (hidden, and Limit WIP's row partner… see below).
    makeDigestRepo(path.join(root, 'web'), {
      team: 'Web',
      notes: [
        ...reports(people(6, 'web'), 'limitWip', '2026-W45'),
        ...reports(people(2, 'web'), 'hardStop', '2026-W46'),
        ...reports(people(1, 'web'), 'reprioritise', '2026-W46'),
        { author: 'p0@web.example', week: '2026-W47', kind: 'lesson', title: 'WIP of two kept afternoons calm' },
      ],
      merges: people(5, 'web').map((a, i) => ({
        authors: [a],
        hours: 10 * (i + 1),
        at: `2026-11-0${i + 1}T12:00:00Z`,
      })),
      damaged: true,
    });
    // The same Web team in a second repository (no team file: named after the folder, so it is another team),
    // and a repository whose team file names Web — one person also committed in the first (one email, one person).
    makeDigestRepo(path.join(root, 'web-docs'), {
      team: 'web',
      notes: reports(['p0@web.example', 'p9@web.example'], 'limitWip', '2026-W45'),
    });
    makeDigestRepo(path.join(root, 'search'), { notes: reports(people(3, 'search'), 'batchMessages', '2026-W45') });
    mkdirSync(path.join(root, 'plain-folder'));
    // A URL: a bare repository with Payments' notes, reached as file://.
    makeDigestRepo(path.join(root, 'payments-work'), {
      team: 'Payments',
      notes: reports(people(5, 'payments'), 'noMeetingMornings', '2026-W41'),
    });
    execFileSync('git', ['clone', '-q', '--bare', path.join(root, 'payments-work'), path.join(root, 'payments.git')]);
    writeFileSync(
      path.join(root, 'repos.txt'),
      [
        '# every team of the organisation',
        path.join(root, 'web'),
        `${path.join(root, 'web-docs')}   # docs`,
        '',
        path.join(root, 'search'),
        path.join(root, 'missing'),
        path.join(root, 'plain-folder'),
        `file://${path.join(root, 'payments.git')}`,
      ].join('\n'),
    );
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads what it can, lists what it cannot with why, and writes digest.json and digest.md', async () => {
    const r = await run(
      '--repos',
      path.join(root, 'repos.txt'),
      '--out',
      path.join(root, 'out'),
      '--cache',
      path.join(root, 'cache'),
      '--concurrency',
      '3',
    );
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /4 repositories read, 2 not/);
    const d = json();
    const schema = JSON.parse(
      readFileSync(path.join(__dirname, '..', '..', 'docs', 'schemas', 'digest.schema.json'), 'utf8'),
    );
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    assert.ok(validate(json()), JSON.stringify(validate.errors));
    assert.equal(validate({ ...json(), minContributors: 3 }), false, 'the schema refuses a minimum under five');
    assert.equal(d.schema, 'pacewise.digest');
    assert.equal(d.minContributors, 5);
    assert.deepEqual(
      d.repos.failed.map((f: { repo: string; reason: string }) => [path.basename(f.repo), f.reason]),
      [
        ['missing', 'no such folder'],
        ['plain-folder', 'not a git repository (no .git)'],
      ],
    );
    // Web: Limit WIP from seven people (six here, one more in web-docs, p0 counted once). Web's hard stop (two people)
    // and re-prioritise (one) are hidden — two in the row of experiments, so nothing more; Web's lesson (one) is a
    // table of its own; Search's batch messages (three) stands alone in its row and column.
    const cells = d.cells.map((c: Record<string, unknown>) => [
      c.team,
      c.quarter,
      c.template ?? c.kind,
      c.contributors,
    ]);
    assert.deepEqual(cells, [
      ['Payments', '2026-Q4', 'noMeetingMornings', 5],
      ['Web', '2026-Q4', 'limitWip', 7],
    ]);
    assert.equal(d.suppressed, 4, 'Web’s hard stop, re-prioritise and lesson, Search’s batch messages');
    const web = d.cells[1];
    assert.equal(web.notes, 8);
    assert.equal(web.contributors, 7);
    assert.deepEqual(web.adherence, { total: 8, shown: { most: 8, some: 0, few: 0 } });
    // Stress lower 6, same 2: the two would be found out beside the six, so the row says its total only.
    assert.deepEqual(web.outcomes.stress, { total: 8, shown: {} });
    // Lead time: five merges by five people in November.
    assert.deepEqual(d.leadTime.cells, [
      { team: 'Web', quarter: '2026-Q4', changes: 5, medianHours: 30, p25Hours: 20, p75Hours: 40 },
    ]);
    assert.deepEqual(
      d.unreadable.map((u: { repo: string; path: string }) => [path.basename(u.repo), u.path.slice(0, 17)]),
      [['web', '.pacewise/notes/0']],
    );
    assert.equal(d.lessons.length, 1);
    assert.equal(d.lessons[0].title, 'WIP of two kept afternoons calm');
    const md = readFileSync(path.join(root, 'out', 'digest.md'), 'utf8');
    assert.match(md, /^# Pacing digest\n/);
    assert.match(md, /## Payments[\s\S]*## Web/);
    assert.match(md, /\| Experiment: Limit WIP \| 7 \| 8 \|/);
    assert.match(md, /Lead time for changes: median 30\.0 h, middle half 20\.0 h–40\.0 h \(5 merged changes\)\./);
    assert.doesNotMatch(md, /hardStop|reprioritise|batchMessages|search/i);
    // Only .pacewise/ was checked out of the URL's clone.
    const clone = path.join(root, 'cache', 'clones', readdirOnly(path.join(root, 'cache', 'clones')));
    // What git said of each repository is kept for the next run, by the branch's tip.
    assert.equal(readdirSync(path.join(root, 'cache', 'local')).length, 4);
    assert.ok(existsSync(path.join(clone, '.pacewise', 'notes')));
    assert.ok(!existsSync(path.join(clone, 'README.md')));
  });

  it('a second run refreshes the URL’s clone with a fetch and sees what was pushed since', async () => {
    const work = path.join(root, 'payments-work');
    commitNote(work, { author: 'p7@payments.example', week: '2026-W41', template: 'noMeetingMornings' });
    execFileSync('git', ['-C', work, 'push', '-q', path.join(root, 'payments.git'), 'main']);
    const r = await run(
      `file://${path.join(root, 'payments.git')}`,
      '--out',
      path.join(root, 'out'),
      '--cache',
      path.join(root, 'cache'),
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(json().cells[0].contributors, 6);
  });

  it('a new commit in a local repository is seen by the next run (the cache follows the branch’s tip)', async () => {
    const args = [path.join(root, 'web'), '--out', path.join(root, 'out'), '--cache', path.join(root, 'cache')];
    assert.equal((await run(...args)).code, 0);
    const before = json().cells.find((c: { template?: string }) => c.template === 'limitWip').contributors;
    commitNote(path.join(root, 'web'), { author: 'new@web.example', week: '2026-W45', template: 'limitWip' });
    assert.equal((await run(...args)).code, 0);
    assert.equal(json().cells.find((c: { template?: string }) => c.template === 'limitWip').contributors, before + 1);
  });

  it('--space: notes shared across teams count for the team their author named, questions by topic', async () => {
    const space = path.join(root, 'space');
    const askers = people(5, 'space');
    makeDigestRepo(space, {
      notes: [
        ...askers.map((author) => ({
          author,
          week: '2026-W45',
          kind: 'question' as const,
          tags: ['meetingLoad'],
          team: 'Web',
        })),
        ...askers
          .slice(0, 2)
          .map((author) => ({ author, week: '2026-W45', kind: 'question' as const, tags: ['onCall'] })),
      ],
    });
    const r = await run(path.join(root, 'search'), '--space', space, '--out', path.join(root, 'out'));
    assert.equal(r.code, 0, r.err);
    const cells = json().cells.map((c: Record<string, unknown>) => [c.team, c.kind, c.topic, c.contributors]);
    assert.deepEqual(cells, [['Web', 'question', 'meetingLoad', 5]]);
    assert.match(
      readFileSync(path.join(root, 'out', 'digest.md'), 'utf8'),
      /\| Questions on meeting load \| 5 \| 5 \|/,
    );
  });

  it('bad arguments exit 2 and write nothing; nothing readable exits 1', async () => {
    rmSync(path.join(root, 'out'), { recursive: true, force: true });
    for (const argv of [
      ['--min-contributors', '4', path.join(root, 'web')],
      ['--min-contributors', 'five', path.join(root, 'web')],
      ['--quarter', '2026-Q5', path.join(root, 'web')],
      ['--quarter', '2026-Q4', '--since', '2026-Q1', path.join(root, 'web')],
      ['--concurrency', '0', path.join(root, 'web')],
      ['--repos', path.join(root, 'no-list.txt')],
      ['--bogus'],
      [],
    ]) {
      const r = await run(...argv, '--out', path.join(root, 'out'));
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /usage: pacewise-digest/);
    }
    assert.equal(existsSync(path.join(root, 'out')), false);
    const none = await run(path.join(root, 'missing'), '--out', path.join(root, 'out'));
    assert.equal(none.code, 1);
    assert.match(none.err, /no repository could be read\n {2}.*missing: no such folder/);
    assert.equal(existsSync(path.join(root, 'out')), false);
  });

  it('--quarter keeps one quarter', async () => {
    const r = await run(path.join(root, 'web'), '--quarter', '2026-Q3', '--out', path.join(root, 'out'));
    assert.equal(r.code, 0);
    assert.deepEqual(json().cells, []);
    assert.deepEqual(json().leadTime.cells, []);
  });
});

function readdirOnly(dir: string): string {
  const names = readdirSync(dir);
  assert.equal(names.length, 1, names.join());
  return names[0];
}
