import { sanitizeIntent } from '../../core/commandArgs';
import { GitFacts, parallelWork } from '../../core/git/gitFacts';
import { PacewiseSettings } from '../../core/userSettings';
import { daysActive, summarizeWip, WipDoc, WipItem } from '../../core/wip/wip';
import { GitModel, WipItemModel, WipModel } from '../../shared/protocol';

/** The WIP list as the sidebar shows it; every text sanitized (the webview renders text only, but also no bidi tricks). */
export function wipModel(
  doc: WipDoc,
  git: GitFacts,
  settings: Pick<PacewiseSettings, 'wipLimit' | 'wipAgingDays'>,
  now: number,
): WipModel {
  const w = summarizeWip(doc, now, settings.wipLimit, settings.wipAgingDays);
  const model = (i: WipItem): WipItemModel => ({
    id: i.id,
    title: sanitizeIntent(i.title),
    branch: i.branch ? sanitizeIntent(i.branch) : '',
    days: daysActive(i, now),
    aging: w.aging.includes(i.id),
    current: doc.currentId === i.id,
  });
  return {
    active: w.active.map(model),
    parked: w.parked.map(model),
    limit: w.limit,
    overLimit: w.overLimit,
    parallel:
      git.state === 'ok'
        ? parallelWork(
            w.active.map((i) => i.branch),
            git,
          )
        : undefined,
  };
}

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
