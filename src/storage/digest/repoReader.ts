/**
 * Reads one repository for the organisation digest: its team name, its `.pacewise/` notes and ratings (each file
 * size-checked, none followed through a symlink), who added each note (git), and the changes merged into its default
 * branch (git). A URL is first brought into a cache as a partial, sparse clone — commits and trees, and the blobs of
 * `.pacewise/` only — and refreshed with a fetch later. Every failure becomes a reason, never an exception.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LOG_FORMAT, MergedChange, mergedChanges, parseCommitLog } from '../../core/digest/leadTime';
import { parseRepoTeam, REPO_TEAM_FILE, repoName } from '../../core/digest/repoTeam';
import { MAX_NOTE_BYTES, notesAddedBy, parseNote, TeamNote } from '../../core/team/teamNote';
import { MAX_RATING_BYTES, parseRating, Rating } from '../../core/team/teamRating';

export interface RepoNote {
  note: TeamNote;
  /** Lowercased email of the author of the commit that added the file. */
  author: string;
  /** The file inside the repository, e.g. `.pacewise/notes/<id>.json`. */
  path: string;
}

export interface RepoData {
  repo: string;
  team: string;
  /** Committed notes only: a note no commit added yet has no contributor and is not shared. */
  notes: RepoNote[];
  ratings: Rating[];
  changes: MergedChange[];
  /** Files that could not be read, with why. */
  unreadable: { path: string; problem: string }[];
}

export type RepoResult = { ok: true; data: RepoData } | { ok: false; repo: string; reason: string };

const MAX_FILES = 10_000;
const GIT_TIMEOUT_MS = 120_000;

export const isUrl = (repo: string) => /^(https?|ssh|git|file):\/\//.test(repo) || /^[\w.-]+@[\w.-]+:/.test(repo);

function git(cwd: string | undefined, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 512 * 1024 * 1024,
        // Never a prompt for a password: a repository that needs one fails with git's reason.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' },
      },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const line = stderr.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? err.message.split('\n')[0];
        reject(new Error(line.replace(/^(fatal|error):\s*/, '').trim()));
      },
    ),
  );
}

/** Brings `url` into `cache` (a partial, sparse clone of `.pacewise/`), or refreshes the copy there; returns its folder. */
export async function fetchRepo(url: string, cache: string): Promise<string> {
  const dir = path.join(cache, createHash('sha256').update(url).digest('hex').slice(0, 16));
  const there = await fs.stat(path.join(dir, '.git')).catch(() => undefined);
  if (there) {
    await git(dir, ['fetch', '--quiet', '--no-tags', '--filter=blob:none', 'origin']);
    await git(dir, ['reset', '--quiet', '--hard', 'origin/HEAD']);
    return dir;
  }
  await fs.mkdir(cache, { recursive: true });
  const temp = `${dir}.${process.pid}.tmp`;
  await fs.rm(temp, { recursive: true, force: true });
  try {
    await git(undefined, [
      'clone',
      '--quiet',
      '--no-tags',
      '--filter=blob:none',
      '--no-checkout',
      '--sparse',
      url,
      temp,
    ]);
    await git(temp, ['sparse-checkout', 'set', '--no-cone', '/.pacewise/']);
    await git(temp, ['checkout', '--quiet']);
    await fs.rename(temp, dir);
  } catch (e) {
    await fs.rm(temp, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

/** A regular file's text when it is no larger than `max`; a problem otherwise (symlinks are not followed). */
async function readSmall(file: string, max: number): Promise<{ text: string; bytes: number } | { problem: string }> {
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat?.isFile()) return { problem: 'is not a regular file' };
  if (stat.size > max) return { problem: `larger than ${max / 1024} KB` };
  return { text: await fs.readFile(file, 'utf8'), bytes: stat.size };
}

/** The `.json` files of a folder inside `root` that is a real folder (no step a symlink). */
async function jsonFiles(root: string, rel: string): Promise<string[]> {
  let at = root;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    const stat = await fs.lstat(at).catch(() => undefined);
    if (!stat?.isDirectory()) return [];
  }
  const names = await fs.readdir(at).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .slice(0, MAX_FILES)
    .map((n) => `${rel}/${n}`);
}

/** The branch changes are measured on: the remote's default branch when the clone knows it, else what is checked out. */
async function defaultBranch(root: string): Promise<string> {
  const ref = await fs.readFile(path.join(root, '.git', 'refs', 'remotes', 'origin', 'HEAD'), 'utf8').catch(() => '');
  return /^ref: refs\/remotes\/origin\/\S+/.test(ref) ? 'origin/HEAD' : 'HEAD';
}

export async function readRepo(repo: string, cache: string): Promise<RepoResult> {
  try {
    const root = isUrl(repo) ? await fetchRepo(repo, cache) : path.resolve(repo);
    const stat = await fs.stat(root).catch(() => undefined);
    if (!stat?.isDirectory()) return { ok: false, repo, reason: 'no such folder' };
    if (!(await fs.stat(path.join(root, '.git')).catch(() => undefined)))
      return { ok: false, repo, reason: 'not a git repository (no .git)' };
    const unreadable: RepoData['unreadable'] = [];
    let team = repoName(repo);
    const teamFile = await readSmall(path.join(root, REPO_TEAM_FILE), 4096);
    if ('text' in teamFile) {
      const parsed = parseRepoTeam(teamFile.text, teamFile.bytes);
      if (parsed.ok) team = parsed.name;
      else unreadable.push({ path: REPO_TEAM_FILE, problem: parsed.problem });
    }
    const [addedLog, graphLog] = await Promise.all([
      git(root, ['log', '--no-renames', '--diff-filter=A', '--format=%x00%ae', '--name-only', '--', '.pacewise/notes']),
      defaultBranch(root).then((ref) => git(root, ['log', `--format=${LOG_FORMAT}`, ref, '--'])),
    ]).catch((e: Error) => {
      // An empty repository has no commits to read: nothing is merged and nothing is committed yet.
      if (/does not have any commits|unknown revision|bad default revision/.test(e.message)) return ['', ''];
      throw e;
    });
    const authors = notesAddedBy(addedLog);
    const notes: RepoNote[] = [];
    for (const rel of await jsonFiles(root, '.pacewise/notes')) {
      const file = await readSmall(path.join(root, rel), MAX_NOTE_BYTES);
      const parsed = 'text' in file ? parseNote(file.text, file.bytes) : { ok: false as const, problem: file.problem };
      if (!parsed.ok) {
        unreadable.push({ path: rel, problem: parsed.problem });
        continue;
      }
      const author = authors.get(parsed.value.id);
      if (author) notes.push({ note: parsed.value, author, path: rel });
    }
    const ratings: Rating[] = [];
    for (const rel of await jsonFiles(root, '.pacewise/ratings')) {
      const file = await readSmall(path.join(root, rel), MAX_RATING_BYTES);
      const parsed =
        'text' in file ? parseRating(file.text, file.bytes) : { ok: false as const, problem: file.problem };
      if (parsed.ok) ratings.push(parsed.value);
      else unreadable.push({ path: rel, problem: parsed.problem });
    }
    const graph = parseCommitLog(graphLog);
    return {
      ok: true,
      data: { repo, team, notes, ratings, changes: mergedChanges(graph.tip, graph.commits), unreadable },
    };
  } catch (e) {
    return { ok: false, repo, reason: (e as Error).message || String(e) };
  }
}
