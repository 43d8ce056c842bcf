/**
 * Lead time for changes from a repository's commit graph: for each merge on the default branch's first-parent line,
 * the time from the first commit it brought in to the merge. One `git log` of the branch gives the graph; the walk
 * goes oldest first, so each commit is visited once however long the history (a change is what a merge brings that
 * the branch did not have). Changes that reach the branch without a merge commit (squash, rebase) have no first
 * commit to measure and are not counted.
 */
import { quarterOf } from '../rituals/quarters';

export interface Commit {
  parents: string[];
  /** Author time, seconds since the epoch: when the work was first written down. */
  authored: number;
  /** Committer time of the commit, seconds: for a merge, when the change reached the branch. */
  committed: number;
  /** Lowercased author email. */
  author: string;
}

export interface MergedChange {
  /** The merge's quarter (UTC), e.g. 2026-Q4. */
  quarter: string;
  /** Hours from the change's first commit to its merge (never negative). */
  hours: number;
  /** Distinct authors of the change's commits. */
  authors: string[];
}

/**
 * The one `git log` a repository is read with: every commit of the branch (its parents, times and author) and, under
 * it, the note files it added — `git log --format=<LOG_FORMAT> --name-status --relative=.pacewise/notes <branch>`.
 * (`--diff-filter` would drop the commits that add no note, and with them the graph.)
 */
export const LOG_FORMAT = '%x00%H %P%x09%at%x09%ct%x09%ae';
export const LOG_ARGS = [
  'log',
  `--format=${LOG_FORMAT}`,
  '--name-status',
  '--relative=.pacewise/notes',
  '--no-renames',
];

const NOTE_ADDED = /^A\t([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\.json$/;

/**
 * Parses that log, newest first as git prints it (malformed lines are skipped): the commits by id, the branch's tip,
 * and who added each note (by id; of two commits adding one, the older — a note added again after a withdrawal
 * counts for its first author).
 */
export function parseRepoLog(text: string): {
  tip?: string;
  commits: Map<string, Commit>;
  addedBy: Map<string, string>;
} {
  const commits = new Map<string, Commit>();
  const addedBy = new Map<string, string>();
  let tip: string | undefined;
  let author = '';
  for (const line of text.split('\n')) {
    if (!line.startsWith('\u0000')) {
      const m = NOTE_ADDED.exec(line);
      if (m && author) addedBy.set(m[1], author);
      continue;
    }
    author = '';
    const [ids, authored, committed, email] = line.slice(1).split('\t');
    if (email === undefined) continue;
    const [id, ...parents] = ids.trim().split(' ').filter(Boolean);
    const a = Number(authored);
    const c = Number(committed);
    if (!/^[0-9a-f]{7,64}$/.test(id ?? '') || !Number.isFinite(a) || !Number.isFinite(c)) continue;
    tip ??= id;
    author = email.trim().toLowerCase();
    commits.set(id, { parents, authored: a, committed: c, author });
  }
  return { tip, commits, addedBy };
}

const utcDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** The changes merged into the branch whose tip is `tip`, oldest first. */
export function mergedChanges(tip: string | undefined, commits: ReadonlyMap<string, Commit>): MergedChange[] {
  const line: string[] = [];
  for (let at = tip; at && commits.has(at) && line.length <= commits.size; at = commits.get(at)!.parents[0])
    line.push(at);
  line.reverse();
  const seen = new Set<string>();
  const out: MergedChange[] = [];
  for (const id of line) {
    const merge = commits.get(id)!;
    seen.add(id);
    if (merge.parents.length < 2) continue;
    // What the merge brings: every commit reachable from its other parents that the branch had not seen.
    let first = Infinity;
    const authors = new Set<string>();
    const stack = merge.parents.slice(1);
    while (stack.length) {
      const at = stack.pop()!;
      const c = commits.get(at);
      if (!c || seen.has(at)) continue;
      seen.add(at);
      first = Math.min(first, c.authored);
      if (c.author) authors.add(c.author);
      stack.push(...c.parents);
    }
    if (first === Infinity) continue; // a merge of something already on the branch
    out.push({
      quarter: quarterOf(utcDay(merge.committed)),
      hours: Math.max(0, (merge.committed - first) / 3600),
      authors: [...authors].sort(),
    });
  }
  return out;
}

/** The p-th percentile (0–1) of sorted values, interpolated between neighbours. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
