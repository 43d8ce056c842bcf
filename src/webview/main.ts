// The sidebar: renders host snapshots. Data is only ever set with textContent (never as HTML), listeners are added
// in code (the CSP allows no inline handlers), and the DOM is built once and updated, so keyboard focus survives
// the once-a-second snapshots.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import { SIDEBAR_ACTIONS } from '../shared/protocol';
import type {
  HostMessage,
  SidebarAction,
  SidebarStrings,
  WebviewMessage,
  WipItemModel,
  WipModel,
  WipOp,
} from '../shared/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };
const vscode = acquireVsCodeApi();

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A VS Code Elements button that posts `message` when activated (mouse, Enter or Space). */
function button(message: WebviewMessage, secondary = true): HTMLElement {
  const b = document.createElement('vscode-button');
  if (secondary) b.setAttribute('secondary', '');
  b.addEventListener('click', () => vscode.postMessage(message));
  return b;
}

const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;

const nowHeading = el('h2', { id: 'now-heading' });
const status = el('p', { class: 'status', id: 'status' });
const countdown = el('p', { class: 'countdown', id: 'countdown', 'aria-describedby': 'status' });
const intent = el('p', { class: 'intent', id: 'intent' });
const gap = el('p', { class: 'note', id: 'gap' });
const actions = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'now-heading' });
const buttons = new Map<SidebarAction, HTMLElement>();
for (const action of SIDEBAR_ACTIONS) {
  if (action === 'addWip' || action === 'suggestPrompt') continue; // these live in their own sections
  const b = button({ type: 'action', action }, action !== 'start' && action !== 'resume');
  b.dataset.action = action;
  buttons.set(action, b);
  actions.append(b);
}
const nowSection = el(
  'section',
  { 'aria-labelledby': 'now-heading' },
  nowHeading,
  status,
  countdown,
  intent,
  gap,
  actions,
);

const todayHeading = el('h2', { id: 'today-heading' });
const progressLabel = el('p', { id: 'progress-label' });
const progress = document.createElement('vscode-progress-bar');
progress.setAttribute('aria-labelledby', 'progress-label');
const facts = el('dl', { class: 'facts' });
const pastEnd = el('p', { class: 'note', id: 'past-end' });
const empty = el('p', { class: 'empty', id: 'empty' });
const todaySection = el(
  'section',
  { 'aria-labelledby': 'today-heading' },
  todayHeading,
  empty,
  progressLabel,
  progress,
  facts,
  pastEnd,
);

const wipHeading = el('h2', { id: 'wip-heading' });
const wipCount = el('p', { id: 'wip-count' });
const wipOver = el('p', { class: 'note', id: 'wip-over' });
const wipEmpty = el('p', { class: 'empty', id: 'wip-empty' });
const wipList = el('ul', { class: 'wip', id: 'wip-list', 'aria-labelledby': 'wip-heading' });
const parkedHeading = el('h3', { id: 'parked-heading' });
const parkedList = el('ul', { class: 'wip', id: 'parked-list', 'aria-labelledby': 'parked-heading' });
const addWip = button({ type: 'action', action: 'addWip' });
addWip.dataset.action = 'addWip';
const wipSection = el(
  'section',
  { 'aria-labelledby': 'wip-heading' },
  wipHeading,
  wipCount,
  wipOver,
  wipEmpty,
  wipList,
  parkedHeading,
  parkedList,
  addWip,
);

const promptHeading = el('h2', { id: 'prompt-heading' });
const promptText = el('p', { class: 'prompt', id: 'prompt-text' });
const promptWhy = el('p', { class: 'note', id: 'prompt-why' });
const promptEmpty = el('p', { class: 'empty', id: 'prompt-empty' });
const promptActions = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'prompt-heading' });
const reactions = (['dismiss', 'notUseful', 'snoozeToday'] as const).map((reaction) => {
  const b = button({ type: 'prompt', reaction });
  b.dataset.reaction = reaction;
  promptActions.append(b);
  return b;
});
const suggest = button({ type: 'action', action: 'suggestPrompt' });
const glossarySummary = el('summary');
const glossaryList = el('dl', { class: 'glossary' });
const glossary = el('details', { id: 'glossary' }, glossarySummary, glossaryList);
const promptSection = el(
  'section',
  { 'aria-labelledby': 'prompt-heading' },
  promptHeading,
  promptText,
  promptWhy,
  promptActions,
  promptEmpty,
  suggest,
  glossary,
);

app.append(nowSection, todaySection, wipSection, promptSection);

let lastGlossary = '';

function renderPrompt(msg: HostMessage, s: SidebarStrings): void {
  const current = msg.prompt.current;
  promptHeading.textContent = s.promptHeading;
  promptText.textContent = current?.text ?? '';
  promptWhy.textContent = current ? fill(s.promptWhy, current.why) : '';
  const hadFocus = promptActions.contains(document.activeElement);
  for (const b of reactions) b.textContent = s[`prompt.${b.dataset.reaction}`];
  promptText.hidden = promptWhy.hidden = promptActions.hidden = !current;
  promptEmpty.textContent = s.promptEmpty;
  promptEmpty.hidden = current !== undefined;
  suggest.textContent = s['action.suggestPrompt'];
  suggest.hidden = current !== undefined;
  if (hadFocus && !current) suggest.focus();
  glossarySummary.textContent = s.glossaryHeading;
  glossary.hidden = msg.prompt.glossary.length === 0;
  const key = JSON.stringify(msg.prompt.glossary);
  if (key !== lastGlossary) {
    lastGlossary = key;
    glossaryList.replaceChildren(...msg.prompt.glossary.flatMap((g) => fact(g.term, g.definition)));
  }
}

let lastWip = '';

function wipRow(item: WipItemModel, ops: WipOp[], s: SidebarStrings): HTMLLIElement {
  const title = el('span', { class: 'title' }, document.createTextNode(item.title));
  const meta: string[] = [];
  if (item.branch) meta.push(fill(s.wipBranch, item.branch));
  if (item.aging) meta.push(fill(s.wipAging, item.days));
  const row = el('li', { class: item.aging ? 'aging' : '' }, title);
  if (meta.length) row.append(el('span', { class: 'meta' }, document.createTextNode(meta.join(' · '))));
  const buttons = el('div', { class: 'row-actions' });
  for (const op of ops) {
    const b = button({ type: 'wip', op, id: item.id });
    b.dataset.key = `${op}:${item.id}`;
    b.textContent = op === 'up' ? '↑' : op === 'down' ? '↓' : s[`wip.${op}`];
    b.setAttribute('aria-label', fill(s[`wip.${op}Label`], item.title));
    b.title = s[`wip.${op}`];
    buttons.append(b);
  }
  row.append(buttons);
  return row;
}

function renderWip(wip: WipModel, s: SidebarStrings): void {
  addWip.textContent = s['action.addWip'];
  wipHeading.textContent = s.wipHeading;
  parkedHeading.textContent = s.wipParked;
  const key = JSON.stringify([wip, s.wipHeading]);
  if (key === lastWip) return; // unchanged: leave the DOM (and keyboard focus) alone
  lastWip = key;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
  wipCount.textContent =
    wip.limit > 0 ? fill(s.wipCount, wip.active.length, wip.limit) : fill(s.wipCountNoLimit, wip.active.length);
  wipCount.hidden = wip.active.length === 0;
  wipOver.textContent = s.wipOver;
  wipOver.hidden = !wip.overLimit;
  wipEmpty.textContent = s.wipEmpty;
  wipEmpty.hidden = wip.active.length > 0 || wip.parked.length > 0;
  wipList.replaceChildren(...wip.active.map((item) => wipRow(item, ['done', 'park', 'up', 'down'], s)));
  parkedList.replaceChildren(...wip.parked.map((item) => wipRow(item, ['resume'], s)));
  parkedHeading.hidden = wip.parked.length === 0;
  if (focused) {
    const same = wipSection.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
    (same ?? wipList.querySelector<HTMLElement>('vscode-button') ?? addWip).focus();
  }
}

function fact(term: string, value: string): Node[] {
  return [el('dt', {}, document.createTextNode(term)), el('dd', {}, document.createTextNode(value))];
}

function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

function render(msg: HostMessage): void {
  const s: SidebarStrings = msg.strings;
  const { timer, today } = msg;
  // If the focused button is about to be hidden (Start → Pause), keep keyboard focus in the group.
  const focusWasInActions = actions.contains(document.activeElement);
  nowHeading.textContent = s.nowHeading;
  todayHeading.textContent = s.todayHeading;
  status.textContent =
    timer.kind === 'idle'
      ? s.idle
      : timer.kind === 'break'
        ? timer.longBreak
          ? s.longBreak
          : s.onBreak
        : timer.running
          ? s.focusing
          : s.paused;
  countdown.textContent = timer.kind === 'idle' ? '' : fill(s.left, timer.remaining);
  countdown.hidden = timer.kind === 'idle';
  intent.textContent = timer.intent;
  intent.hidden = timer.intent === '';
  gap.textContent = s.gapPending;
  gap.hidden = !timer.gapPending;
  const visible: Record<SidebarAction, boolean> = {
    start: timer.kind !== 'focus',
    pause: timer.kind === 'focus' && timer.running,
    resume: timer.kind === 'focus' && !timer.running,
    stop: timer.kind === 'focus',
    extend: timer.kind === 'focus',
    startBreak: timer.kind === 'idle',
    skipBreak: timer.kind === 'break',
    logInterruption: true,
    checkIn: true,
    addWip: true,
    suggestPrompt: true,
  };
  for (const [action, b] of buttons) {
    b.textContent = s[`action.${action}`];
    b.hidden = !visible[action];
  }
  if (focusWasInActions && !actions.contains(document.activeElement)) {
    [...buttons.values()].find((b) => !b.hidden)?.focus();
  }

  empty.textContent = s.empty;
  empty.hidden = today.sessions > 0 || timer.kind !== 'idle';
  progressLabel.textContent =
    today.intentionMinutes > 0
      ? fill(s.progress, today.focusMinutes, today.intentionMinutes)
      : fill(s.focusOnly, today.focusMinutes);
  progress.setAttribute(
    'value',
    String(today.intentionMinutes > 0 ? Math.min(100, (100 * today.focusMinutes) / today.intentionMinutes) : 0),
  );
  progress.setAttribute('max', '100');
  progress.hidden = today.intentionMinutes === 0;
  facts.replaceChildren(
    ...fact(s.sessions, fill(s.sessionsValue, today.sessions, today.completed)),
    ...fact(s.breaks, fill(s.breaksValue, today.breaksTaken, today.breaksSkipped)),
    ...fact(s.interruptions, fill(s.interruptionsValue, today.interruptions, today.urgent, today.negotiable)),
    ...fact(s.checkins, String(today.checkins)),
  );
  renderWip(msg.wip, s);
  renderPrompt(msg, s);
  pastEnd.textContent = s.pastEndOfDay;
  pastEnd.hidden = !today.pastEndOfDay;
  app.removeAttribute('aria-busy');
  if (msg.announce) live.textContent = msg.announce;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  if (msg && msg.type === 'snapshot' && typeof msg.strings === 'object') render(msg);
});
vscode.postMessage({ type: 'ready' });
