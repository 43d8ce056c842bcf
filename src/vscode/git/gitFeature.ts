// The git feature's bundle (dist/git.js): loaded when the sidebar, a pacing question or a first edit needs git facts.
import { parallelWork } from '../../core/git/gitFacts';
import type { BaseServices } from '../featureServices';
import { GitSignals } from './gitSignals';

export function createGit(base: BaseServices): GitSignals {
  const git = new GitSignals(() => base.settings.settings.gitRecentDays);
  // Parallel work over time (insights): the day's highest, recorded with the WIP list whenever git facts arrive.
  git.onDidChange((facts) => {
    if (facts.state !== 'ok') return;
    const active = base.wip.items.items.filter((i) => i.status === 'active').map((i) => i.branch);
    void base.wip.noteParallelWork(parallelWork(active, facts)).catch(() => undefined);
  });
  return git;
}
