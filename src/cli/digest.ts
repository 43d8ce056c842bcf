import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DigestAccumulator, QuarterRange, inRange } from '../core/digest/digestCells';
import type { DigestRun } from '../core/digest/digestReport';
import { digestJson } from '../core/digest/digestJson';
import { digestMarkdown } from '../core/digest/digestMarkdown';
import { lessonTitle } from '../core/digest/lessons';
import { digestHtml } from '../core/digest/digestPage';
import { quarterOfWeek } from '../core/rituals/reviewRitual';
import { MIN_CONTRIBUTORS } from '../core/team/teamNote';
import { isQuarter } from '../core/team/teamRating';
import { readRepo, RepoData } from '../storage/digest/repoReader';

const USAGE = `usage: pacewise-digest [--out DIR] [--quarter 2026-Q4 | --since 2026-Q1] [--min-contributors N]
                       [--space PATH] [--repos FILE] [--concurrency N] [--cache DIR] [REPO ...]

  REPO                   a local git checkout, or a git URL (fetched as a partial, sparse clone of .pacewise/)
  --repos FILE           more repositories, one per line (# starts a comment)
  --out DIR              where index.html, digest.md and digest.json go (default pacewise-digest/)
  --quarter Q            only this quarter; --since Q: this quarter and later (default: every quarter)
  --min-contributors N   people behind a cell before it shows (default 5; never lower)
  --space PATH           also read the mentorship space's notes across teams
  --concurrency N        repositories read at once (default 8)
  --cache DIR            where URLs are cloned (default ~/.cache/pacewise-digest)

exit status: 0 a report was written, 1 nothing could be read, 2 bad arguments`;

export interface DigestOptions {
  /** Whether stderr is a terminal: a progress bar, else a line per 100 repositories. */
  tty: boolean;
  /** Told after each repository (the editor's progress notification). */
  onProgress?: (read: number, total: number) => void;
  /** Told once the report is written: how many repositories were read and which could not be. */
  onWritten?: (run: Pick<DigestRun, 'read' | 'failed'>) => void;
}

/** `pacewise-digest`: many repositories' pacing notes in one humane report, from a terminal or CI. */
export async function main(
  argv: string[],
  out: (line: string) => void,
  err: (text: string) => void,
  options: DigestOptions = { tty: false },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        quarter: { type: 'string' },
        since: { type: 'string' },
        'min-contributors': { type: 'string' },
        space: { type: 'string' },
        repos: { type: 'string' },
        concurrency: { type: 'string' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    out(USAGE);
    return 0;
  }
  const bad = (why: string) => {
    err(`pacewise-digest: ${why}\n${USAGE}\n`);
    return 2;
  };
  if (v.quarter !== undefined && v.since !== undefined) return bad('--quarter and --since do not go together');
  for (const q of [v.quarter, v.since])
    if (q !== undefined && !isQuarter(q)) return bad(`a quarter is written like 2026-Q4, not “${q}”`);
  const k = v['min-contributors'] === undefined ? MIN_CONTRIBUTORS : Number(v['min-contributors']);
  if (!Number.isInteger(k) || k < MIN_CONTRIBUTORS || k > 1000)
    return bad(`--min-contributors is a whole number from ${MIN_CONTRIBUTORS} to 1000`);
  const concurrency = v.concurrency === undefined ? 8 : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    return bad('--concurrency is a whole number from 1 to 64');
  const repos = [...positionals];
  if (v.repos !== undefined) {
    const text = await fs.readFile(v.repos, 'utf8').catch(() => undefined);
    if (text === undefined) return bad(`cannot read the list ${v.repos}`);
    for (const line of text.split('\n')) {
      const repo = line.replace(/(^|\s)#.*$/, '').trim();
      if (repo) repos.push(repo);
    }
  }
  if (!repos.length && v.space === undefined) return bad('name at least one repository (or --repos FILE)');
  const range: QuarterRange = v.quarter ? { quarter: v.quarter } : v.since ? { since: v.since } : undefined;
  const cache =
    v.cache ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pacewise-digest');
  const outDir = path.resolve(v.out ?? 'pacewise-digest');

  const acc = new DigestAccumulator(range);
  const run: DigestRun = { read: 0, failed: [], unreadable: [], lessons: [] };
  const add = (data: RepoData, across = false) => {
    run.read++;
    for (const u of data.unreadable) run.unreadable.push({ repo: data.repo, ...u });
    for (const { note, author, path: file } of data.notes) {
      // In the space, a note counts for the team its author named, if any.
      const team = across ? (note.team ?? 'Across teams') : data.team;
      const quarter = quarterOfWeek(note.week);
      acc.addNote(team, quarter, note, author);
      if (note.kind === 'lesson' && inRange(range, quarter))
        run.lessons.push({ team, quarter, title: lessonTitle(note), repo: data.repo, path: file });
    }
    if (!across) {
      acc.addChanges(data.team, data.changes);
      acc.addRatings(data.team, data.ratings);
    }
  };

  const progress = progressReporter(repos.length, options.tty, err);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < repos.length) {
      const repo = repos[next++];
      const result = await readRepo(repo, cache);
      if (result.ok) add(result.data);
      else run.failed.push({ repo: result.repo, reason: result.reason });
      progress.step();
      options.onProgress?.(++done, repos.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, repos.length) }, worker));
  progress.done();
  if (v.space !== undefined) {
    const space = await readRepo(v.space, cache);
    if (space.ok) add(space.data, true);
    else run.failed.push({ repo: space.repo, reason: space.reason });
  }
  run.failed.sort((a, b) => a.repo.localeCompare(b.repo));
  run.unreadable.sort((a, b) => a.repo.localeCompare(b.repo) || a.path.localeCompare(b.path));
  run.lessons.sort(
    (a, b) => a.team.localeCompare(b.team) || a.quarter.localeCompare(b.quarter) || a.title.localeCompare(b.title),
  );
  if (run.read === 0) {
    err(
      `pacewise-digest: no repository could be read\n${run.failed.map((f) => `  ${f.repo}: ${f.reason}`).join('\n')}\n`,
    );
    return 1;
  }
  const cells = acc.result(k);
  await fs.mkdir(outDir, { recursive: true });
  await writeChunks(path.join(outDir, 'digest.json'), digestJson(cells, run));
  await writeChunks(path.join(outDir, 'digest.md'), digestMarkdown(cells, run));
  await writeChunks(path.join(outDir, 'index.html'), digestHtml(cells, run, cspHash));
  out(
    `wrote ${path.join(outDir, 'index.html')}, digest.md and digest.json: ${run.read} repositories read, ${run.failed.length} not, ` +
      `${cells.cells.length} cells shown, ${cells.suppressed} hidden (fewer than ${k} people)`,
  );
  for (const f of run.failed) out(`  not read: ${f.repo}: ${f.reason}`);
  options.onWritten?.(run);
  return 0;
}

/** Writes a report's chunks as they come, beside the file, then renames it into place (a reader never sees half). */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    let buffered: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffered.push(chunk);
      size += chunk.length;
      if (size > 256 * 1024) {
        await handle.write(buffered.join(''));
        buffered = [];
        size = 0;
      }
    }
    await handle.write(buffered.join(''));
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}

/** A CSP hash source for an inline style or script. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Progress on stderr: a bar redrawn in place on a terminal, else one line per 100 repositories. */
function progressReporter(total: number, tty: boolean, err: (text: string) => void) {
  let n = 0;
  let drawn = -1;
  return {
    step() {
      n++;
      if (tty) {
        const width = 30;
        const filled = Math.round((n / total) * width);
        if (filled !== drawn || n === total) {
          drawn = filled;
          err(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${n}/${total} repositories`);
        }
      } else if (n % 100 === 0) err(`read ${n} of ${total} repositories\n`);
    },
    done() {
      if (tty && total) err('\n');
    },
  };
}
