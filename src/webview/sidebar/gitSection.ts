// Git facts, per repository: files not committed, branches not pushed, recent branches, stashes. Facts, never a
// verdict. Folded under one line of counts, so Now stays short; opened, the names. (The work-in-progress list itself
// is the Work in Progress view, a native tree.)
import type { GitModel, SidebarStrings } from '../../shared/protocol';
import { el, fact, fill, pluralForm } from '../dom';

const gitHeading = el('h2', { id: 'git-heading' });
const gitNote = el('p', { class: 'note', id: 'git-note' });
const gitRepos = el('div', { id: 'git-repos' });
const gitSummary = el('summary', { id: 'git-summary' });
const gitDetails = el('details', { id: 'git-details' }, gitSummary, gitRepos);

export const gitSection = el('section', { 'aria-labelledby': 'git-heading' }, gitHeading, gitNote, gitDetails);

let lastGit = '';

export function renderGit(git: GitModel, s: SidebarStrings): void {
  const key = JSON.stringify([git, s.gitHeading]);
  if (key === lastGit) return;
  lastGit = key;
  gitHeading.textContent = s.gitHeading;
  gitNote.textContent = git.state === 'ok' ? '' : s[`git.${git.state}`];
  gitNote.hidden = git.state === 'ok';
  gitDetails.hidden = git.repos.length === 0;
  gitSummary.textContent = git.repos
    .map((r) => fill(s.gitSummary, r.name, r.uncommitted, r.unpushed.length, r.stashes))
    .join('; ');
  gitRepos.replaceChildren(
    ...git.repos.map((r) => {
      const facts = el('dl', { class: 'facts' });
      facts.append(
        ...fact(s.gitUncommitted, String(r.uncommitted)),
        ...fact(s.gitUnpushed, r.hasRemote ? list2(r.unpushed, s) : s.gitNoRemote),
        ...fact(pluralForm(s, 'gitRecent', git.recentDays, git.recentDays), list2(r.recent, s)),
        ...fact(s.gitStashes, String(r.stashes)),
      );
      return el('div', { class: 'repo' }, el('h3', {}, document.createTextNode(r.name)), facts);
    }),
  );
}

/** A count with the names: "2 (main, feature)"; "0" alone. */
function list2(names: string[], s: SidebarStrings): string {
  return names.length ? fill(s.gitNamed, names.length, names.join(', ')) : '0';
}
