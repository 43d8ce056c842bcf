// The Insights panel: a period picker, gentle signals, one section per chart (title, summary sentence, the chart,
// its legend and a data table behind a toggle), and the data actions. Renders host snapshots; text only as text.
import { DATA_ACTIONS } from '../../shared/insightsProtocol';
import type {
  ChartModel,
  InsightsHostMessage,
  InsightsModel,
  InsightsWebviewMessage,
} from '../../shared/insightsProtocol';
import { el, markTiming, viewHost } from '../dom';
import { renderChart, renderLegend } from '../svgChart';

const host = viewHost<InsightsWebviewMessage>();
const post = (m: InsightsWebviewMessage) => host.postMessage(m);
const text = (t: string) => document.createTextNode(t);

function actionButton(label: string, message: InsightsWebviewMessage, secondary = true, id?: string): HTMLElement {
  const b = document.createElement('vscode-button');
  if (secondary) b.setAttribute('secondary', '');
  if (id) b.id = id;
  b.textContent = label;
  b.addEventListener('click', () => post(message));
  return b;
}

const title = el('h1', { id: 'insights-title', tabindex: '-1' });
const legend = el('legend');
const ranges = el('fieldset', { class: 'ranges', id: 'insights-ranges' }, legend);
const heading = el('p', { class: 'meta', id: 'insights-period' });
const empty = el('p', { class: 'empty', id: 'insights-empty' });
const problems = el('div', { class: 'note', id: 'insights-problems' });
const signalsHeading = el('h2', { id: 'signals-heading' });
const signalList = el('ul', { class: 'signals', id: 'signals-list', 'aria-labelledby': 'signals-heading' });
const mutedSummary = el('summary');
const mutedList = el('ul', { class: 'signals' });
const muted = el('details', { id: 'signals-muted' }, mutedSummary, mutedList);
const signals = el(
  'section',
  { id: 'signals', 'aria-labelledby': 'signals-heading' },
  signalsHeading,
  signalList,
  muted,
);
const charts = el('div', { id: 'charts', class: 'charts' });
const dataHeading = el('h2', { id: 'data-heading' });
const dataHint = el('p', { class: 'hint' });
const dataActions = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'data-heading' });
const data = el('section', { id: 'data', 'aria-labelledby': 'data-heading' }, dataHeading, dataHint, dataActions);

/** Tables the user opened stay open across snapshots. */
const openTables = new Set<string>();
let lastRange: string | undefined;
/** When the user chose a period; the next snapshot drawn records how long it took (the benchmark reads it). */
let rangeChosenAt: number | undefined;

function renderRanges(m: InsightsModel): void {
  legend.textContent = m.strings.rangeLabel;
  if (ranges.querySelectorAll('input').length !== m.ranges.length) {
    for (const r of m.ranges) {
      const input = el('input', { type: 'radio', name: 'range', id: `range-${r.value}`, value: r.value });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        rangeChosenAt = performance.now();
        post({ type: 'range', range: r.value });
      });
      ranges.append(el('label', { for: input.id }, input, el('span', {})));
    }
  }
  m.ranges.forEach((r, i) => {
    const label = ranges.querySelectorAll('label')[i];
    (label.querySelector('span') as HTMLElement).textContent = r.label;
    (label.querySelector('input') as HTMLInputElement).checked = r.value === m.range;
  });
}

function renderSignals(m: InsightsModel): void {
  signalsHeading.textContent = m.strings.signalsHeading;
  const item = (s: InsightsModel['signals'][number]) =>
    el(
      'li',
      { id: `signal-${s.id}` },
      el('p', { class: 'signal-text' }, text(s.text)),
      el('p', { class: 'hint' }, text(s.why)),
      el(
        'div',
        { class: 'actions' },
        ...(s.muted ? [] : [actionButton(s.actionLabel, { type: 'experiment', template: s.template })]),
        actionButton(s.muted ? m.strings.unmute : m.strings.mute, { type: 'mute', id: s.id, muted: !s.muted }),
      ),
    );
  const shown = m.signals.filter((s) => !s.muted);
  const hidden = m.signals.filter((s) => s.muted);
  signalList.replaceChildren(
    ...(shown.length ? shown.map(item) : [el('li', { class: 'empty' }, text(m.strings.noSignals))]),
  );
  mutedSummary.textContent = `${m.strings.mutedHeading} (${hidden.length})`;
  mutedList.replaceChildren(...hidden.map(item));
  muted.hidden = hidden.length === 0;
}

function renderChartSection(c: ChartModel, m: InsightsModel): HTMLElement {
  const titleId = `chart-${c.id}-title`;
  const summaryId = `chart-${c.id}-summary`;
  const tableId = `chart-${c.id}-table`;
  const table = el(
    'table',
    {},
    el('caption', {}, text(c.table.caption)),
    el('thead', {}, el('tr', {}, ...c.table.columns.map((col) => el('th', { scope: 'col' }, text(col))))),
    el(
      'tbody',
      {},
      ...c.table.rows.map((row) =>
        el('tr', {}, el('th', { scope: 'row' }, text(row[0])), ...row.slice(1).map((cell) => el('td', {}, text(cell)))),
      ),
    ),
  );
  const wrap = el('div', { id: tableId, class: 'table-wrap' }, table);
  const open = openTables.has(c.id);
  wrap.hidden = !open;
  const toggle = document.createElement('vscode-button');
  toggle.setAttribute('secondary', '');
  toggle.id = `chart-${c.id}-toggle`;
  toggle.setAttribute('aria-controls', tableId);
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? m.strings.hideTable : m.strings.showTable;
  toggle.addEventListener('click', () => {
    const now = wrap.hidden;
    wrap.hidden = !now;
    if (now) openTables.add(c.id);
    else openTables.delete(c.id);
    toggle.setAttribute('aria-expanded', String(now));
    toggle.textContent = now ? m.strings.hideTable : m.strings.showTable;
  });
  return el(
    'section',
    { class: 'chart', id: `chart-${c.id}`, 'aria-labelledby': titleId },
    el('h2', { id: titleId }, text(c.title)),
    el('p', { id: summaryId, class: 'summary' }, text(c.summary)),
    renderChart(c, `${titleId} ${summaryId}`),
    renderLegend(c),
    toggle,
    wrap,
  );
}

function render(m: InsightsModel): void {
  document.title = m.strings.title;
  title.textContent = m.strings.title;
  renderRanges(m);
  heading.textContent = m.heading;
  empty.textContent = m.empty ?? '';
  empty.hidden = !m.empty;
  problems.hidden = m.problems.length === 0;
  problems.replaceChildren(
    el('p', {}, text(m.strings.settingsProblems)),
    el('ul', {}, ...m.problems.map((p) => el('li', {}, text(p)))),
  );
  renderSignals(m);
  // Keep focus where it was (a toggle or a radio) when a snapshot replaces the charts.
  const focused = document.activeElement?.id;
  charts.replaceChildren(...(m.empty ? [] : m.charts.map((c) => renderChartSection(c, m))));
  if (focused) document.getElementById(focused)?.focus();
  dataHeading.textContent = m.strings.dataHeading;
  dataHint.textContent = m.strings.dataHint;
  const s = m.strings;
  dataActions.replaceChildren(
    ...DATA_ACTIONS.map((action) => actionButton(s[action], { type: 'data', action }, true, `data-${action}`)),
  );
}

export function startInsights(app: HTMLElement, live: HTMLElement): void {
  app.classList.add('insights');
  app.append(title, ranges, heading, empty, problems, signals, charts, data);
  window.addEventListener('message', (event: MessageEvent<InsightsHostMessage>) => {
    const msg = event.data;
    if (msg?.type !== 'insights') return;
    render(msg.model);
    markTiming(app, 'drawnMs');
    if (rangeChosenAt !== undefined) {
      app.dataset.rangeMs = String(Math.round(performance.now() - rangeChosenAt));
      rangeChosenAt = undefined;
    }
    host.setState({ range: msg.model.range });
    app.setAttribute('aria-busy', 'false');
    if (lastRange !== undefined && lastRange !== msg.model.range) live.textContent = msg.model.heading;
    lastRange = msg.model.range;
    requestAnimationFrame(() => post({ type: 'rendered', ms: performance.now() }));
  });
  post({ type: 'ready' });
  markTiming(app, 'readyMs');
}
