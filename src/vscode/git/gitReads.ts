import { GitRef, GitRepository } from './gitApi';

// Reads of branches through the Git extension's API, bounded so a refresh stays a few dozen git calls.
const MAX_BRANCHES = 30;
const MAX_REMOTE_REFS = 10;
/** RefType in git.d.ts. */
const REF_HEAD = 0;
const REF_REMOTE_HEAD = 1;

export interface Branch {
  name: string;
  commit: string;
  date: number;
}

/** The most recently committed local branches, newest first, with their commit dates. */
export async function localBranches(repo: GitRepository): Promise<Branch[]> {
  const refs = repo.getRefs
    ? await repo.getRefs({
        pattern: 'refs/heads',
        sort: 'committerdate',
        count: MAX_BRANCHES,
        includeCommitDetails: true,
      })
    : (await repo.getBranches({ remote: false })).slice(0, MAX_BRANCHES);
  const out: Branch[] = [];
  for (const r of refs) {
    if (!r.name || !r.commit || r.type !== REF_HEAD) continue;
    const date = r.commitDetails?.commitDate ?? (await repo.getCommit(r.commit)).commitDate;
    out.push({ name: r.name, commit: r.commit, date: date?.getTime() ?? 0 });
  }
  return out.sort((a, b) => b.date - a.date);
}

export async function remoteBranches(repo: GitRepository): Promise<GitRef[]> {
  const refs = repo.getRefs
    ? await repo.getRefs({ pattern: 'refs/remotes', sort: 'committerdate' })
    : await repo.getBranches({ remote: true });
  return refs.filter((r) => r.type === REF_REMOTE_HEAD && r.commit && !r.name?.endsWith('/HEAD'));
}

/** Whether a local branch has commits that no remote branch has. */
export async function hasUnpushedCommits(
  repo: GitRepository,
  branch: Branch,
  remoteTips: Set<string | undefined>,
  remoteRefs: GitRef[],
): Promise<boolean> {
  if (remoteTips.has(branch.commit)) return false;
  const full = await repo.getBranch(branch.name).catch(() => undefined);
  if (full?.upstream && typeof full.ahead === 'number') return full.ahead > 0;
  // No upstream: pushed only if some remote branch contains the tip (the newest remote branches are asked).
  for (const r of remoteRefs.slice(0, MAX_REMOTE_REFS)) {
    if (!r.name) continue;
    if ((await repo.getMergeBase(branch.commit, r.name).catch(() => undefined)) === branch.commit) return false;
  }
  return true;
}
