// The Pacewise sidebar: renders host snapshots. Data is only ever set with textContent (never as HTML), listeners are added
// in code (the CSP allows no inline handlers), and the DOM is built once and updated, so keyboard focus survives
// the once-a-second snapshots.
import type { HostMessage, SidebarAction, SidebarPart, SidebarSection, SidebarStrings } from '../../shared/protocol';
import { el, fact, fill, markTiming } from '../dom';
import { button, host } from './sidebarHost';
import { promptSection, renderPrompt } from './promptSection';
import { gitSection, renderGit } from './gitSection';
import { reflectionSection, renderReflection } from './reflectionSection';
import { experimentSection, renderExperiments } from './experimentSection';
import { lessonSection, renderLessons } from './lessonSection';
import { renderSparkline } from '../svgChart';

const nowHeading = el('h2', { id: 'now-heading' });
const status = el('p', { class: 'status', id: 'status' });
const countdown = el('p', { class: 'countdown', id: 'countdown', 'aria-describedby': 'status' });
const intent = el('p', { class: 'intent', id: 'intent' });
const gap = el('p', { class: 'note', id: 'gap' });
const actions = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'now-heading' });
const NOW_ACTIONS = [
  'start',
  'pause',
  'resume',
  'stop',
  'extend',
  'startBreak',
  'skipBreak',
  'logInterruption',
  'checkIn',
] as const satisfies readonly SidebarAction[];
type NowAction = (typeof NOW_ACTIONS)[number];
const buttons = new Map<NowAction, HTMLElement>();
for (const action of NOW_ACTIONS) {
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
const facts = el('dl', { class: 'facts', id: 'today-facts' });
const pastEnd = el('p', { class: 'note', id: 'past-end' });
const trend = el('div', { class: 'trend', id: 'today-trend' });
const insightsButton = button({ type: 'action', action: 'showInsights' });
insightsButton.id = 'show-insights';
let trendKey = '';
const empty = el('p', { class: 'empty', id: 'empty' });
// The week's reflection lives in This Week, often collapsed: while it is due, Now says so, with the way there.
const weekDue = el('p', { class: 'note', id: 'now-week-due' });
const reflectButton = button({ type: 'action', action: 'showWeek' });
const weekDueRow = el('div', { class: 'actions', id: 'now-week' }, weekDue, reflectButton);
// First run (nothing recorded in 14 days): the empty state leads to the walkthrough; never a pop-up.
const tour = button({ type: 'action', action: 'walkthrough' });
tour.id = 'take-tour';
const todaySection = el(
  'section',
  { 'aria-labelledby': 'today-heading' },
  todayHeading,
  empty,
  tour,
  progressLabel,
  progress,
  facts,
  pastEnd,
  weekDueRow,
  el('div', { class: 'trend-row' }, trend, insightsButton),
);

/** Draws one part's sections of the snapshot. */
const RENDER: Record<SidebarPart, (app: HTMLElement, msg: HostMessage) => void> = {
  now: (app, msg) => {
    renderNow(msg);
    renderGit(msg.git, msg.strings);
    renderPrompt(msg, msg.strings);
    placePrompt(app, msg.prompt.current !== undefined);
  },
  experiment: (_app, msg) => renderExperiments(msg.experiments, msg.strings),
  week: (_app, msg) => {
    renderReflection(msg.reflection, msg.strings);
    renderLessons(msg.lessons, msg.strings);
  },
};

function renderNow(msg: HostMessage): void {
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
  const visible: Record<NowAction, boolean> = {
    start: timer.kind !== 'focus',
    pause: timer.kind === 'focus' && timer.running,
    resume: timer.kind === 'focus' && !timer.running,
    stop: timer.kind === 'focus',
    extend: timer.kind === 'focus',
    startBreak: timer.kind === 'idle',
    skipBreak: timer.kind === 'break',
    logInterruption: true,
    checkIn: true,
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
  tour.textContent = s['action.walkthrough'];
  tour.hidden = today.trend.length < 14 || today.trend.some((v) => v !== null);
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
  const key = JSON.stringify([today.trend, today.trendLabel]);
  if (key !== trendKey) {
    trendKey = key;
    trend.replaceChildren(renderSparkline(today.trend, today.trendLabel));
  }
  insightsButton.textContent = s['action.showInsights'];
  pastEnd.textContent = s.pastEndOfDay;
  pastEnd.hidden = !today.pastEndOfDay;
  weekDue.textContent = s.weekDueNow;
  reflectButton.textContent = s['action.showWeek'];
  weekDueRow.hidden = !msg.reflection.due;
}

/** A waiting question sits at the top of the view; without one, "Ask me a question" has its place below. */
function placePrompt(app: HTMLElement, waiting: boolean): void {
  const first = app.firstElementChild === promptSection;
  if (waiting === first) return;
  const hadFocus = promptSection.contains(document.activeElement);
  const focused = document.activeElement as HTMLElement | null;
  if (waiting) app.prepend(promptSection);
  else gitSection.after(promptSection);
  if (hadFocus) focused?.focus();
}

/** What takes the focus: a section's heading, or the lesson draft's field to write in. */
const REVEALED: Record<SidebarSection, string> = {
  prompt: 'prompt-heading',
  reflection: 'week-heading',
  lesson: 'l-changed',
};

/** What a command just showed: scrolled into view and focused, once (a heading made focusable for it). */
function revealSection(section: SidebarSection): void {
  const target = document.getElementById(REVEALED[section]);
  if (!target) return;
  const field = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
  if (!field) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: field ? 'center' : 'start' });
  target.focus({ preventScroll: true });
}

const SECTIONS: Record<SidebarPart, HTMLElement[]> = {
  now: [nowSection, todaySection, gitSection, promptSection],
  experiment: [experimentSection],
  week: [reflectionSection, lessonSection],
};

/** Builds one part of the sidebar (the document's `data-part`) into `app` and draws every snapshot the host sends. */
export function startSidebar(app: HTMLElement, live: HTMLElement, part: SidebarPart): void {
  app.append(...SECTIONS[part]);
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
    const msg = event.data;
    if (msg && msg.type === 'snapshot' && typeof msg.strings === 'object') {
      // Shown first: nothing in a hidden page can take the focus the first snapshot may carry.
      app.removeAttribute('aria-busy');
      RENDER[part](app, msg);
      if (msg.announce) live.textContent = msg.announce;
      if (msg.reveal) revealSection(msg.reveal);
      markTiming(app, 'drawnMs');
    }
  });
  host.postMessage({ type: 'ready' });
  markTiming(app, 'readyMs');
}
