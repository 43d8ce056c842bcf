// The pacing question of the moment, with why it appeared and the reactions; the glossary below it.
import type { HostMessage, SidebarStrings } from '../../shared/protocol';
import { el, fact, fill } from '../dom';
import { button } from './sidebarHost';

const heading = el('h2', { id: 'prompt-heading' });
const text = el('p', { class: 'prompt', id: 'prompt-text' });
const why = el('p', { class: 'note', id: 'prompt-why' });
const empty = el('p', { class: 'empty', id: 'prompt-empty' });
const actions = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'prompt-heading' });
const reactions = (['dismiss', 'notUseful', 'snoozeToday'] as const).map((reaction) => {
  const b = button({ type: 'prompt', reaction });
  b.dataset.reaction = reaction;
  actions.append(b);
  return b;
});
const suggest = button({ type: 'action', action: 'suggestPrompt' });
const glossarySummary = el('summary');
const glossaryList = el('dl', { class: 'glossary' });
const glossary = el('details', { id: 'glossary' }, glossarySummary, glossaryList);

export const promptSection = el(
  'section',
  { 'aria-labelledby': 'prompt-heading' },
  heading,
  text,
  why,
  actions,
  empty,
  suggest,
  glossary,
);

let lastGlossary = '';

export function renderPrompt(msg: HostMessage, s: SidebarStrings): void {
  const current = msg.prompt.current;
  heading.textContent = s.promptHeading;
  text.textContent = current?.text ?? '';
  why.textContent = current ? fill(s.promptWhy, current.why) : '';
  const hadFocus = actions.contains(document.activeElement);
  for (const b of reactions) b.textContent = s[`prompt.${b.dataset.reaction}`];
  text.hidden = why.hidden = actions.hidden = !current;
  empty.textContent = s.promptEmpty;
  empty.hidden = current !== undefined;
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
