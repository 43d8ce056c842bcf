/**
 * Reads one repository for the organisation digest: its team name, its `.pacewise/` notes and ratings (each file
 * size-checked, none followed through a symlink), who added each note (git), and the changes merged into its default
 * branch (git). A URL is first brought into a cache as a partial, sparse clone — commits and trees, and the blobs of
 * `.pacewise/` only — and refreshed with a fetch later. Every failure becomes a reason, never an exception.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { LOG_ARGS, MergedChange, mergedChanges, parseRepoLog } from '../../core/digest/leadTime';
import { parseRepoTeam, REPO_TEAM_FILE, repoName } from '../../core/digest/repoTeam';
import { MAX_NOTE_BYTES, parseNote, TeamNote } from '../../core/team/teamNote';
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

// Small files are read synchronously: one repository is a few dozen of them, and the threadpool's round trip per file
// cost more than the reads (1,000 repositories: 1.9 s async, see docs/benchmarks.md). The digest runs in a process of
// its own (the command line, or the editor's child process), so nothing else waits on it.
const tryRead = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
const tryStat = (file: string, link = false) => {
  try {
    return link ? lstatSync(file) : statSync(file);
  } catch {
    return undefined;
  }
};
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
  const dir = path.join(cache, 'clones', createHash('sha256').update(url).digest('hex').slice(0, 16));
  const there = await fs.stat(path.join(dir, '.git')).catch(() => undefined);
  if (there) {
    await git(dir, ['fetch', '--quiet', '--no-tags', '--filter=blob:none', 'origin']);
    await git(dir, ['reset', '--quiet', '--hard', 'origin/HEAD']);
    return dir;
  }
  await fs.mkdir(path.dirname(dir), { recursive: true });
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
function readSmall(file: string, max: number): { text: string; bytes: number } | { problem: string } {
  const stat = tryStat(file, true);
  if (!stat?.isFile()) return { problem: 'is not a regular file' };
  if (stat.size > max) return { problem: `larger than ${max / 1024} KB` };
  const text = tryRead(file);
  return text === undefined ? { problem: 'could not be read' } : { text, bytes: stat.size };
}

/** The `.json` files of a folder inside `root` that is a real folder (no step a symlink). */
function jsonFiles(root: string, rel: string): string[] {
  let at = root;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    if (!tryStat(at, true)?.isDirectory()) return [];
  }
  let names: string[] = [];
  try {
    names = readdirSync(at);
  } catch {
    // a folder that cannot be listed holds nothing to read
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .slice(0, MAX_FILES)
    .map((n) => `${rel}/${n}`);
}

/** The branch a repository is read on: the remote's default branch when the clone knows it, else what is checked out. */
function defaultBranch(gitDir: string): string {
  const ref = tryRead(path.join(gitDir, 'refs', 'remotes', 'origin', 'HEAD')) ?? '';
  return /^ref: refs\/remotes\/origin\/\S+/.test(ref) ? 'origin/HEAD' : 'HEAD';
}

/** The repository's git folder: `.git`, or where a `.git` file (a worktree, a submodule) points. */
function gitDirOf(root: string): string | undefined {
  const dotGit = path.join(root, '.git');
  const stat = tryStat(dotGit);
  if (stat?.isDirectory()) return dotGit;
  if (!stat?.isFile()) return undefined;
  const m = /^gitdir: (.+)$/m.exec(tryRead(dotGit) ?? '');
  return m ? path.resolve(root, m[1].trim()) : undefined;
}

/**
 * The commit a ref names, read from the git folder's files as git keeps them (a loose ref, else packed-refs),
 * following symbolic refs; undefined when it cannot be told without git — the log is then read, not the cache.
 */
function tipOf(gitDir: string, ref: string): string | undefined {
  const commondir = tryRead(path.join(gitDir, 'commondir'));
  const common = commondir ? path.resolve(gitDir, commondir.trim()) : gitDir;
  let name = ref === 'HEAD' ? 'HEAD' : 'refs/remotes/origin/HEAD';
  for (let depth = 0; depth < 5; depth++) {
    const loose = tryRead(path.join(name === 'HEAD' ? gitDir : common, name));
    const packed = loose === undefined ? (tryRead(path.join(common, 'packed-refs')) ?? '') : '';
    const text =
      loose ??
      packed
        .split('\n')
        .find((l) => l.endsWith(` ${name}`))
        ?.split(' ')[0] ??
      '';
    const symbolic = /^ref: (\S+)/.exec(text);
    if (!symbolic) return /^[0-9a-f]{40,64}$/.test(text.trim()) ? text.trim() : undefined;
    name = symbolic[1];
  }
  return undefined;
}

interface GitFacts {
  addedBy: Map<string, string>;
  changes: MergedChange[];
}

/**
 * What git knows of a repository (who added each note, the changes merged): from the cache while the branch's tip is
 * the one the cache read, else from one `git log` (then cached). A second run over unchanged repositories starts no git.
 */
async function gitFacts(root: string, cache: string): Promise<GitFacts> {
  const gitDir = gitDirOf(root)!;
  const ref = defaultBranch(gitDir);
  const tip = tipOf(gitDir, ref);
  const file = path.join(cache, 'local', `${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`);
  if (tip) {
    let kept:
      { root: string; ref: string; tip: string; addedBy: [string, string][]; changes: MergedChange[] } | undefined;
    try {
      kept = JSON.parse(tryRead(file) ?? 'null') ?? undefined;
    } catch {
      // a damaged cache file is read again from git, and replaced
    }
    if (kept?.root === root && kept.ref === ref && kept.tip === tip)
      return { addedBy: new Map(kept.addedBy), changes: kept.changes };
  }
  const log = await git(root, [...LOG_ARGS, ref, '--']).catch((e: Error) => {
    // An empty repository has no commits to read: nothing is merged and nothing is committed yet.
    if (/does not have any commits|unknown revision|bad default revision|ambiguous argument/.test(e.message)) return '';
    throw e;
  });
  const parsed = parseRepoLog(log);
  const facts = { addedBy: parsed.addedBy, changes: mergedChanges(parsed.tip, parsed.commits) };
  if (tip && parsed.tip === tip) {
    // Best effort: a cache that cannot be written only means git is asked again next time.
    const temp = `${file}.${process.pid}.tmp`;
    await fs
      .mkdir(path.dirname(file), { recursive: true })
      .then(() =>
        fs.writeFile(temp, JSON.stringify({ root, ref, tip, addedBy: [...facts.addedBy], changes: facts.changes })),
      )
      .then(() => fs.rename(temp, file))
      .catch(() => undefined);
  }
  return facts;
}

export async function readRepo(repo: string, cache: string): Promise<RepoResult> {
  try {
    const root = isUrl(repo) ? await fetchRepo(repo, cache) : path.resolve(repo);
    const stat = tryStat(root);
    if (!stat?.isDirectory()) return { ok: false, repo, reason: 'no such folder' };
    if (!gitDirOf(root)) return { ok: false, repo, reason: 'not a git repository (no .git)' };
    const unreadable: RepoData['unreadable'] = [];
    let team = repoName(repo);
    const teamFile = readSmall(path.join(root, REPO_TEAM_FILE), 4096);
    if ('text' in teamFile) {
      const parsed = parseRepoTeam(teamFile.text, teamFile.bytes);
      if (parsed.ok) team = parsed.name;
      else unreadable.push({ path: REPO_TEAM_FILE, problem: parsed.problem });
    }
    const { addedBy: authors, changes } = await gitFacts(root, cache);
    const notes: RepoNote[] = [];
    for (const rel of jsonFiles(root, '.pacewise/notes')) {
      const file = readSmall(path.join(root, rel), MAX_NOTE_BYTES);
      const parsed = 'text' in file ? parseNote(file.text, file.bytes) : { ok: false as const, problem: file.problem };
      if (!parsed.ok) {
        unreadable.push({ path: rel, problem: parsed.problem });
        continue;
      }
      const author = authors.get(parsed.value.id);
      if (author) notes.push({ note: parsed.value, author, path: rel });
    }
    const ratings: Rating[] = [];
    for (const rel of jsonFiles(root, '.pacewise/ratings')) {
      const file = readSmall(path.join(root, rel), MAX_RATING_BYTES);
      const parsed =
        'text' in file ? parseRating(file.text, file.bytes) : { ok: false as const, problem: file.problem };
      if (parsed.ok) ratings.push(parsed.value);
      else unreadable.push({ path: rel, problem: parsed.problem });
    }
    return { ok: true, data: { repo, team, notes, ratings, changes, unreadable } };
  } catch (e) {
    return { ok: false, repo, reason: (e as Error).message || String(e) };
  }
}
