/** What Pacewise reads from one git repository: facts, never judgements. */
export interface RepoFacts {
  /** The repository folder's name (never a full path: it may end up in a screenshot). */
  name: string;
  /** Files with changes not yet committed (staged, unstaged, untracked, conflicted). */
  uncommitted: number;
  /** Whether any remote is configured; without one "unpushed" means nothing. */
  hasRemote: boolean;
  /** Local branches with commits that no remote branch has. */
  unpushed: string[];
  /** Local branches with a commit in the last `recentDays` days. */
  recent: string[];
  stashes: number;
  /** The user's own commits of the last 7 days made late at night (22:00–05:00 local). */
  lateCommits: number;
}

/** Git facts across the open repositories. */
export interface GitFacts {
  /** `loading` until Git was first read. */
  state: 'ok' | 'noGit' | 'disabled' | 'untrusted' | 'noRepository' | 'loading';
  repos: RepoFacts[];
}

export const LATE_NIGHT_FROM_HOUR = 22;
export const LATE_NIGHT_TO_HOUR = 5;

/** Whether an instant falls late at night on the machine's local clock. */
export function isLateNight(instant: number): boolean {
  const h = new Date(instant).getHours();
  return h >= LATE_NIGHT_FROM_HOUR || h < LATE_NIGHT_TO_HOUR;
}

/** Stash entries in a `logs/refs/stash` reflog: one per non-empty line. */
export function countStashes(reflog: string): number {
  return reflog.split('\n').filter((line) => line.trim() !== '').length;
}

/** The git directory named by a `.git` file (worktrees, submodules: `gitdir: <path>`), or undefined. */
export function gitdirFromFile(text: string): string | undefined {
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
  return m?.[1];
}

/**
 * How many things run in parallel: the manual items in progress plus recent branches that no active item is linked
 * to (work that exists in git but not on the list). Branch names compare exactly.
 */
export function parallelWork(activeBranches: (string | undefined)[], facts: GitFacts): number {
  const linked = new Set(activeBranches.filter((b): b is string => !!b));
  const unlinked = new Set<string>();
  for (const repo of facts.repos) for (const b of repo.recent) if (!linked.has(b)) unlinked.add(`${repo.name}\0${b}`);
  return activeBranches.length + unlinked.size;
}

/** Signals for pacing prompts: many branches touched recently, and late-night commits. */
export function gitSignals(facts: GitFacts): { recentBranches: number; lateCommits: number } {
  let recentBranches = 0;
  let lateCommits = 0;
  for (const r of facts.repos) {
    recentBranches += r.recent.length;
    lateCommits += r.lateCommits;
  }
  return { recentBranches, lateCommits };
}
