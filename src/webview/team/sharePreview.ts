// The share preview: the user's words in editable fields, and under each, exactly what will be shared — every
// redaction highlighted, with a button to keep it as written or redact it again. Field values are set from the host
// only when a draft opens, so snapshots never overwrite typing; edits reach the host after a short pause.
import type { SidebarStrings } from '../../shared/protocol';
import type { DraftModel, SegmentModel } from '../../shared/teamProtocol';
import { el, fact, field, fill } from '../dom';
import { act, host } from './teamHost';

const heading = el('h2', { id: 'preview-heading', tabindex: '-1' });
const honest = el('p', { class: 'note honest', id: 'preview-honest' });
const help = el('p', { class: 'hint', id: 'preview-help' });
const facts = el('dl', { class: 'facts', id: 'preview-facts' });
const fieldsBox = el('div', { id: 'preview-fields' });
const tagsBox = el('div', { id: 'preview-tags' });
const pseudonymBox = el('p', { id: 'preview-pseudonym' });
const summary = el('p', { id: 'preview-summary', role: 'status' });
const problems = el('ul', { class: 'problems', id: 'preview-problems' });
const fileSummary = el('summary');
const fileText = el('pre', { id: 'preview-file', tabindex: '0' });
const file = el('details', { id: 'preview-file-box' }, fileSummary, fileText);
const notWritten = el('p', { class: 'hint', id: 'preview-not-written' });
const destination = el('p', { id: 'preview-destination' });

let current: DraftModel | undefined;
let shownId = '';
const pending = new Map<string, string>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): boolean {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (!current || pending.size === 0) return false;
  for (const [field, value] of pending) host.postMessage({ type: 'edit', id: current.id, field, value });
  pending.clear();
  return true;
}

function queue(field: string, value: string): void {
  pending.set(field, value);
  if (timer) clearTimeout(timer);
  timer = setTimeout(flush, 300);
}

const shareButton = act(
  'share',
  () => {
    // Words typed since the last preview must be seen highlighted before anything is written.
    if (flush() || !current) {
      summary.textContent = lastStrings.previewUpdated ?? '';
      return undefined;
    }
    return { type: 'share', id: current.id, revision: current.revision };
  },
  false,
);
const closeButton = act('closeDraft', () => (flush(), current && { type: 'draft', op: 'close', id: current.id }));
const discardButton = act('discardDraft', () => current && { type: 'draft', op: 'discard', id: current.id });
let lastStrings: SidebarStrings = {};

export const previewSection = el(
  'section',
  { 'aria-labelledby': 'preview-heading', id: 'preview' },
  heading,
  honest,
  help,
  facts,
  fieldsBox,
  tagsBox,
  pseudonymBox,
  summary,
  problems,
  destination,
  file,
  el(
    'div',
    { class: 'actions', role: 'group', 'aria-labelledby': 'preview-heading' },
    shareButton,
    closeButton,
    discardButton,
  ),
  notWritten,
);

/** The shared text: plain text, each finding a highlighted mark (its placeholder, or the original when kept). */
function segments(list: SegmentModel[]): Node[] {
  return list.map((seg) =>
    !seg.kind || seg.original === undefined
      ? document.createTextNode(seg.text)
      : el(
          'mark',
          { class: seg.kept ? 'finding kept' : 'finding', 'data-kind': seg.kind },
          document.createTextNode(seg.kept ? seg.original : seg.text),
        ),
  );
}

/** One row per distinct finding under the text: what was found, and a button to keep it as written or redact it. */
function findings(list: SegmentModel[], s: SidebarStrings): HTMLElement {
  const seen = new Set<string>();
  const rows: HTMLElement[] = [];
  for (const seg of list) {
    if (!seg.kind || seg.original === undefined || seen.has(seg.original)) continue;
    seen.add(seg.original);
    const original = seg.original;
    const kept = !!seg.kept;
    const toggle = act(kept ? 'redact' : 'keep', () =>
      current ? { type: 'keep', id: current.id, original, keep: !kept } : undefined,
    );
    toggle.textContent = kept ? s.redactShort : s.keepShort;
    toggle.setAttribute('aria-pressed', String(kept));
    toggle.setAttribute('aria-label', fill(kept ? s.redact : s.keep, original));
    rows.push(
      el(
        'li',
        { class: kept ? 'kept' : '' },
        el('span', {}, document.createTextNode(`${kept ? '' : `[${seg.kind}] ← `}${original}`)),
        toggle,
      ),
    );
  }
  return el('ul', { class: 'findings' }, ...rows);
}

function textField(id: string, text: string, value: string, max: number, onInput: (v: string) => void) {
  const { label, input } = field(id, max);
  label.textContent = text;
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return { label, input };
}

/** Renders the open draft; returns false when there is none (the section is then hidden). */
export function renderPreview(d: DraftModel | undefined, s: SidebarStrings, focus: boolean): void {
  lastStrings = s;
  previewSection.hidden = !d;
  current = d;
  if (!d) {
    shownId = '';
    pending.clear();
    return;
  }
  heading.textContent = d.heading;
  honest.textContent = s.honest;
  help.textContent = s.previewHelp;
  facts.replaceChildren(...d.facts.flatMap((f) => fact(f.term, f.value)));
  const opened = d.id !== shownId;
  if (opened) {
    shownId = d.id;
    pending.clear();
    // Built once per draft: the text areas keep the user's typing across snapshots.
    fieldsBox.replaceChildren(
      ...d.fields.map((f) => {
        const { label, input } = textField(`pf-${f.field}`, f.label, f.value, f.max, (v) => queue(f.field, v));
        const out = el('div', { id: `ps-${f.field}` });
        return el(
          'div',
          { class: 'preview-field', 'data-field': f.field },
          label,
          input,
          el('span', { class: 'hint' }, document.createTextNode(s.sharedAs)),
          out,
        );
      }),
    );
    const tags = textField('pf-tags', s.tags, d.tags.value, 400, (v) => queue('tags', v));
    tagsBox.replaceChildren(tags.label, tags.input, el('div', { id: 'ps-tags' }));
  }
  for (const f of d.fields)
    fieldsBox
      .querySelector(`#ps-${f.field}`)
      ?.replaceChildren(el('p', { class: 'shared-as' }, ...segments(f.segments)), findings(f.segments, s));
  tagsBox
    .querySelector('#ps-tags')
    ?.replaceChildren(
      el(
        'p',
        { class: 'shared-as' },
        ...d.tags.segments.flatMap((t, i) => [
          ...(i ? [document.createTextNode(', ')] : []),
          el('span', { class: 'tag' }, ...segments(t)),
        ]),
      ),
      findings(d.tags.segments.flat(), s),
    );
  if (d.pseudonym === undefined) pseudonymBox.replaceChildren();
  else if (opened || !pseudonymBox.firstChild) {
    const box = el('input', { type: 'checkbox', id: 'pf-pseudonym' });
    box.checked = d.pseudonym;
    box.addEventListener(
      'change',
      () => current && host.postMessage({ type: 'pseudonym', id: current.id, on: box.checked }),
    );
    pseudonymBox.replaceChildren(box, el('label', { for: 'pf-pseudonym' }, document.createTextNode(s.pseudonym)));
  } else (pseudonymBox.querySelector('input') as HTMLInputElement).checked = d.pseudonym;
  summary.textContent = d.summary;
  problems.replaceChildren(...d.problems.map((p) => el('li', {}, document.createTextNode(p))));
  problems.hidden = d.problems.length === 0;
  destination.textContent = d.destination ?? '';
  destination.hidden = !d.destination;
  destination.className = d.unreceived ? 'warning' : 'hint';
  fileSummary.textContent = fill(s.file, d.path);
  fileText.textContent = d.fileText;
  shareButton.textContent = s.share;
  shareButton.toggleAttribute('disabled', d.problems.length > 0);
  closeButton.textContent = s.closeDraft;
  discardButton.textContent = s.discard;
  notWritten.textContent = s.notWritten;
  if (focus) (fieldsBox.querySelector('textarea') as HTMLElement | null)?.focus();
}
