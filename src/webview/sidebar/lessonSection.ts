// The micro-lesson being written (from a weekly reflection or a concluded experiment); the list of all of them, with
// Share… and the Markdown export, is the Micro-Lessons view (a native tree). Fields are filled from the host only when
// another lesson opens or its saved text changes, so snapshots never overwrite typing.
import { MAX_TEXT_FIELD } from '../../shared/protocol';
import type { LessonsModel, SidebarStrings } from '../../shared/protocol';
import { el, field, takePressed } from '../dom';
import { act } from './sidebarHost';

let model: LessonsModel | undefined;
const editingId = () => model?.editing?.id;

const editorHeading = el('h2', { id: 'lesson-heading' });
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
export const lessonSection = el('section', { 'aria-labelledby': 'lesson-heading', id: 'lessons' }, form);

let formKey = '';
let lastId: string | undefined;

export function renderLessons(m: LessonsModel, s: SidebarStrings): void {
  model = m;
  editorHeading.textContent = s.lessonHeading;
  note.textContent = s.lessonNote;
  for (const [b, t] of [
    [save, s.lessonSave],
    [close, s.lessonClose],
    [discard, s.lessonDiscard],
  ] as const)
    b.textContent = t;
  for (const [f, v] of Object.entries(fields)) v.label.textContent = s[`lesson.${f}`];
  const lesson = m.editing;
  lessonSection.hidden = lesson === undefined;
  source.textContent = lesson?.source ?? '';
  const key = JSON.stringify(lesson ?? null);
  if (lesson && key !== formKey) {
    for (const [f, v] of Object.entries(fields)) v.input.value = lesson[f as keyof typeof fields];
  }
  formKey = key;
  // Focus moves into the editor when the user opened a lesson, or when the lesson they asked for arrives.
  const arrived = lesson !== undefined && lesson.id !== lastId;
  lastId = lesson?.id;
  if (lesson && (takePressed('openLesson') || (arrived && takePressed('draftLesson')))) {
    fields.changed.input.scrollIntoView({ block: 'center' });
    fields.changed.input.focus();
  }
  // Closed: the keyboard goes back to the week above.
  if (!lesson && takePressed('discardLesson', 'closeLesson')) {
    const week = document.getElementById('week-heading');
    week?.setAttribute('tabindex', '-1');
    week?.focus();
  }
}
