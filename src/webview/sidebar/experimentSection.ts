// The pacing experiment: the running one (day n of m, adherence per day, the hypothesis, pause / conclude / abandon)
// and the past ones with their before / during comparison.
import type { ExperimentCardModel, ExperimentsModel, SidebarStrings } from '../../shared/protocol';
import { el, fill } from '../dom';
import { act } from './sidebarHost';

const heading = el('h2', { id: 'experiment-heading' });
const empty = el('p', { class: 'empty', id: 'experiment-empty' });
const coolingOff = el('p', { class: 'note', id: 'cooling-off' });
const start = act('startExperiment', () => ({ type: 'action', action: 'startExperiment' }));
const active = el('div', { id: 'experiment-active' });
const pastSummary = el('summary');
const pastList = el('div');
const past = el('details', { id: 'experiment-past' }, pastSummary, pastList);

export const experimentSection = el(
  'section',
  { 'aria-labelledby': 'experiment-heading', id: 'experiment' },
  heading,
  empty,
  coolingOff,
  active,
  start,
  past,
);

const mark = (kept: boolean | undefined) => (kept === undefined ? '·' : kept ? '●' : '○');

function days(card: ExperimentCardModel, s: SidebarStrings): HTMLElement {
  const list = el('ol', { class: 'days', 'aria-label': s.experimentDays });
  for (const d of card.days) {
    const state = d.kept === undefined ? s.dayNoData : d.kept ? s.dayKept : s.dayNotKept;
    list.append(
      el(
        'li',
        { title: `${d.label}: ${state}` },
        el('span', { 'aria-hidden': 'true' }, document.createTextNode(mark(d.kept))),
        el('span', { class: 'visually-hidden' }, document.createTextNode(`${d.label}: ${state}`)),
      ),
    );
  }
  return list;
}

function table(card: ExperimentCardModel, s: SidebarStrings): HTMLElement {
  const head = el('tr');
  for (const h of [s.metric, s.before, s.during, s.change])
    head.append(el('th', { scope: 'col' }, document.createTextNode(h)));
  const t = el(
    'table',
    { class: 'comparison' },
    el('caption', {}, document.createTextNode(s.comparisonCaption)),
    el('thead', {}, head),
  );
  const body = el('tbody');
  for (const r of card.rows) {
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, document.createTextNode(r.metric)),
        el('td', {}, document.createTextNode(r.before)),
        el('td', {}, document.createTextNode(r.during)),
        el('td', {}, document.createTextNode(r.change)),
      ),
      el('tr', { class: 'note-row' }, el('td', { colspan: '4' }, document.createTextNode(r.note))),
    );
  }
  t.append(body);
  return t;
}

function card(c: ExperimentCardModel, s: SidebarStrings, isActive: boolean): Node[] {
  const out: Node[] = [
    // A past card's title is already its summary line.
    ...(isActive ? [el('p', { class: 'experiment-title' }, document.createTextNode(c.title))] : []),
    el('p', { class: 'when' }, document.createTextNode(c.when)),
    el('p', { class: 'note hypothesis' }, document.createTextNode(fill(s.hypothesis, c.hypothesis))),
  ];
  if (c.adherence) out.push(el('p', { class: 'adherence' }, document.createTextNode(c.adherence)));
  if (c.days.length) out.push(days(c, s));
  if (c.baselineNote) out.push(el('p', { class: 'note' }, document.createTextNode(c.baselineNote)));
  if (c.rows.length) out.push(table(c, s));
  if (c.reason) out.push(el('p', { class: 'note' }, document.createTextNode(fill(s.abandonedBecause, c.reason))));
  if (isActive) {
    const paused = c.status === 'paused';
    const toggle = act(paused ? 'resumeExperiment' : 'pauseExperiment', () => ({
      type: 'action',
      action: paused ? 'resumeExperiment' : 'pauseExperiment',
    }));
    toggle.textContent = paused ? s.resumeExperiment : s.pauseExperiment;
    const conclude = act('concludeExperiment', () => ({ type: 'action', action: 'concludeExperiment' }), false);
    conclude.textContent = s.concludeExperiment;
    const abandon = act('abandonExperiment', () => ({ type: 'action', action: 'abandonExperiment' }));
    abandon.textContent = s.abandonExperiment;
    out.push(
      el(
        'div',
        { class: 'actions', role: 'group', 'aria-labelledby': 'experiment-heading' },
        toggle,
        conclude,
        abandon,
      ),
    );
  } else {
    const buttons: HTMLElement[] = [];
    if (c.lessonId) {
      const open = act('openLesson', () => ({ type: 'lesson', op: 'edit', id: c.lessonId as string }));
      open.textContent = s.openLesson;
      buttons.push(open);
    }
    const share = act('shareExperiment', () => ({ type: 'share', what: 'experiment', id: c.id }));
    share.textContent = s.shareExperiment;
    buttons.push(share);
    out.push(el('div', { class: 'actions' }, ...buttons));
  }
  return out;
}

let lastKey = '';
let lastNewest = '';
/** Past experiments the user has open; kept when the list is rebuilt. */
const openIds = new Set<string>();

export function renderExperiments(m: ExperimentsModel, s: SidebarStrings): void {
  const key = JSON.stringify([m, s.experimentHeading]);
  if (key === lastKey) return; // unchanged: leave the DOM (and keyboard focus) alone
  lastKey = key;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
  heading.textContent = s.experimentHeading;
  empty.textContent = s.experimentEmpty;
  empty.hidden = m.active !== undefined || m.past.length > 0;
  coolingOff.textContent = s.coolingOff;
  coolingOff.hidden = !m.coolingOff || m.active !== undefined;
  start.textContent = s.startExperiment;
  start.hidden = m.active !== undefined;
  active.hidden = !m.active;
  active.replaceChildren(...(m.active ? card(m.active, s, true) : []));
  pastSummary.textContent = fill(s.pastExperiments, m.past.length);
  past.hidden = m.past.length === 0;
  const newest = m.past[0]?.id ?? '';
  pastList.replaceChildren(
    ...m.past.map((c, i) => {
      const d = el(
        'details',
        { class: 'past', 'data-id': c.id },
        el(
          'summary',
          {},
          document.createTextNode(`${c.title} · ${c.status === 'concluded' ? s.concluded : s.abandoned}`),
        ),
        ...card(c, s, false),
      );
      // The newest result opens by itself once, right after it is concluded.
      if (i === 0 && newest !== lastNewest && lastNewest !== '' && c.status === 'concluded') {
        openIds.add(c.id);
        past.open = true;
      }
      d.open = openIds.has(c.id);
      d.addEventListener('toggle', () => (d.open ? openIds.add(c.id) : openIds.delete(c.id)));
      return d;
    }),
  );
  lastNewest = newest || '-';
  if (focused) experimentSection.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}
