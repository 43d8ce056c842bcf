// This week: the week's facts, the weekly reflection (three questions) and its micro-lesson draft. Text fields are
// filled from the host only when a form opens or the saved text changes, so snapshots never overwrite typing.
import { MAX_TEXT_FIELD } from '../shared/protocol';
import type { LessonModel, ReflectionModel, SidebarStrings, WebviewMessage } from '../shared/protocol';
import { el, fact, host } from './dom';

let model: ReflectionModel | undefined;
/** The button the user last pressed here; focus moves into a form only in answer to that, never on its own. */
let pressed: string | undefined;

/** A button whose message is built when it is pressed (from the latest snapshot and the fields). */
function act(key: string, message: () => WebviewMessage | undefined, secondary = true): HTMLElement {
  const b = document.createElement('vscode-button');
  if (secondary) b.setAttribute('secondary', '');
  b.dataset.key = key;
  b.addEventListener('click', () => {
    pressed = key;
    const m = message();
    if (m) host.postMessage(m);
  });
  return b;
}

/** A labelled text area; `rows` lines high, capped at the host's limit. */
function field(id: string, rows = 2): { label: HTMLLabelElement; input: HTMLTextAreaElement } {
  const input = el('textarea', { id, rows: String(rows), maxlength: String(MAX_TEXT_FIELD) });
  return { label: el('label', { for: id }), input };
}

const week = (op: 'open' | 'close' | 'skip' | 'draftLesson') => () =>
  model && ({ type: 'reflection', op, week: model.week } as const);

const heading = el('h2', { id: 'week-heading' });
const title = el('p', { id: 'week-title' });
const due = el('p', { class: 'note', id: 'week-due' });
const facts = el('dl', { class: 'facts', id: 'week-facts' });
const reflect = act('reflect', week('open'), false);
const skip = act('skip', week('skip'));
const offer = el('div', { class: 'actions', role: 'group', 'aria-labelledby': 'week-heading' }, reflect, skip);

const questions = {
  helped: field('q-helped'),
  drained: field('q-drained'),
  nextChange: field('q-nextChange'),
};
const answers = () => ({
  helped: questions.helped.input.value,
  drained: questions.drained.input.value,
  nextChange: questions.nextChange.input.value,
});
const save = act(
  'saveReflection',
  () => model && { type: 'saveReflection', week: model.week, answers: answers() },
  false,
);
const cancel = act('cancelReflection', week('close'));
const form = el('form', { id: 'reflection-form', 'aria-labelledby': 'week-heading' });
for (const q of Object.values(questions)) form.append(q.label, q.input);
form.append(el('div', { class: 'actions' }, save, cancel));

const savedList = el('dl', { class: 'answers', id: 'reflection-answers' });
const edit = act('editReflection', week('open'));
const draft = act('draftLesson', week('draftLesson'), false);
const saved = el('div', { id: 'reflection-saved' }, savedList, el('div', { class: 'actions' }, edit, draft));

const lessonHeading = el('h3', { id: 'lesson-heading' });
const lessonNote = el('p', { class: 'note' });
const lessonFields = {
  tried: field('l-tried'),
  changed: field('l-changed'),
  keep: field('l-keep'),
  tell: field('l-tell'),
  tags: field('l-tags', 1),
};
const lessonText = () => ({
  tried: lessonFields.tried.input.value,
  changed: lessonFields.changed.input.value,
  keep: lessonFields.keep.input.value,
  tell: lessonFields.tell.input.value,
  tags: lessonFields.tags.input.value,
});
const saveLesson = act(
  'saveLesson',
  () => model?.lesson && { type: 'lesson', op: 'save', id: model.lesson.id, text: lessonText() },
  false,
);
const discardLesson = act(
  'discardLesson',
  () => model?.lesson && { type: 'lesson', op: 'discard', id: model.lesson.id },
);
const lessonForm = el('form', { id: 'lesson-form', 'aria-labelledby': 'lesson-heading' }, lessonHeading, lessonNote);
for (const f of Object.values(lessonFields)) lessonForm.append(f.label, f.input);
lessonForm.append(el('div', { class: 'actions' }, saveLesson, discardLesson));

for (const f of [form, lessonForm]) f.addEventListener('submit', (e) => e.preventDefault());
// Ctrl+Enter (Cmd+Enter) in a field saves, as in VS Code's own commit box.
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
});
lessonForm.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveLesson.click();
});

export const reflectionSection = el(
  'section',
  { 'aria-labelledby': 'week-heading', id: 'week' },
  heading,
  title,
  due,
  facts,
  offer,
  form,
  saved,
  lessonForm,
);

let formKey = '';
let lessonKey = '';
let factsKey = '';

export function renderReflection(m: ReflectionModel, s: SidebarStrings): void {
  const wasOpen = !form.hidden;
  model = m;
  heading.textContent = s.weekHeading;
  title.textContent = m.title;
  due.textContent = s.reflectionDue;
  due.hidden = !m.due;
  const key = JSON.stringify(m.facts);
  if (key !== factsKey) {
    factsKey = key;
    facts.replaceChildren(...m.facts.flatMap((f) => fact(f.term, f.value)));
  }
  for (const [b, text] of [
    [reflect, s.reflect],
    [skip, s.reflectionSkip],
    [save, s.reflectionSave],
    [cancel, s.reflectionCancel],
    [edit, s.reflectionEdit],
    [draft, s.draftLesson],
    [saveLesson, s.lessonSave],
    [discardLesson, s.lessonDiscard],
  ] as const) {
    b.textContent = text;
  }
  for (const [q, f] of Object.entries(questions)) f.label.textContent = s[`reflection.${q}`];

  offer.hidden = m.open || m.saved !== undefined;
  skip.hidden = !m.due;
  form.hidden = !m.open;
  const nextFormKey = `${m.week}:${String(m.open)}`;
  if (m.open && nextFormKey !== formKey) {
    for (const [q, f] of Object.entries(questions)) f.input.value = m.saved?.[q as keyof typeof m.saved] ?? '';
  }
  if (m.open && (pressed === 'reflect' || pressed === 'editReflection')) {
    pressed = undefined;
    questions.helped.input.focus();
  }
  formKey = nextFormKey;

  saved.hidden = m.open || m.saved === undefined;
  if (m.saved) {
    savedList.replaceChildren(
      ...Object.entries(m.saved).flatMap(([q, a]) => fact(s[`reflection.${q}`], a || s.reflectionUnanswered)),
    );
  }
  draft.hidden = m.lesson !== undefined;
  renderLesson(m.lesson, s);
  // A form that closes under the keyboard hands focus to the next sensible control, not to the page body.
  if (wasOpen && form.hidden && (pressed === 'saveReflection' || pressed === 'cancelReflection')) {
    pressed = undefined;
    (saved.hidden ? reflect : draft.hidden ? edit : draft).focus();
  }
}

function renderLesson(lesson: LessonModel | undefined, s: SidebarStrings): void {
  lessonForm.hidden = lesson === undefined;
  lessonHeading.textContent = s.lessonHeading;
  lessonNote.textContent = s.lessonNote;
  for (const [f, v] of Object.entries(lessonFields)) v.label.textContent = s[`lesson.${f}`];
  const key = JSON.stringify(lesson ?? null);
  if (lesson && key !== lessonKey) {
    for (const [f, v] of Object.entries(lessonFields)) v.input.value = lesson[f as keyof typeof lessonFields];
  }
  lessonKey = key;
  if (lesson && pressed === 'draftLesson') {
    pressed = undefined;
    lessonFields.changed.input.focus();
  }
  if (!lesson && pressed === 'discardLesson') {
    pressed = undefined;
    draft.focus();
  }
}
