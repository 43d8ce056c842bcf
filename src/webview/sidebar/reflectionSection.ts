// This week: the week's facts and the weekly reflection (three questions). Text fields are filled from the host only
// when the form opens, so snapshots never overwrite typing.
import { MAX_TEXT_FIELD } from '../../shared/protocol';
import type { ReflectionModel, SidebarStrings } from '../../shared/protocol';
import { el, fact, field, takePressed } from '../dom';
import { act } from './sidebarHost';

let model: ReflectionModel | undefined;

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
  helped: field('q-helped', MAX_TEXT_FIELD),
  drained: field('q-drained', MAX_TEXT_FIELD),
  nextChange: field('q-nextChange', MAX_TEXT_FIELD),
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
form.addEventListener('submit', (e) => e.preventDefault());
// Ctrl+Enter (Cmd+Enter) in a field saves, as in VS Code's own commit box.
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
});

const savedList = el('dl', { class: 'answers', id: 'reflection-answers' });
const edit = act('editReflection', week('open'));
const draft = act('draftLesson', week('draftLesson'), false);
const openLesson = act('openLesson', () =>
  model?.lessonId ? { type: 'lesson', op: 'edit', id: model.lessonId } : undefined,
);
const saved = el(
  'div',
  { id: 'reflection-saved' },
  savedList,
  el('div', { class: 'actions' }, edit, draft, openLesson),
);

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
);

let formKey = '';
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
    [openLesson, s.openLesson],
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
  formKey = nextFormKey;
  if (m.open && takePressed('reflect', 'editReflection')) questions.helped.input.focus();

  saved.hidden = m.open || m.saved === undefined;
  if (m.saved) {
    savedList.replaceChildren(
      ...Object.entries(m.saved).flatMap(([q, a]) => fact(s[`reflection.${q}`], a || s.reflectionUnanswered)),
    );
  }
  draft.hidden = m.lessonId !== undefined;
  openLesson.hidden = m.lessonId === undefined;
  // A form that closes under the keyboard hands focus to the next sensible control, not to the page body.
  if (wasOpen && form.hidden && takePressed('saveReflection', 'cancelReflection')) {
    (saved.hidden ? reflect : draft.hidden ? edit : draft).focus();
  }
}
