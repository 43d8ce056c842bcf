// Team notes: in the sidebar view ("list" part) the list with search, filters and drafts; in the editor tab ("note"
// part) a note's detail or the share preview — one at a time, so keyboard focus always has one obvious place.
// Renders host snapshots; note text only ever as text nodes.
import type { SidebarStrings } from '../../shared/protocol';
import type { Option, TeamFilterModel, TeamHostMessage, TeamModel } from '../../shared/teamProtocol';
import { el, fill, markTiming, pluralForm } from '../dom';
import { act, host } from './teamHost';
import { detailSection, renderDetail } from './teamDetail';
import { previewSection, renderPreview } from './sharePreview';

// The view's own title says "Team notes"; the heading is for screen readers and keyboard focus.
const heading = el('h2', { id: 'team-heading', tabindex: '-1', class: 'visually-hidden' });
const intro = el('p', { class: 'hint', id: 'team-intro' });
const status = el('p', { class: 'empty', id: 'team-status' });
const trust = act('trust', () => ({ type: 'action', action: 'trust' }), false);
const warning = el('p', { class: 'note', id: 'team-warning' });
const folderLine = el('p', { class: 'hint', id: 'team-folder' });

const draftsHeading = el('h3', { id: 'drafts-heading' });
const draftsList = el('ul', { id: 'drafts-list', 'aria-labelledby': 'drafts-heading' });
const drafts = el('div', { id: 'drafts' }, draftsHeading, draftsList);

const searchLabel = el('label', { for: 'team-search' });
const search = el('input', { type: 'search', id: 'team-search' });
const selects = {
  kind: el('select', { id: 'team-kind' }),
  template: el('select', { id: 'team-template' }),
  outcome: el('select', { id: 'team-outcome' }),
};
const selectLabels = {
  kind: el('label', { for: 'team-kind' }),
  template: el('label', { for: 'team-template' }),
  outcome: el('label', { for: 'team-outcome' }),
};
// The three filters fold under one line, so the first notes show right below the search in a short pane; the fold
// opens by itself while a filter is set (a filter in force is never hidden).
const moreFiltersSummary = el('summary', { id: 'team-filters-summary' });
const moreFilters = el(
  'details',
  { id: 'team-filters', class: 'more-filters' },
  moreFiltersSummary,
  el(
    'div',
    { class: 'filters' },
    ...(['kind', 'template', 'outcome'] as const).flatMap((k) => [selectLabels[k], selects[k]]),
  ),
);
const filters = el('div', { class: 'filters', role: 'search' }, searchLabel, search, moreFilters);
const count = el('p', { class: 'meta', id: 'team-count', role: 'status' });
const list = el('ul', { class: 'notes', id: 'team-notes', 'aria-labelledby': 'team-heading' });
const more = el('p', { class: 'hint', id: 'team-more' });
const aggregatesHeading = el('h3', { id: 'aggregates-heading' });
const aggregates = el('div', { id: 'team-aggregates' });
const unreadableSummary = el('summary');
const unreadableList = el('ul', { id: 'team-unreadable-list' });
const unreadable = el('details', { id: 'team-unreadable' }, unreadableSummary, unreadableList);
const listSection = el(
  'section',
  { id: 'team-list', 'aria-labelledby': 'team-heading' },
  drafts,
  filters,
  count,
  list,
  more,
  aggregatesHeading,
  aggregates,
  unreadable,
);

function filterNow(): TeamFilterModel {
  return {
    query: search.value,
    kind: selects.kind.value,
    template: selects.template.value,
    outcome: selects.outcome.value,
  };
}
let searchTimer: ReturnType<typeof setTimeout> | undefined;
const sendFilter = () => host.postMessage({ type: 'filter', filter: filterNow() });
search.addEventListener('input', () => {
  if (searchTimer) clearTimeout(searchTimer);
  searchTimer = setTimeout(sendFilter, 200);
});
for (const s of Object.values(selects)) s.addEventListener('change', sendFilter);

function fillSelect(select: HTMLSelectElement, options: Option[], any: string, value: string): void {
  const key = JSON.stringify(options);
  if (select.dataset.key !== key) {
    select.dataset.key = key;
    select.replaceChildren(
      el('option', { value: '' }, document.createTextNode(any)),
      ...options.map((o) => el('option', { value: o.value }, document.createTextNode(o.label))),
    );
  }
  if (document.activeElement !== select) select.value = value;
}

let listKey = '';
function renderList(t: TeamModel, s: SidebarStrings): void {
  searchLabel.textContent = s.search;
  search.placeholder = s.searchPlaceholder;
  if (document.activeElement !== search && search.value !== t.filter.query) search.value = t.filter.query;
  for (const k of ['kind', 'template', 'outcome'] as const) {
    selectLabels[k].textContent = s[k];
    fillSelect(selects[k], t.options[`${k}s` as 'kinds' | 'templates' | 'outcomes'], s.any, t.filter[k]);
  }
  const set = (['kind', 'template', 'outcome'] as const).filter((k) => t.filter[k] !== '').length;
  moreFiltersSummary.textContent = set > 0 ? fill(s.filtersSet, set) : s.filters;
  if (set > 0) moreFilters.open = true;
  filters.hidden = t.total === 0;
  count.textContent =
    t.total === 0
      ? ''
      : t.notes.length + t.more === 0
        ? s.noMatch
        : pluralForm(s, 'count', t.total, t.notes.length + t.more, t.total);
  const key = JSON.stringify([t.notes, s.open]);
  if (key !== listKey) {
    listKey = key;
    list.replaceChildren(
      ...t.notes.map((n) => {
        const open = act('openNote', () => ({ type: 'note', op: 'open', id: n.id }));
        open.textContent = n.title;
        open.classList.add('note-title');
        // Teammates' words in any script: each isolated, its direction from its own first letters.
        open.setAttribute('dir', 'auto');
        const meta = [
          n.kindLabel,
          n.week,
          ...(n.template ? [n.template] : []),
          ...(n.annotations ? [pluralForm(s, 'annotations', n.annotations, n.annotations)] : []),
          ...(n.own ? [s.yours] : []),
        ];
        return el(
          'li',
          { 'data-id': n.id },
          open,
          el('span', { class: 'meta' }, document.createTextNode(meta.join(' · '))),
          ...(n.notice ? [el('span', { class: 'meta notice' }, document.createTextNode(n.notice))] : []),
          ...(n.outcomes.length
            ? [el('span', { class: 'meta' }, document.createTextNode(n.outcomes.join(' · ')))]
            : []),
          ...(n.tags.length
            ? [
                el(
                  'span',
                  { class: 'tags', dir: 'auto' },
                  document.createTextNode(n.tags.map((x) => `#${x}`).join(' ')),
                ),
              ]
            : []),
        );
      }),
    );
  }
  more.textContent = pluralForm(s, 'more', t.more, t.more);
  more.hidden = t.more === 0;
  draftsHeading.textContent = s.draftsHeading;
  drafts.hidden = t.drafts.length === 0;
  draftsList.replaceChildren(
    ...t.drafts.map((d) => {
      const b = act('openDraft', () => ({ type: 'draft', op: 'open', id: d.id }));
      b.textContent = s.continueDraft;
      b.setAttribute('aria-label', `${s.continueDraft}: ${d.heading}`);
      return el('li', {}, el('span', {}, document.createTextNode(d.heading)), b);
    }),
  );
  aggregatesHeading.textContent = s.aggregatesHeading;
  aggregatesHeading.hidden = t.total === 0;
  aggregates.hidden = t.total === 0;
  aggregates.replaceChildren(
    ...(t.aggregates.length
      ? t.aggregates.map((a) =>
          el(
            'div',
            { class: 'aggregate' },
            el('p', {}, document.createTextNode(`${a.template} — ${fill(s.aggregateNotes, a.notes)}`)),
            ...a.outcomes.map((o) => el('p', { class: 'meta' }, document.createTextNode(o))),
          ),
        )
      : [el('p', { class: 'hint' }, document.createTextNode(s.aggregatesNone))]),
  );
  unreadable.hidden = t.unreadableCount === 0;
  unreadableSummary.textContent = pluralForm(s, 'unreadable', t.unreadableCount, t.unreadableCount);
  unreadableList.replaceChildren(
    ...t.unreadable.map((u) =>
      el('li', {}, el('code', {}, document.createTextNode(u.path)), document.createTextNode(` — ${u.problem}`)),
    ),
  );
}

/** The tab: the preview, else the note; it remembers which, so VS Code can bring it back after a reload. */
function renderNote(msg: TeamHostMessage): void {
  const { team: t, strings: s } = msg;
  renderPreview(t.draft, s, msg.focus === 'draft');
  renderDetail(t.draft ? undefined : t.detail, s, msg.focus === 'detail');
  host.setState({ draftId: t.draft?.id, detailId: t.detail?.id });
}

function renderListView(msg: TeamHostMessage): void {
  const { team: t, strings: s } = msg;
  heading.textContent = s.heading;
  intro.textContent = s.intro;
  const ready = t.state === 'ready';
  status.textContent =
    t.state === 'untrusted'
      ? s.untrusted
      : t.state === 'noFolder'
        ? s.noFolder
        : t.state === 'loading'
          ? s.loading
          : s.empty;
  status.hidden = ready && t.total > 0;
  trust.textContent = s.trust;
  trust.hidden = t.state !== 'untrusted';
  warning.textContent = [
    ...(t.unknownSetting ? [fill(s.unknownSetting, t.unknownSetting, t.folderName ?? '')] : []),
    ...(t.skipped ? [pluralForm(s, 'skipped', t.skipped, t.skipped)] : []),
  ].join(' ');
  warning.hidden = warning.textContent === '';
  folderLine.textContent = t.folderLine ?? '';
  folderLine.hidden = !t.folderLine;
  listSection.hidden = !ready;
  intro.hidden = ready && t.total > 0;
  if (!listSection.hidden) renderList(t, s);
  if (msg.focus === 'list') heading.focus();
}

/** Builds the Team notes view (`part` "list") or its editor tab ("note") into `app` and draws every snapshot. */
export function startTeam(app: HTMLElement, live: HTMLElement, part: 'list' | 'note'): void {
  if (part === 'note') app.append(previewSection, detailSection);
  else app.append(heading, intro, folderLine, status, trust, warning, listSection);
  window.addEventListener('message', (event: MessageEvent<TeamHostMessage>) => {
    const msg = event.data;
    if (msg && msg.type === 'team' && typeof msg.strings === 'object') {
      // Shown first: nothing in a hidden page can take the focus the first snapshot may carry.
      app.removeAttribute('aria-busy');
      if (part === 'note') renderNote(msg);
      else renderListView(msg);
      if (msg.announce) live.textContent = msg.announce;
      markTiming(app, 'drawnMs');
    }
  });
  host.postMessage({ type: 'ready' });
  markTiming(app, 'readyMs');
}
