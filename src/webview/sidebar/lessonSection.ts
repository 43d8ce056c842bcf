// Micro-lessons: the one being written (from a weekly reflection or a concluded experiment) and the list of all of
// them, with a Markdown export. Fields are filled from the host only when another lesson opens or its saved text
// changes, so snapshots never overwrite typing.
import { MAX_TEXT_FIELD } from '../../shared/protocol';
import type { LessonsModel, SidebarStrings } from '../../shared/protocol';
import { el, field, takePressed } from '../dom';
import { act } from './sidebarHost';

let model: LessonsModel | undefined;
const editingId = () => model?.editing?.id;

const heading = el('h2', { id: 'lessons-heading', tabindex: '-1' });
const empty = el('p', { class: 'empty', id: 'lessons-empty' });
const editorHeading = el('h3', { id: 'lesson-heading' });
const source = el('p', { class: 'note', id: 'lesson-source' });
const note = el('p', { class: 'note' });
const fields = {
  tried: field('l-tried', MAX_TEXT_FIELD),
  changed: field('l-changed', MAX_TEXT_FIELD, 3),
  keep: field('l-keep', MAX_TEXT_FIELD),
  tell: field('l-tell', MAX_TEXT_FIELD),
  tags: field('l-tags', MAX_TEXT_FIELD, 1),
};
const text = () => ({
  tried: fields.tried.input.value,
  changed: fields.changed.input.value,
  keep: fields.keep.input.value,
  tell: fields.tell.input.value,
  tags: fields.tags.input.value,
});
const op = (o: 'close' | 'discard') => () => {
  const id = editingId();
  return id ? ({ type: 'lesson', op: o, id } as const) : undefined;
};
const save = act(
  'saveLesson',
  () => {
    const id = editingId();
    return id ? { type: 'lesson', op: 'save', id, text: text() } : undefined;
  },
  false,
);
const close = act('closeLesson', op('close'));
const discard = act('discardLesson', op('discard'));
const form = el('form', { id: 'lesson-form', 'aria-labelledby': 'lesson-heading' }, editorHeading, source, note);
for (const f of Object.values(fields)) form.append(f.label, f.input);
form.append(el('div', { class: 'actions' }, save, close, discard));
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
});
const list = el('ul', { class: 'lessons', id: 'lessons-list', 'aria-labelledby': 'lessons-heading' });
const exportButton = act('exportLessons', () => ({ type: 'action', action: 'exportLessons' }));

export const lessonSection = el(
  'section',
  { 'aria-labelledby': 'lessons-heading', id: 'lessons' },
  heading,
  empty,
  form,
  list,
  exportButton,
);

let formKey = '';
let listKey = '';
let lastId: string | undefined;

export function renderLessons(m: LessonsModel, s: SidebarStrings): void {
  model = m;
  heading.textContent = s.lessonsHeading;
  empty.textContent = s.lessonsEmpty;
  empty.hidden = m.list.length > 0;
  editorHeading.textContent = s.lessonHeading;
  note.textContent = s.lessonNote;
  for (const [b, t] of [
    [save, s.lessonSave],
    [close, s.lessonClose],
    [discard, s.lessonDiscard],
    [exportButton, s.exportLessons],
  ] as const)
    b.textContent = t;
  exportButton.hidden = m.list.length === 0;
  for (const [f, v] of Object.entries(fields)) v.label.textContent = s[`lesson.${f}`];
  const lesson = m.editing;
  form.hidden = lesson === undefined;
  source.textContent = lesson?.source ?? '';
  const key = JSON.stringify(lesson ?? null);
  if (lesson && key !== formKey) {
    for (const [f, v] of Object.entries(fields)) v.input.value = lesson[f as keyof typeof fields];
  }
  formKey = key;
  // Focus moves into the editor when the user opened a lesson, or when the lesson they asked for arrives.
  const arrived = lesson !== undefined && lesson.id !== lastId;
  lastId = lesson?.id;
  if (
    lesson &&
    (takePressed('openLesson', 'editLesson') || (arrived && takePressed('draftLesson', 'concludeExperiment')))
  ) {
    fields.changed.input.scrollIntoView({ block: 'center' });
    fields.changed.input.focus();
  }
  if (!lesson && takePressed('discardLesson', 'closeLesson')) heading.focus();
  const nextList = JSON.stringify([m.list, s.lessonEdit, s.lessonShare]);
  if (nextList !== listKey) {
    listKey = nextList;
    list.replaceChildren(
      ...m.list.map((l) => {
        const b = act('editLesson', () => ({ type: 'lesson', op: 'edit', id: l.id }));
        b.textContent = s.lessonEdit;
        b.setAttribute('aria-label', `${s.lessonEdit}: ${l.title}`);
        const share = act('shareLesson', () => ({ type: 'share', what: 'lesson', id: l.id }));
        share.textContent = s.lessonShare;
        share.setAttribute('aria-label', `${s.lessonShare} ${l.title}`);
        return el(
          'li',
          {},
          el('span', { class: 'title' }, document.createTextNode(l.title)),
          el('span', { class: 'meta' }, document.createTextNode(l.source)),
          el('span', { class: 'row-actions' }, b, share),
        );
      }),
    );
  }
}
