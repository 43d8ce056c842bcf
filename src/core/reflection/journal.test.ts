import assert from 'node:assert/strict';
import {
  applyJournal,
  answeredWeeks,
  JournalDoc,
  MAX_ANSWER,
  parseLessonText,
  parseReflectionAnswers,
  parseTags,
} from './journal';
import { WeekFacts } from './weekly';

const facts = { week: '2026-W48', focusMinutes: 95, sessions: 4 } as WeekFacts;
const answers = { helped: 'Mornings without chat', drained: 'Three reviews at once', nextChange: 'Limit WIP to 2' };

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('weekly reflection and micro-lesson drafts', () => {
  it('answers: three texts, sanitized, capped, at least one given; anything else is refused', () => {
    assert.deepEqual(parseReflectionAnswers({ helped: ' a\u202Eb ', drained: '', nextChange: 'c' }), {
      ok: true,
      value: { helped: 'a b', drained: '', nextChange: 'c' },
    });
    assert.deepEqual(parseReflectionAnswers({ helped: 'only one' }), {
      ok: true,
      value: { helped: 'only one', drained: '', nextChange: '' },
    });
    for (const bad of [
      { helped: '', drained: ' ', nextChange: '' },
      { helped: 'x'.repeat(MAX_ANSWER + 1) },
      { helped: 7 },
      { helped: 'a', mood: 'b' },
      ['a', 'b', 'c'],
      'a',
      null,
    ]) {
      assert.equal(parseReflectionAnswers(bad).ok, false, JSON.stringify(bad));
    }
    // Characters, not UTF-16 units: 500 emoji fit.
    assert.equal(parseReflectionAnswers({ helped: '🌱'.repeat(MAX_ANSWER) }).ok, true);
  });

  it('tags: comma-separated, lower-cased, deduplicated, letters of any script', () => {
    assert.deepEqual(parseTags(' WIP, focus time,wip, , 集中 '), { ok: true, value: ['wip', 'focus time', '集中'] });
    assert.deepEqual(parseTags(''), { ok: true, value: [] });
    for (const bad of ['<b>', 'a,b,c,d,e,f,g,h,i', 'x'.repeat(33), 5]) assert.equal(parseTags(bad).ok, false);
  });

  it('lesson text: four fields and tags, unknown fields refused', () => {
    assert.deepEqual(parseLessonText({ tried: 'a', changed: 'b', keep: 'c', tell: 'd', tags: 'x, y' }), {
      ok: true,
      value: { tried: 'a', changed: 'b', keep: 'c', tell: 'd', tags: ['x', 'y'] },
    });
    assert.equal(parseLessonText({ tried: 'a', author: 'me' }).ok, false);
    assert.equal(parseLessonText({ tried: 'x'.repeat(MAX_ANSWER + 1) }).ok, false);
  });

  it('one reflection per week: saving again replaces the answers, declining an answered week changes nothing', () => {
    const ctx = { now: 1000, newId: ids() };
    let doc: JournalDoc = { reflections: [], lessons: [] };
    doc = applyJournal(doc, { type: 'saveReflection', week: '2026-W48', answers, facts }, ctx).doc;
    const again = applyJournal(
      doc,
      { type: 'saveReflection', week: '2026-W48', answers: { ...answers, helped: 'Pairing' }, facts },
      { ...ctx, now: 2000 },
    );
    assert.equal(again.doc.reflections.length, 1);
    assert.equal(again.doc.reflections[0].id, 'id-1');
    assert.equal(again.doc.reflections[0].answers?.helped, 'Pairing');
    const skip = applyJournal(again.doc, { type: 'skipReflection', week: '2026-W48' }, ctx);
    assert.equal(skip.changed, false);
    assert.equal(skip.refusal, 'alreadyThere');
    const skipped = applyJournal(again.doc, { type: 'skipReflection', week: '2026-W49' }, ctx).doc;
    assert.deepEqual([...answeredWeeks(skipped)], ['2026-W48', '2026-W49']);
    // A declined week can still be answered later.
    const later = applyJournal(skipped, { type: 'saveReflection', week: '2026-W49', answers, facts }, ctx).doc;
    assert.equal(later.reflections[1].status, 'saved');
  });

  it('drafts one micro-lesson from a saved reflection, prefilled from its answers; edit and discard by id', () => {
    const ctx = { now: 1000, newId: ids() };
    let doc: JournalDoc = { reflections: [], lessons: [] };
    assert.equal(applyJournal(doc, { type: 'draftLesson', week: '2026-W48' }, ctx).refusal, 'notFound');
    doc = applyJournal(doc, { type: 'saveReflection', week: '2026-W48', answers, facts }, ctx).doc;
    const drafted = applyJournal(doc, { type: 'draftLesson', week: '2026-W48' }, ctx);
    assert.equal(drafted.lessonId, 'id-2');
    assert.deepEqual(drafted.doc.lessons[0], {
      id: 'id-2',
      createdAt: 1000,
      updatedAt: 1000,
      source: { kind: 'reflection', week: '2026-W48' },
      tried: 'Limit WIP to 2',
      changed: '',
      keep: 'Mornings without chat',
      tell: '',
      tags: [],
    });
    const twice = applyJournal(drafted.doc, { type: 'draftLesson', week: '2026-W48' }, ctx);
    assert.equal(twice.changed, false);
    assert.equal(twice.lessonId, 'id-2');
    const text = { tried: 't', changed: 'c', keep: 'k', tell: 'tell', tags: ['wip'] };
    const saved = applyJournal(drafted.doc, { type: 'saveLesson', id: 'id-2', text }, { ...ctx, now: 5000 });
    assert.equal(saved.doc.lessons[0].tell, 'tell');
    assert.equal(saved.doc.lessons[0].updatedAt, 5000);
    assert.equal(saved.doc.lessons[0].createdAt, 1000);
    assert.equal(applyJournal(saved.doc, { type: 'saveLesson', id: 'nope', text }, ctx).refusal, 'notFound');
    assert.equal(applyJournal(saved.doc, { type: 'discardLesson', id: 'id-2' }, ctx).doc.lessons.length, 0);
    // The input document is never modified in place.
    assert.equal(drafted.doc.lessons[0].tell, '');
  });
});
