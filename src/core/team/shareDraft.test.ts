import assert from 'node:assert/strict';
import {
  annotationDraft,
  copyDraftOf,
  editDraftOf,
  experimentDraft,
  withLesson,
  lessonDraft,
  questionDraft,
  sameDraftSource,
} from './draftSources';
import { Experiment } from '../experiments/experiments';
import { LessonDraft } from '../reflection/journal';
import { draftFields, editDraft, previewDraft, ShareDraft } from './shareDraft';
import { parseAnnotation, TeamAnnotation } from './teamAnnotation';
import { parseNote, TeamNote } from './teamNote';
import { CORPUS, KNOWN, UNCHANGED } from '../../../test/fixtures/anonymizerCorpus';
import { applyTeamLocal, findDraft, MAX_DRAFTS, TeamLocalDoc, withdrawal } from './teamLocal';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const NOTE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const known = { names: ['Jürgen Müller', 'jmueller@corp.example'] };
const DAY = 86_400_000;

const experiment: Experiment = {
  id: 'exp-1',
  template: 'limitWip',
  hypothesis: 'Two at a time keeps afternoons calm — ask jurgen MULLER',
  metrics: ['stress', 'focusMinutes', 'fairness'],
  weeks: 2,
  startedAt: Date.UTC(2026, 10, 2),
  endedAt: Date.UTC(2026, 10, 2) + 15 * DAY,
  status: 'concluded',
  pauses: [],
  wipLimit: 2,
  wipMaxByDay: {},
  result: {
    baseline: { from: 0, to: 0, kind: 'equalLength' },
    metrics: [
      { metric: 'stress', direction: 'lower', beforeDays: 9, duringDays: 9, confidence: 'consistent', agreeingDays: 8 },
      { metric: 'focusMinutes', direction: 'same', beforeDays: 9, duringDays: 9, confidence: 'mixed', agreeingDays: 4 },
      { metric: 'fairness', beforeDays: 2, duringDays: 3, confidence: 'tooFew', agreeingDays: 0 },
    ],
    adherence: [],
    kept: 7,
    judged: 9,
  },
};

const lesson: LessonDraft = {
  id: 'lesson-1',
  createdAt: 0,
  updatedAt: 0,
  source: { kind: 'experiment', experimentId: 'exp-1' },
  tried: 'Asked in #team and mailed jmueller@corp.example',
  changed: 'Fewer context switches, see C:\\Users\\jmueller\\notes.txt',
  keep: 'Two at a time',
  tell: 'Start with a week',
  tags: ['wip', 'Müller'],
};

describe('the anonymizer corpus through the whole share path (what the preview shows and the file gets)', () => {
  const through = (text: string) => {
    const d = editDraft(questionDraft(ID, '2026-W48', 0), { type: 'text', field: 'question', value: text }, 1)!;
    const p = previewDraft(d, KNOWN);
    const shown = p.fields
      .find((f) => f.field === 'question')!
      .segments.map((s) => s.text)
      .join('');
    const parsed = parseNote(p.fileText);
    assert.ok(parsed.ok, p.fileText);
    return { shown, written: parsed.value.text.question };
  };
  for (const [input, expected] of CORPUS)
    it(`redacts: ${input.slice(0, 60)}`, () =>
      assert.deepEqual(through(input), { shown: expected, written: expected }));
  for (const text of UNCHANGED)
    it(`leaves alone: ${text.slice(0, 60)}`, () => assert.deepEqual(through(text), { shown: text, written: text }));
  it('invisible characters cannot split a name on the way: anonymized first, tidied after', () => {
    assert.deepEqual(through('  Ask  Jo\u200Bsé\u00A0Mül\u200Cler\n\tabout it  '), {
      shown: 'Ask [name] about it',
      written: 'Ask [name] about it',
    });
  });
});

describe('share drafts', () => {
  it('a lesson from an experiment carries coarse facts only: bucketed length, directions, adherence', () => {
    const d = lessonDraft(ID, lesson, experiment, '2026-W47', 0);
    assert.equal(d.duration, '2w');
    assert.deepEqual(d.outcomes, { stress: 'lower', focusMinutes: 'same' });
    assert.equal(d.adherence, 'some');
    assert.equal(d.fields.hypothesis, experiment.hypothesis);
  });

  it('a note for other teams may name its team: only when the author wrote one (then the file says 1.1)', () => {
    const forTeam = lessonDraft(ID, lesson, experiment, '2026-W47', 0);
    assert.ok(!draftFields(forTeam).includes('team'), 'a team note never asks');
    const forSpace: ShareDraft = { ...forTeam, target: 'space' };
    assert.equal(draftFields(forSpace).at(-1), 'team');
    const unnamed = parseNote(previewDraft(forSpace, known).fileText);
    assert.ok(unnamed.ok);
    assert.equal(unnamed.value.team, undefined);
    assert.equal(unnamed.value.v, '1.0');
    const named = editDraft(forSpace, { type: 'text', field: 'team', value: 'Payments' }, 1)!;
    const file = parseNote(previewDraft(named, known).fileText);
    assert.ok(file.ok);
    assert.equal(file.value.team, 'Payments');
    assert.equal(file.value.v, '1.1');
    assert.equal(file.value.text.keep, lesson.keep, 'the rest as before');
    assert.equal((file.value.text as Record<string, unknown>).team, undefined, 'not a text field of the file');
    const long = editDraft(forSpace, { type: 'text', field: 'team', value: 'x'.repeat(61) }, 2)!;
    const capped = parseNote(previewDraft(long, known).fileText);
    assert.ok(capped.ok, 'an edit keeps the field within its 60 characters');
    assert.equal(capped.value.team?.length, 60);
  });

  it('the preview redacts every finding, and the file is exactly what a teammate will read', () => {
    const d = lessonDraft(ID, lesson, experiment, '2026-W47', 0);
    const p = previewDraft(d, known);
    assert.deepEqual(p.problems, []);
    assert.equal(p.path, `.pacewise/notes/${ID}.json`);
    assert.equal(p.findings, 4);
    for (const secret of ['jmueller', 'Müller', 'MULLER', 'jurgen', 'Users'])
      assert.ok(!p.fileText.includes(secret), secret);
    const parsed = parseNote(p.fileText);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.text.tried, 'Asked in #team and mailed [email]');
    assert.deepEqual(parsed.value.tags, ['wip', '[name]']);
    assert.equal(parsed.value.pseudonym, undefined);
    // No times, no raw scores, no author.
    assert.doesNotMatch(p.fileText, /"(author|at|startedAt|experimentId)"|:\s*\d/);
  });

  it('a finding the user keeps is shared as written, everywhere it occurs; un-keeping redacts it again', () => {
    const d = lessonDraft(ID, lesson, experiment, '2026-W47', 0);
    const kept = editDraft(d, { type: 'keep', original: 'jmueller@corp.example', keep: true }, 1)!;
    assert.equal(kept.revision, 1);
    const p = previewDraft(kept, known);
    assert.equal(p.keptFindings, 1);
    assert.match(p.fileText, /jmueller@corp\.example/);
    const again = editDraft(kept, { type: 'keep', original: 'jmueller@corp.example', keep: false }, 2)!;
    assert.doesNotMatch(previewDraft(again, known).fileText, /jmueller/);
  });

  it('an edited text is anonymized again; a field the draft does not have is refused', () => {
    const d = questionDraft(ID, '2026-W48', 0);
    assert.deepEqual(previewDraft(d, known).problems, ['question is empty']);
    const asked = editDraft(
      d,
      { type: 'text', field: 'question', value: 'How did Jürgen keep mornings free? PROJ-123' },
      1,
    )!;
    const parsed = parseNote(previewDraft(asked, known).fileText);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.kind, 'question');
    assert.equal(parsed.value.text.question, 'How did [name] keep mornings free? [ticket]');
    assert.equal(editDraft(d, { type: 'text', field: 'keep', value: 'x' }, 1), undefined);
    assert.equal(editDraft(d, { type: 'pseudonym', on: true }, 1), undefined, 'a question has no experiment');
  });

  it('a pseudonym is written only when the user asks for one', () => {
    const d = experimentDraft(ID, experiment, '2026-W47', 0);
    assert.doesNotMatch(previewDraft(d, known, 'aaaabbbbccccdddd').fileText, /pseudonym/);
    const on = editDraft(d, { type: 'pseudonym', on: true }, 1)!;
    const parsed = parseNote(previewDraft(on, known, 'aaaabbbbccccdddd').fileText);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.pseudonym, 'aaaabbbbccccdddd');
    assert.equal(parsed.value.kind, 'experimentReport');
  });

  it('too many or too long tags, and over-long text, are problems, not silent cuts', () => {
    const d = questionDraft(ID, '2026-W48', 0);
    const tags = editDraft(d, { type: 'tags', value: 'a,b,c,d,e,f,g,h,i' }, 1)!;
    const withQ = editDraft(tags, { type: 'text', field: 'question', value: 'Why?' }, 2)!;
    assert.deepEqual(previewDraft(withQ, known).problems, ['at most 8 tags']);
    const long = editDraft(withQ, { type: 'tags', value: 'x'.repeat(40) }, 3)!;
    assert.deepEqual(previewDraft(long, known).problems, ['a tag is longer than 32 characters']);
    // The editor caps typing at the field's limit.
    const capped = editDraft(d, { type: 'text', field: 'title', value: 'y'.repeat(500) }, 1)!;
    assert.equal(capped.fields.title?.length, 120);
  });

  it('an annotation is written beside its note and parses back', () => {
    const d = editDraft(
      annotationDraft(ID, NOTE, '2026-W48', 0),
      { type: 'text', field: 'advice', value: 'Pair it with a hard stop.' },
      1,
    )!;
    const p = previewDraft(d, known);
    assert.equal(p.path, `.pacewise/annotations/${NOTE}/${ID}.json`);
    const parsed = parseAnnotation(p.fileText);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.note, NOTE);
    assert.equal(parsed.value.text, 'Pair it with a hard stop.');
  });

  it('an edit is a new file that supersedes the old note, keeping its facts and pseudonym', () => {
    const old = parseNote(
      previewDraft(
        editDraft(experimentDraft(NOTE, experiment, '2026-W47', 0), { type: 'pseudonym', on: true }, 1)!,
        known,
        'aaaabbbbccccdddd',
      ).fileText,
    );
    assert.ok(old.ok);
    const edit = editDraftOf(ID, old.value, 5);
    const changed = editDraft(edit, { type: 'text', field: 'tell', value: 'Two weeks, not one.' }, 6)!;
    const parsed = parseNote(previewDraft(changed, known).fileText);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.id, ID);
    assert.equal(parsed.value.supersedes, NOTE);
    assert.equal(parsed.value.pseudonym, 'aaaabbbbccccdddd');
    assert.deepEqual(parsed.value.outcomes, old.value.outcomes);
    assert.equal(parsed.value.text.tell, 'Two weeks, not one.');
    assert.equal(sameDraftSource(edit.source, { kind: 'edit', noteId: NOTE }), true);
    assert.equal(sameDraftSource(edit.source, { kind: 'annotation', noteId: NOTE }), false);
    // The same note for other teams: its facts and words, a file of its own — no link to the team's file, no pseudonym.
    const copy = copyDraftOf(ID, old.value, 7);
    const copied = parseNote(previewDraft(copy, known).fileText);
    assert.ok(copied.ok);
    assert.equal(copied.value.supersedes, undefined);
    assert.equal(copied.value.pseudonym, undefined);
    assert.deepEqual(copied.value.outcomes, old.value.outcomes);
    assert.deepEqual(copied.value.text, old.value.text);
    assert.equal(sameDraftSource(copy.source, { kind: 'copy', noteId: NOTE }), true);
    assert.equal(sameDraftSource(copy.source, edit.source), false);
  });

  it('re-prioritise never offers the commitment set aside; a custom title is offered for review', () => {
    const r = experimentDraft(
      ID,
      { ...experiment, template: 'reprioritise', title: 'Drop the Falcon launch' },
      '2026-W47',
      0,
    );
    assert.equal(r.fields.title, undefined);
    const c = experimentDraft(ID, { ...experiment, template: 'custom', title: 'Walk at noon' }, '2026-W47', 0);
    assert.equal(c.fields.title, 'Walk at noon');
  });

  it('an experiment report carries its micro-lesson, and a lesson written later fills only the empty fields', () => {
    const report = experimentDraft(ID, experiment, '2026-W47', 0, lesson);
    // A report is made of what changed and what to tell (its kind has no "tried" or "keep").
    assert.deepEqual(
      [report.fields.tried, report.fields.changed, report.fields.keep, report.fields.tell, report.tags],
      [undefined, lesson.changed, undefined, lesson.tell, lesson.tags.join(', ')],
    );
    assert.equal(report.duration, '2w');
    // Begun before the lesson, with the user's own "tell" already in the preview.
    const begun = editDraft(
      experimentDraft(ID, experiment, '2026-W47', 0),
      { type: 'text', field: 'tell', value: 'Mine' },
      1,
    )!;
    const filled = withLesson(begun, lesson);
    assert.equal(filled.fields.tell, 'Mine');
    assert.equal(filled.fields.changed, lesson.changed);
    assert.equal(filled.tags, lesson.tags.join(', '));
    // Concluded minutes after it began: not "about a week".
    const quick = experimentDraft(ID, { ...experiment, endedAt: experiment.startedAt + 5 * 60_000 }, '2026-W47', 0);
    assert.equal(quick.duration, '<1w');
  });
});

describe('local team record', () => {
  const empty: TeamLocalDoc = { drafts: [], shared: [], withdrawn: [] };
  const d = (n: number): ShareDraft => ({ ...questionDraft(`id-${n}`, '2026-W48', n) });

  it('keeps drafts until shared, newest first, at most MAX_DRAFTS', () => {
    let doc = empty;
    for (let i = 0; i < MAX_DRAFTS + 3; i++) doc = applyTeamLocal(doc, { type: 'saveDraft', draft: d(i) }).doc;
    assert.equal(doc.drafts.length, MAX_DRAFTS);
    assert.equal(doc.drafts[0].id, `id-${MAX_DRAFTS + 2}`);
    const shared = applyTeamLocal(doc, {
      type: 'shared',
      draftId: doc.drafts[0].id,
      record: { id: 'n1', path: 'p', folder: 'f', kind: 'note', at: 1 },
    }).doc;
    assert.equal(shared.drafts.length, MAX_DRAFTS - 1);
    assert.deepEqual(
      shared.shared.map((s) => s.id),
      ['n1'],
    );
  });

  it('withdrawing forgets the record and remembers the id', () => {
    const doc = applyTeamLocal(
      { ...empty, shared: [{ id: 'n1', path: 'p', folder: 'f', kind: 'note', at: 1 }] },
      { type: 'withdrawn', ids: ['n1'] },
    ).doc;
    assert.deepEqual(doc.shared, []);
    assert.deepEqual(doc.withdrawn, ['n1']);
    assert.equal(applyTeamLocal(doc, { type: 'withdrawn', ids: [] }).changed, false);
  });

  it("withdrawing takes the older versions and the annotations this user wrote — never a teammate's", () => {
    const n = (id: string, supersedes?: string) => ({ id, supersedes }) as TeamNote;
    const a = (id: string, note: string) => ({ id, note }) as TeamAnnotation;
    const notes = [n('v1'), n('v2', 'v1'), n('v3', 'v2'), n('theirs')];
    const annotations = [a('mine-on-v1', 'v1'), a('theirs-on-v3', 'v3'), a('mine-elsewhere', 'theirs')];
    const own = new Set(['v1', 'v3', 'mine-on-v1', 'mine-elsewhere']);
    // v2 is a teammate's edit in between: the chain stops there (their file is theirs).
    assert.deepEqual([...withdrawal('v3', notes, annotations, own)], ['v3']);
    const own2 = new Set([...own, 'v2']);
    assert.deepEqual([...withdrawal('v3', notes, annotations, own2)].sort(), ['mine-on-v1', 'v1', 'v2', 'v3']);
    assert.deepEqual([...withdrawal('theirs', notes, annotations, own2)], [], "not this user's note");
  });

  it('sharing the same lesson again continues its draft; questions are always new', () => {
    const a = lessonDraft(ID, lesson, experiment, '2026-W47', 0);
    const doc = applyTeamLocal(empty, { type: 'saveDraft', draft: a }).doc;
    assert.equal(findDraft(doc, { kind: 'lesson', id: 'lesson-1' })?.id, ID);
    assert.equal(findDraft(doc, { kind: 'experiment', id: 'exp-1' }), undefined);
    assert.equal(sameDraftSource({ kind: 'question' }, { kind: 'question' }), false);
    assert.equal(sameDraftSource({ kind: 'annotation', noteId: NOTE }, { kind: 'annotation', noteId: NOTE }), true);
  });
});
