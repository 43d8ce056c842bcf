// The quarterly review page: six steps drawn from host snapshots (teammates' text only as text nodes), and the two
// fields the meeting fills in — the actions agreed and the vote. What is typed stays until a save changes what is saved.
import type {
  ReviewHostMessage,
  ReviewListModel,
  ReviewPageModel,
  ReviewTable,
  ReviewWebviewMessage,
} from '../../shared/reviewProtocol';
import { controls, el, fill, markTiming, viewHost } from '../dom';

const host = viewHost<ReviewWebviewMessage>();
const { act } = controls(host);
const text = (s: string) => document.createTextNode(s);

/** Each step's section: a heading and what goes under it. */
function section(id: string): { section: HTMLElement; heading: HTMLElement; body: HTMLElement } {
  const heading = el('h2', { id: `${id}-heading` });
  const body = el('div', { id: `${id}-body` });
  return { section: el('section', { id, 'aria-labelledby': `${id}-heading` }, heading, body), heading, body };
}

function list(m: ReviewListModel): Node[] {
  if (m.items.length === 0) return [el('p', { class: 'empty' }, text(m.empty))];
  return [
    el(
      'ul',
      { class: 'review-list' },
      ...m.items.map((i) =>
        el(
          'li',
          {},
          el('span', { dir: 'auto', class: 'note-text' }, text(i.text)),
          ...(i.meta ? [text(' '), el('span', { class: 'meta' }, text(`· ${i.meta}`))] : []),
        ),
      ),
    ),
  ];
}

function table(t: ReviewTable): HTMLElement {
  return el(
    'div',
    { class: 'table-wrap review-table' },
    el(
      'table',
      {},
      el('caption', {}, text(t.caption)),
      el('thead', {}, el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col' }, text(c))))),
      el(
        'tbody',
        {},
        ...t.rows.map((r) =>
          el('tr', {}, el('th', { scope: 'row' }, text(r[0])), ...r.slice(1).map((c) => el('td', {}, text(c)))),
        ),
      ),
    ),
  );
}

export function startReview(app: HTMLElement, live: HTMLElement): void {
  let model: ReviewPageModel | undefined;
  let savedKey: string | undefined;
  let actions: string[] = [];
  const drawn: Record<string, string> = {};
  /** Redraws `key`'s part only when what it shows changed: a refresh never takes the focus from a button in it. */
  const once = (key: string, value: unknown, draw: () => void) => {
    const json = JSON.stringify(value);
    if (drawn[key] !== json) {
      drawn[key] = json;
      draw();
    }
  };

  const title = el('h1', { id: 'review-title' });
  const intro = el('p', { class: 'hint', id: 'review-intro' });
  const unreadable = el('ul', { class: 'review-unreadable', id: 'review-unreadable' });
  const last = section('review-last');
  const ratings = section('review-ratings');
  const tried = section('review-tried');
  const proposals = section('review-proposals');
  const agreed = section('review-actions');
  const vote = section('review-vote');

  const actionsHint = el('p', { class: 'hint', id: 'review-actions-hint' });
  const actionList = el('ol', { class: 'review-actions', id: 'review-action-list' });
  const addAction = act('addAction', () => {
    addLine('');
    return undefined;
  });
  agreed.body.append(actionsHint, actionList, el('div', { class: 'actions' }, addAction));

  const voteHint = el('p', { class: 'hint', id: 'review-vote-hint' });
  const voteSaved = el('p', { class: 'meta', id: 'review-vote-saved' });
  const voteInputs = (['yes', 'partly', 'no'] as const).map((k) => {
    const input = el('input', {
      id: `review-vote-${k}`,
      type: 'number',
      min: '0',
      max: '10000',
      step: '1',
      inputmode: 'numeric',
      'aria-describedby': 'review-vote-hint',
    });
    const label = el('label', { for: input.id });
    // A count being corrected is no longer wrong: the message goes with the first change.
    input.addEventListener('input', () => {
      input.removeAttribute('aria-invalid');
      if (!voteInputs.some((v) => v.input.hasAttribute('aria-invalid'))) voteError.textContent = '';
    });
    return { k, input, label };
  });
  const voteError = el('p', { class: 'error', id: 'review-vote-error', role: 'alert' });
  vote.body.append(
    voteHint,
    el('div', { class: 'review-votes' }, ...voteInputs.map((v) => el('div', { class: 'vote' }, v.label, v.input))),
    voteError,
    voteSaved,
  );

  const save = act(
    'save',
    () => {
      const counts: Record<string, number> = {};
      for (const v of voteInputs) {
        const raw = v.input.value.trim();
        const n = raw === '' ? 0 : Number(raw);
        if (!Number.isInteger(n) || n < 0 || n > 10_000) {
          voteError.textContent = model?.strings.badVote ?? '';
          v.input.setAttribute('aria-invalid', 'true');
          v.input.focus();
          return undefined;
        }
        v.input.removeAttribute('aria-invalid');
        counts[v.k] = n;
      }
      voteError.textContent = '';
      return { type: 'save', actions: [...actions], votes: { yes: counts.yes, partly: counts.partly, no: counts.no } };
    },
    false,
  );
  const exportMarkdown = act('export', () => ({ type: 'export' }));

  app.append(
    el(
      'article',
      { class: 'review', 'aria-labelledby': 'review-title' },
      title,
      intro,
      unreadable,
      last.section,
      ratings.section,
      tried.section,
      proposals.section,
      agreed.section,
      vote.section,
      el('div', { class: 'actions review-save' }, save, exportMarkdown),
    ),
  );

  /** The action fields, from `actions`; `focus` moves the focus into one (only after a press). */
  function drawActions(focus?: number): void {
    const m = model;
    if (!m) return;
    actionList.replaceChildren(
      ...actions.map((value, i) => {
        const id = `review-action-${i}`;
        const input = el('input', { id, type: 'text', maxlength: String(m.actions.maxChars), dir: 'auto' });
        input.value = value;
        input.addEventListener('input', () => (actions[i] = input.value));
        const remove = act(`remove-${i}`, () => {
          actions.splice(i, 1);
          drawActions(Math.min(i, actions.length - 1));
          if (actions.length === 0) addAction.focus();
          return undefined;
        });
        remove.textContent = m.strings.remove;
        remove.setAttribute('aria-label', `${m.strings.remove}: ${fill(m.strings.actionLabel, i + 1)}`);
        return el(
          'li',
          {},
          el('label', { for: id }, text(fill(m.strings.actionLabel, i + 1))),
          el('div', { class: 'action-line' }, input, remove),
        );
      }),
    );
    addAction.toggleAttribute('disabled', actions.length >= m.actions.max);
    if (focus !== undefined && focus >= 0) actionList.querySelectorAll('input')[focus]?.focus();
  }

  function addLine(line: string): void {
    const m = model;
    if (!m) return;
    if (line && actions.some((a) => a.trim() === line)) {
      live.textContent = fill(m.strings.alreadyAdded, line);
      return;
    }
    if (actions.length >= m.actions.max) {
      live.textContent = fill(m.strings.full, m.actions.max);
      return;
    }
    // An empty field is filled before a new one is added.
    const empty = line ? actions.findIndex((a) => a.trim() === '') : -1;
    const at = empty >= 0 ? empty : actions.length;
    actions[at] = line;
    drawActions(at);
    if (line) live.textContent = fill(m.strings.added, at + 1);
  }

  function draw(m: ReviewPageModel): void {
    model = m;
    title.textContent = m.title;
    intro.textContent = m.intro;
    once('unreadable', m.unreadable, () =>
      unreadable.replaceChildren(...m.unreadable.map((u) => el('li', { class: 'warning' }, text(u)))),
    );
    unreadable.hidden = m.unreadable.length === 0;
    last.heading.textContent = m.lastActions.heading;
    once('last', m.lastActions, () => last.body.replaceChildren(...list(m.lastActions)));
    ratings.heading.textContent = m.ratings.heading;
    once('ratings', m.ratings, () =>
      ratings.body.replaceChildren(
        el('p', { class: 'hint' }, text(m.ratings.summary)),
        ...(m.ratings.table ? [table(m.ratings.table)] : []),
        ...(m.ratings.teams ?? []).flatMap((t, i) => [
          el('h3', { id: `review-team-${i}` }, el('span', { dir: 'auto' }, text(t.name))),
          el('p', { class: 'hint' }, text(t.summary)),
          ...(t.table ? [table(t.table)] : []),
        ]),
      ),
    );
    tried.heading.textContent = m.tried.heading;
    once('tried', m.tried, () => tried.body.replaceChildren(...list(m.tried)));
    proposals.heading.textContent = m.proposals.heading;
    once('proposals', [m.proposals, m.strings.addProposal], () =>
      proposals.body.replaceChildren(
        m.proposals.items.length
          ? el(
              'ul',
              { class: 'review-list' },
              ...m.proposals.items.map((p, i) => {
                const add = act(`propose-${i}`, () => {
                  addLine(p.action);
                  return undefined;
                });
                add.textContent = m.strings.addProposal;
                add.setAttribute('aria-describedby', `review-proposal-${i}`);
                return el('li', {}, el('span', { id: `review-proposal-${i}` }, text(p.text)), text(' '), add);
              }),
            )
          : el('p', { class: 'empty' }, text(m.proposals.empty)),
      ),
    );
    agreed.heading.textContent = m.actions.heading;
    actionsHint.textContent = m.actions.hint;
    addAction.textContent = m.strings.addAction;
    if (m.savedKey !== savedKey) {
      // What is saved changed (first draw, a save, a pull): the fields start from it again.
      savedKey = m.savedKey;
      actions = [...m.actions.saved];
      for (const v of voteInputs) v.input.value = '';
      drawActions();
    } else addAction.toggleAttribute('disabled', actions.length >= m.actions.max);
    vote.heading.textContent = m.vote.heading;
    voteHint.textContent = m.vote.hint;
    for (const v of voteInputs) v.label.textContent = m.vote.labels[v.k];
    voteSaved.textContent = m.vote.saved ?? '';
    voteSaved.hidden = !m.vote.saved;
    save.textContent = m.strings.save;
    exportMarkdown.textContent = m.strings.exportMarkdown;
  }

  window.addEventListener('message', (event: MessageEvent<ReviewHostMessage>) => {
    const msg = event.data;
    if (msg && msg.type === 'review' && typeof msg.model === 'object') {
      app.removeAttribute('aria-busy');
      draw(msg.model);
      if (msg.announce) live.textContent = msg.announce;
      markTiming(app, 'drawnMs');
    }
  });
  host.postMessage({ type: 'ready' });
  markTiming(app, 'readyMs');
}
