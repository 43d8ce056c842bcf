import { sanitizeIntent } from '../../core/commandArgs';
import { GitFacts } from '../../core/git/gitFacts';
import { GitModel } from '../../shared/protocol';

/** Git facts as shown, names sanitized. */
export function gitModel(git: GitFacts, recentDays: number): GitModel {
  const clean = (names: string[]) => names.map((n) => sanitizeIntent(n));
  return {
    state: git.state,
    recentDays,
    repos: git.repos.map((r) => ({
      name: sanitizeIntent(r.name),
      uncommitted: r.uncommitted,
      hasRemote: r.hasRemote,
      unpushed: clean(r.unpushed),
      recent: clean(r.recent),
      stashes: r.stashes,
    })),
  };
}
