import assert from 'node:assert/strict';
import { MAX_MESSAGE_CHARS, MAX_TEXT_FIELD, parseWebviewMessage } from './protocol';

describe('webview protocol validation', () => {
  it('accepts the known intents', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'action', action: 'pause' }), { type: 'action', action: 'pause' });
    assert.deepEqual(parseWebviewMessage({ type: 'prompt', reaction: 'dismiss' }), {
      type: 'prompt',
      reaction: 'dismiss',
    });
  });

  it('ignores unknown types, wrong field types, extra fields, prototype keys and oversized payloads', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'ready',
      [],
      { type: 'unknown' },
      { type: 'action' },
      { type: 'action', action: 7 },
      { type: 'action', action: 'deleteEverything' },
      { type: 'action', action: 'toString' },
      { type: 'action', action: 'pause', extra: true },
      // The work-in-progress list is a native tree view now: the webview has no say over it.
      { type: 'wip', op: 'done', id: 'a1-b2' },
      { type: 'wip', op: 'delete', id: 'a' },
      { type: 'wip', op: 'done', id: '../../etc' },
      { type: 'wip', op: 'done', id: 'x'.repeat(65) },
      { type: 'wip', op: 'done' },
      { type: 'prompt', reaction: 'delete' },
      { type: 'prompt' },
      { type: 'ready', x: 'x'.repeat(MAX_MESSAGE_CHARS) },
      JSON.parse('{"type":"action","action":"pause","__proto__":{"polluted":true}}'),
    ];
    for (const raw of bad) assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reflection and lesson intents: a week id, exactly the expected texts, each capped', () => {
    const answers = { helped: 'a', drained: '', nextChange: 'c' };
    assert.deepEqual(parseWebviewMessage({ type: 'saveReflection', week: '2026-W48', answers }), {
      type: 'saveReflection',
      week: '2026-W48',
      answers,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'reflection', op: 'draftLesson', week: '2026-W48' }), {
      type: 'reflection',
      op: 'draftLesson',
      week: '2026-W48',
    });
    const text = { tried: 't', changed: '', keep: 'k', tell: '', tags: 'wip' };
    assert.deepEqual(parseWebviewMessage({ type: 'lesson', op: 'save', id: 'l-1', text }), {
      type: 'lesson',
      op: 'save',
      id: 'l-1',
      text,
    });
    // Long texts in many-byte characters are allowed up to the field cap.
    const long = '語'.repeat(MAX_TEXT_FIELD);
    assert.ok(parseWebviewMessage({ type: 'saveReflection', week: '2026-W48', answers: { ...answers, helped: long } }));
    const bad: unknown[] = [
      { type: 'saveReflection', week: '2026-48', answers },
      { type: 'saveReflection', week: '2026-W48', answers: { ...answers, helped: long + 'x' } },
      { type: 'saveReflection', week: '2026-W48', answers: { ...answers, extra: '' } },
      { type: 'saveReflection', week: '2026-W48', answers: { helped: 'a', drained: 'b' } },
      { type: 'saveReflection', week: '2026-W48', answers: { ...answers, helped: 5 } },
      { type: 'saveReflection', week: '2026-W48', answers: ['a', 'b', 'c'] },
      { type: 'reflection', op: 'delete', week: '2026-W48' },
      { type: 'reflection', op: 'open' },
      { type: 'lesson', op: 'save', id: '../x', text },
      { type: 'lesson', op: 'save', id: 'l-1', text: { ...text, tags: 7 } },
      { type: 'lesson', op: 'discard', id: 'l-1', text },
      { type: 'action', action: 'pause', pad: 'x'.repeat(MAX_MESSAGE_CHARS) },
    ];
    for (const raw of bad) assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw).slice(0, 80));
  });

  it('survives values JSON cannot serialise', () => {
    const cyclic: Record<string, unknown> = { type: 'ready' };
    cyclic.self = cyclic;
    assert.equal(parseWebviewMessage(cyclic), undefined);
    assert.equal(parseWebviewMessage({ type: 'action', action: 10n }), undefined);
  });
});
