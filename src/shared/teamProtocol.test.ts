import assert from 'node:assert/strict';
import { parseTeamMessage } from './teamProtocol';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('team view messages', () => {
  it('accepts the known intents with the right fields', () => {
    for (const msg of [
      { type: 'ready' },
      { type: 'action', action: 'closeDetail' },
      { type: 'note', op: 'adopt', id: ID },
      { type: 'draft', op: 'discard', id: ID },
      { type: 'edit', id: ID, field: 'question', value: 'How?' },
      { type: 'keep', id: ID, original: 'PROJ-42', keep: true },
      { type: 'pseudonym', id: ID, on: false },
      { type: 'share', id: ID, revision: 3 },
    ])
      assert.deepEqual(parseTeamMessage(msg), msg);
  });

  it('ignores unknown types, extra or wrong fields, path-like ids and floods of text', () => {
    for (const msg of [
      null,
      [],
      'share',
      { type: 'run', command: 'x' },
      { type: 'ready', extra: 1 },
      { type: 'action', action: 'deleteEverything' },
      { type: 'note', op: 'open', id: '../../etc/passwd' },
      { type: 'note', op: 'open', id: ID, extra: true },
      { type: 'edit', id: ID, field: '__proto__', value: 'x' },
      { type: 'edit', id: ID, field: 'question', value: 'x'.repeat(5_000) },
      { type: 'keep', id: ID, original: 'x', keep: 'yes' },
      { type: 'share', id: ID, revision: -1 },
      { type: 'share', id: ID, revision: 1.5 },
      // The search lives in the tree view now: a page cannot set it.
      { type: 'filter', filter: { query: 'wip', kind: '', template: 'limitWip', outcome: 'lower' } },
      { type: 'action', action: 'trust' },
    ])
      assert.equal(parseTeamMessage(msg), undefined, JSON.stringify(msg));
  });
});
