// The organisation digest at scale, as a user runs it: `pacewise-digest` (bin/pacewise-digest.mjs, from source through
// tsx) over 1,000 and 10,000 local repositories of 10 notes and 5 merged changes each, whole-process wall time and peak
// memory from /usr/bin/time; and what a URL's first fetch and a refresh bring over for a repository with a long history.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeDigestRepo } from '../test/fixtures/digestRepos';
import { newRunDir, ROOT } from '../test/host/codeServerHost';
import { median } from './benchHost';
import type { Row } from './benchInsights';

const BIN = path.join(ROOT, 'bin', 'pacewise-digest.mjs');

/**
 * One run of the CLI (or, with `control`, of Node starting and exiting — what no program can go below): wall seconds
 * and peak resident memory (MB) of the whole process, as /usr/bin/time sees them.
 */
function timed(args: string[], control = false): { s: number; mb: number } {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, ...(control ? ['-e', ''] : [BIN, ...args])],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`pacewise-digest ${args.join(' ')}: ${run.stderr}`);
  const [s, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { s, mb: kb / 1024 };
}

/** Drops the kernel's file cache when allowed (root outside a container); says whether it could. */
function dropCaches(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

function organisation(root: string, count: number, template: string): string {
  const list: string[] = [];
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, `team-${String(i).padStart(5, '0')}`);
    cpSync(template, dir, { recursive: true });
    writeFileSync(
      path.join(dir, '.pacewise', 'team.json'),
      JSON.stringify({ schema: 'pacewise.team', v: '1.0', name: `Team ${i}` }),
    );
    list.push(dir);
  }
  const file = path.join(root, `repos-${count}.txt`);
  writeFileSync(file, `${list.join('\n')}\n`);
  return file;
}

const du = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);

export function digestFigures(row: Row, { tenThousand }: { tenThousand: boolean }): void {
  const root = newRunDir('bench-digest');
  const template = path.join(root, 'template');
  const people = Array.from({ length: 10 }, (_, i) => `p${i}@example.com`);
  makeDigestRepo(template, {
    team: 'Template',
    notes: people.map((author, i) => ({
      author,
      week: `2026-W${40 + (i % 8)}`,
      template: i % 2 ? 'limitWip' : 'hardStop',
      outcomes: { stress: 'lower' },
      adherence: 'most',
    })),
    merges: people.slice(0, 5).map((a, i) => ({ authors: [a], hours: 5 * (i + 1), at: `2026-11-1${i}T10:00:00Z` })),
  });
  // Packed like a clone: git reads one pack, not hundreds of loose objects.
  execFileSync('git', ['gc', '-q'], { cwd: template });
  const thousand = organisation(path.join(root, 'org-1000'), 1_000, template);
  const out = path.join(root, 'out');
  const cache = path.join(root, 'cache');
  timed(['--help']); // the bundle is built once, on the first run after a source changed
  const first = timed(['--repos', thousand, '--out', out, '--cache', cache]);
  rmSync(cache, { recursive: true, force: true });
  const dropped = dropCaches();
  const cold = timed(['--repos', thousand, '--out', out, '--cache', cache]);
  const warm = Array.from({ length: 3 }, () => timed(['--repos', thousand, '--out', out, '--cache', cache]));
  const warmS = median(warm.map((w) => w.s));
  const control = median(Array.from({ length: 3 }, () => timed([], true).s));
  row(
    'digest: 1,000 repositories × 10 notes, first run (git asked for every repository) — wall, peak memory',
    `${first.s.toFixed(2)} s, ${first.mb.toFixed(0)} MB`,
    '≤ 5 s, ≤ 150 MB',
  );
  if (dropped)
    row(
      '  the same after dropping the kernel’s file cache (every file from disk)',
      `${cold.s.toFixed(2)} s, ${cold.mb.toFixed(0)} MB`,
    );
  row(
    'digest: 1,000 repositories × 10 notes, warm (median of 3) — wall, peak memory',
    `${warmS.toFixed(2)} s, ${Math.max(...warm.map((w) => w.mb)).toFixed(0)} MB`,
    '≤ 2 s, ≤ 150 MB',
  );
  row('  control: Node starting and exiting, same method (median of 3)', `${control.toFixed(2)} s`);
  if (tenThousand) {
    const ten = organisation(path.join(root, 'org-10000'), 10_000, template);
    timed(['--repos', ten, '--out', out, '--cache', cache]);
    const run = timed(['--repos', ten, '--out', out, '--cache', cache]);
    row(
      'digest: 10,000 repositories × 10 notes, each its own team, warm — wall (× the 1,000 figure), peak memory',
      `${run.s.toFixed(2)} s (${(run.s / warmS).toFixed(1)}×), ${run.mb.toFixed(0)} MB`,
      '≤ 10×',
    );
    // The same repositories as an organisation has them: many repositories to a team (here 50 teams).
    readFileSync(ten, 'utf8')
      .trim()
      .split('\n')
      .forEach((dir, i) =>
        writeFileSync(
          path.join(dir, '.pacewise', 'team.json'),
          JSON.stringify({ schema: 'pacewise.team', v: '1.0', name: `Team ${i % 50}` }),
        ),
      );
    const fifty = timed(['--repos', ten, '--out', out, '--cache', cache]);
    row(
      'digest: the same 10,000 repositories in 50 teams, warm — wall, peak memory',
      `${fifty.s.toFixed(2)} s, ${fifty.mb.toFixed(0)} MB`,
      'memory flat',
    );
    rmSync(path.join(root, 'org-10000'), { recursive: true, force: true });
  }
  // A URL: a repository with a long history (300 commits, each changing a 100 KB file outside .pacewise/).
  const big = path.join(root, 'big-work');
  makeDigestRepo(big, { team: 'Big', notes: people.slice(0, 5).map((author) => ({ author, week: '2026-W45' })) });
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  mkdirSync(path.join(big, 'assets'), { recursive: true });
  for (let i = 0; i < 300; i++) {
    writeFileSync(path.join(big, 'assets', 'data.bin'), randomBytes(100_000)); // incompressible, as build output is
    git(big, 'add', '-A');
    git(
      big,
      '-c',
      'user.name=CI',
      '-c',
      'user.email=ci@example.com',
      'commit',
      '-q',
      '--no-gpg-sign',
      '-m',
      `data ${i}`,
    );
  }
  const bare = path.join(root, 'big.git');
  execFileSync('git', ['clone', '-q', '--bare', big, bare]);
  git(bare, 'config', 'uploadpack.allowFilter', 'true');
  git(bare, 'gc', '-q');
  const url = `file://${bare}`;
  const urlCache = path.join(root, 'url-cache');
  timed([url, '--out', out, '--cache', urlCache]);
  const fetched = du(urlCache);
  writeFileSync(path.join(big, 'assets', 'data.bin'), randomBytes(100_000));
  git(big, 'add', '-A');
  git(big, '-c', 'user.name=CI', '-c', 'user.email=ci@example.com', 'commit', '-q', '--no-gpg-sign', '-m', 'one more');
  git(big, 'push', '-q', bare, 'main');
  timed([url, '--out', out, '--cache', urlCache]);
  row(
    `digest: a URL with 300 commits of a 100 KB file (the repository ${(du(bare) / 1e6).toFixed(1)} MB) — first fetch, then a refresh after one more commit`,
    `${(fetched / 1e3).toFixed(0)} KB, +${((du(urlCache) - fetched) / 1e3).toFixed(0)} KB`,
    'only .pacewise/ and the commit graph',
  );
  rmSync(root, { recursive: true, force: true });
}
