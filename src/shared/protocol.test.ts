import assert from 'node:assert/strict';
import { MAX_MESSAGE_CHARS, parseWebviewMessage } from './protocol';

describe('webview protocol validation', () => {
  it('accepts the known intents', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'action', action: 'pause' }), { type: 'action', action: 'pause' });
    assert.deepEqual(parseWebviewMessage({ type: 'wip', op: 'done', id: 'a1-b2' }), {
      type: 'wip',
      op: 'done',
      id: 'a1-b2',
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

  it('survives values JSON cannot serialise', () => {
    const cyclic: Record<string, unknown> = { type: 'ready' };
    cyclic.self = cyclic;
    assert.equal(parseWebviewMessage(cyclic), undefined);
    assert.equal(parseWebviewMessage({ type: 'action', action: 10n }), undefined);
  });
});
