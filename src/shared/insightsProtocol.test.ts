import assert from 'node:assert/strict';
import { parseInsightsMessage } from './insightsProtocol';

describe('insights panel messages', () => {
  it('accepts the known intents', () => {
    assert.deepEqual(parseInsightsMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseInsightsMessage({ type: 'range', range: 'all' }), { type: 'range', range: 'all' });
    assert.deepEqual(parseInsightsMessage({ type: 'mute', id: 'lateWork', muted: true }), {
      type: 'mute',
      id: 'lateWork',
      muted: true,
    });
    assert.deepEqual(parseInsightsMessage({ type: 'data', action: 'deleteAll' }), {
      type: 'data',
      action: 'deleteAll',
    });
    assert.deepEqual(parseInsightsMessage({ type: 'rendered', ms: 12 }), { type: 'rendered', ms: 12 });
  });

  it('ignores anything else: unknown types and actions, wrong field types, paths, huge messages', () => {
    for (const raw of [
      null,
      'ready',
      [],
      { type: 'eval', code: '1' },
      { type: 'range', range: '../../etc' },
      { type: 'range', range: 30 },
      { type: 'mute', id: 'lateWork', muted: 'yes' },
      { type: 'experiment', template: 'x'.repeat(40) },
      { type: 'data', action: 'rm -rf' },
      { type: 'rendered', ms: -1 },
      { type: 'rendered', ms: Infinity },
      { type: 'range', range: '30', pad: 'x'.repeat(2_000) },
    ])
      assert.equal(parseInsightsMessage(raw), undefined, JSON.stringify(raw)?.slice(0, 60));
  });
});
