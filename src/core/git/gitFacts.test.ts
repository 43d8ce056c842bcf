import assert from 'node:assert/strict';
import { countStashes, gitdirFromFile, GitFacts, gitSignals, isLateNight, parallelWork, RepoFacts } from './gitFacts';

const repo = (over: Partial<RepoFacts>): RepoFacts => ({
  name: 'app',
  uncommitted: 0,
  hasRemote: true,
  unpushed: [],
  recent: [],
  stashes: 0,
  lateCommits: 0,
  ...over,
});

describe('git facts', () => {
  it('late night is 22:00 to 05:00 on the local clock (TZ=Europe/Berlin in the unit run)', () => {
    const at = (h: number, m = 0) => new Date(2026, 10, 23, h, m).getTime();
    assert.equal(isLateNight(at(21, 59)), false);
    assert.equal(isLateNight(at(22)), true);
    assert.equal(isLateNight(at(2, 30)), true);
    assert.equal(isLateNight(at(4, 59)), true);
    assert.equal(isLateNight(at(5)), false);
  });

  it('stashes are the non-empty lines of the stash reflog', () => {
    assert.equal(countStashes(''), 0);
    assert.equal(countStashes('a b c\nd e f\n'), 2);
    assert.equal(countStashes('a b c\r\n\r\nd e f'), 2);
  });

  it('a .git file names the git directory (worktrees, submodules)', () => {
    assert.equal(gitdirFromFile('gitdir: ../.git/worktrees/feat\n'), '../.git/worktrees/feat');
    assert.equal(gitdirFromFile('gitdir:/abs/path with space  \r\n'), '/abs/path with space');
    assert.equal(gitdirFromFile('nonsense'), undefined);
  });

  it('parallel work = items in progress + recent branches no item is linked to', () => {
    const facts: GitFacts = {
      state: 'ok',
      repos: [repo({ recent: ['main', 'feat/a', 'feat/b'] }), repo({ name: 'lib', recent: ['main'] })],
    };
    // Two items, one linked to feat/a: main (app), feat/b and main (lib) are unlisted work.
    assert.equal(parallelWork(['feat/a', undefined], facts), 5);
    assert.equal(parallelWork([], { state: 'noGit', repos: [] }), 0);
  });

  it('signals add up across repositories', () => {
    const facts: GitFacts = {
      state: 'ok',
      repos: [repo({ recent: ['a', 'b'], lateCommits: 1 }), repo({ recent: ['c'], lateCommits: 2 })],
    };
    assert.deepEqual(gitSignals(facts), { recentBranches: 3, lateCommits: 3 });
  });
});
