import assert from 'node:assert/strict';
import { parseReviewMessage } from './reviewProtocol';

const votes = { yes: 6, partly: 3, no: 0 };

describe('review page messages', () => {
  it('accepts the known intents with the right fields', () => {
    for (const msg of [
      { type: 'ready' },
      { type: 'export' },
      { type: 'save', actions: [], votes },
      { type: 'save', actions: ['Keep WIP at two', ''], votes: { yes: 0, partly: 0, no: 0 } },
    ])
      assert.deepEqual(parseReviewMessage(msg), msg);
  });

  it('ignores unknown types, extra or wrong fields, bad counts and floods of text', () => {
    for (const msg of [
      null,
      [],
      'save',
      { type: 'run', command: 'x' },
      { type: 'ready', extra: 1 },
      { type: 'export', path: '/etc' },
      { type: 'save', actions: [], votes, quarter: '2020-Q1' },
      { type: 'save', actions: 'Keep WIP', votes },
      { type: 'save', actions: [42], votes },
      { type: 'save', actions: Array.from({ length: 17 }, () => 'x'), votes },
      { type: 'save', actions: ['x'.repeat(401)], votes },
      { type: 'save', actions: [], votes: { yes: -1, partly: 0, no: 0 } },
      { type: 'save', actions: [], votes: { yes: 1.5, partly: 0, no: 0 } },
      { type: 'save', actions: [], votes: { yes: '6', partly: 0, no: 0 } },
      { type: 'save', actions: [], votes: { yes: 1, partly: 0 } },
      // A key named __proto__ as JSON.parse makes it (an object literal would set the prototype instead).
      { type: 'save', actions: [], votes: JSON.parse('{"yes":1,"partly":0,"no":0,"__proto__":1}') },
      { type: 'save', actions: [], votes: [6, 3, 0] },
    ])
      assert.equal(parseReviewMessage(msg), undefined, JSON.stringify(msg).slice(0, 80));
  });
});
