// Work in progress: the manual list (in the user's priority order), the parallel-work figure, and git facts.
import type { GitModel, SidebarStrings, WipItemModel, WipModel, WipOp } from '../../shared/protocol';
import { el, fact, fill, pluralForm } from '../dom';
import { button } from './sidebarHost';

const heading = el('h2', { id: 'wip-heading' });
const count = el('p', { id: 'wip-count' });
const parallel = el('p', { id: 'wip-parallel' });
const over = el('p', { class: 'note', id: 'wip-over' });
const empty = el('p', { class: 'empty', id: 'wip-empty' });
const list = el('ul', { class: 'wip', id: 'wip-list', 'aria-labelledby': 'wip-heading' });
const parkedHeading = el('h3', { id: 'parked-heading' });
const parkedList = el('ul', { class: 'wip', id: 'parked-list', 'aria-labelledby': 'parked-heading' });
const add = button({ type: 'action', action: 'addWip' });
add.dataset.action = 'addWip';
const gitHeading = el('h3', { id: 'git-heading' });
const gitNote = el('p', { class: 'note', id: 'git-note' });
const gitRepos = el('div', { id: 'git-repos' });

export const wipSection = el(
  'section',
  { 'aria-labelledby': 'wip-heading' },
  heading,
  count,
  parallel,
  over,
  empty,
  list,
  parkedHeading,
  parkedList,
  add,
  gitHeading,
  gitNote,
  gitRepos,
);

function row(item: WipItemModel, ops: WipOp[], s: SidebarStrings): HTMLLIElement {
  const title = el('span', { class: 'title' }, document.createTextNode(item.title));
  const meta: string[] = [];
  if (item.branch) meta.push(fill(s.wipBranch, item.branch));
  if (item.current) meta.unshift(s.wipCurrent);
  if (item.aging) meta.push(pluralForm(s, 'wipAging', item.days, item.days));
  const li = el('li', { class: [item.aging ? 'aging' : '', item.current ? 'current' : ''].join(' ').trim() }, title);
  if (meta.length) li.append(el('span', { class: 'meta' }, document.createTextNode(meta.join(' · '))));
  const actions = el('div', { class: 'row-actions' });
  for (const op of ops) {
    const b = button({ type: 'wip', op, id: item.id });
    b.dataset.key = `${op}:${item.id}`;
    b.textContent = op === 'up' ? '↑' : op === 'down' ? '↓' : s[`wip.${op}`];
    b.setAttribute('aria-label', fill(s[`wip.${op}Label`], item.title));
    b.title = s[`wip.${op}`];
    actions.append(b);
  }
  li.append(actions);
  return li;
}

let lastWip = '';
let lastGit = '';

export function renderWip(wip: WipModel, git: GitModel, s: SidebarStrings): void {
  add.textContent = s['action.addWip'];
  heading.textContent = s.wipHeading;
  parkedHeading.textContent = s.wipParked;
  renderGit(git, s);
  const key = JSON.stringify([wip, s.wipHeading]);
  if (key === lastWip) return; // unchanged: leave the DOM (and keyboard focus) alone
  lastWip = key;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
  count.textContent =
    wip.limit > 0 ? fill(s.wipCount, wip.active.length, wip.limit) : fill(s.wipCountNoLimit, wip.active.length);
  count.hidden = wip.active.length === 0;
  const unlisted = (wip.parallel ?? 0) - wip.active.length;
  parallel.textContent = pluralForm(s, 'wipParallel', unlisted, wip.parallel ?? 0, wip.active.length, unlisted);
  parallel.hidden = wip.parallel === undefined || unlisted <= 0;
  over.textContent = s.wipOver;
  over.hidden = !wip.overLimit;
  empty.textContent = s.wipEmpty;
  empty.hidden = wip.active.length > 0 || wip.parked.length > 0;
  list.replaceChildren(
    ...wip.active.map((item) =>
      row(
        item,
        item.current ? ['done', 'park', 'rename', 'up', 'down'] : ['workOn', 'done', 'park', 'rename', 'up', 'down'],
        s,
      ),
    ),
  );
  parkedList.replaceChildren(...wip.parked.map((item) => row(item, ['resume', 'rename'], s)));
  parkedHeading.hidden = wip.parked.length === 0;
  if (focused) {
    const same = wipSection.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
    (same ?? list.querySelector<HTMLElement>('vscode-button') ?? add).focus();
  }
}

function renderGit(git: GitModel, s: SidebarStrings): void {
  const key = JSON.stringify([git, s.gitHeading]);
  if (key === lastGit) return;
  lastGit = key;
  gitHeading.textContent = s.gitHeading;
  gitNote.textContent = git.state === 'ok' ? '' : s[`git.${git.state}`];
  gitNote.hidden = git.state === 'ok';
  gitRepos.replaceChildren(
    ...git.repos.map((r) => {
      const facts = el('dl', { class: 'facts' });
      facts.append(
        ...fact(s.gitUncommitted, String(r.uncommitted)),
        ...fact(s.gitUnpushed, r.hasRemote ? list2(r.unpushed, s) : s.gitNoRemote),
        ...fact(pluralForm(s, 'gitRecent', git.recentDays, git.recentDays), list2(r.recent, s)),
        ...fact(s.gitStashes, String(r.stashes)),
      );
      return el('div', { class: 'repo' }, el('h4', {}, document.createTextNode(r.name)), facts);
    }),
  );
}

/** A count with the names: "2 (main, feature)"; "0" alone. */
function list2(names: string[], s: SidebarStrings): string {
  return names.length ? fill(s.gitNamed, names.length, names.join(', ')) : '0';
}
