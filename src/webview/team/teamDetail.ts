// One team note in full: its facts, its text, its annotations, and what the reader can do with it. Every field is a
// teammate's text and goes in as a text node.
import type { SidebarStrings } from '../../shared/protocol';
import type { NoteDetailModel } from '../../shared/teamProtocol';
import { el, fact } from '../dom';
import { act } from './teamHost';

const heading = el('h2', { id: 'detail-heading', tabindex: '-1', dir: 'auto' });
const meta = el('p', { class: 'meta', id: 'detail-meta' });
const facts = el('dl', { class: 'facts', id: 'detail-facts' });
const body = el('div', { id: 'detail-body' });
const tags = el('p', { class: 'tags', id: 'detail-tags', dir: 'auto' });
const annotationsHeading = el('h3', { id: 'detail-annotations-heading' });
const annotations = el('ul', {
  class: 'annotations',
  id: 'detail-annotations',
  'aria-labelledby': 'detail-annotations-heading',
});
const noAnnotations = el('p', { class: 'empty', id: 'detail-no-annotations' });
let id = '';
const annotate = act('annotate', () => ({ type: 'note', op: 'annotate', id }), false);
const adopt = act('adopt', () => ({ type: 'note', op: 'adopt', id }));
const edit = act('editNote', () => ({ type: 'note', op: 'edit', id }));
const withdraw = act('withdraw', () => ({ type: 'note', op: 'withdraw', id }));
const back = act('back', () => ({ type: 'action', action: 'closeDetail' }));

export const detailSection = el(
  'section',
  { 'aria-labelledby': 'detail-heading', id: 'detail' },
  heading,
  meta,
  facts,
  body,
  tags,
  annotationsHeading,
  noAnnotations,
  annotations,
  el(
    'div',
    { class: 'actions', role: 'group', 'aria-labelledby': 'detail-heading' },
    annotate,
    adopt,
    edit,
    withdraw,
    back,
  ),
);

export function renderDetail(d: NoteDetailModel | undefined, s: SidebarStrings, focus: boolean): void {
  detailSection.hidden = !d;
  if (!d) return;
  id = d.id;
  heading.textContent = d.title;
  meta.textContent = [d.kindLabel, d.week, ...(d.own ? [s.yours] : []), ...(d.notice ? [d.notice] : [])].join(' · ');
  facts.replaceChildren(...d.facts.flatMap((f) => fact(f.term, f.value)));
  body.replaceChildren(
    ...d.fields.flatMap((f) => [
      el('h3', {}, document.createTextNode(f.label)),
      el('p', { class: 'note-text', dir: 'auto' }, document.createTextNode(f.text)),
    ]),
  );
  tags.textContent = d.tags.map((t) => `#${t}`).join(' ');
  tags.hidden = d.tags.length === 0;
  annotationsHeading.textContent = `${s.annotationsHeading} (${d.annotationList.length})`;
  noAnnotations.textContent = s.noAnnotations;
  noAnnotations.hidden = d.annotationList.length > 0;
  annotations.replaceChildren(
    ...d.annotationList.map((a) =>
      el(
        'li',
        { 'data-id': a.id },
        el('span', { class: 'meta' }, document.createTextNode([a.week, ...(a.own ? [s.yours] : [])].join(' · '))),
        el('p', { class: 'note-text', dir: 'auto' }, document.createTextNode(a.text)),
      ),
    ),
  );
  annotate.textContent = s.annotate;
  adopt.textContent = s.adopt;
  adopt.hidden = !d.canAdopt;
  edit.textContent = s.editNote;
  edit.hidden = !d.own;
  withdraw.textContent = s.withdraw;
  withdraw.hidden = !d.own;
  back.textContent = s.back;
  if (focus) heading.focus();
}
