import assert from 'node:assert/strict';
import { parseBreakArgs, parseExtendArgs, parseInterruptionArgs, parseStartArgs, sanitizeIntent } from './commandArgs';

describe('command arguments', () => {
  it('start: undefined asks, a valid object starts, bad input is refused', () => {
    assert.deepEqual(parseStartArgs(undefined, 25), { ok: true, value: undefined });
    assert.deepEqual(parseStartArgs({ minutes: 50, intent: 'x' }, 25), {
      ok: true,
      value: { minutes: 50, intent: 'x' },
    });
    assert.deepEqual(parseStartArgs({}, 25), { ok: true, value: { minutes: 25, intent: '' } });
    for (const bad of [
      { minutes: -1 },
      { minutes: '25' },
      { minutes: 1e12 },
      { minutes: NaN },
      'start',
      42,
      [],
      null,
      { intent: {} },
      { evil: 1 },
    ]) {
      assert.equal(parseStartArgs(bad, 25).ok, false, JSON.stringify(bad));
    }
    assert.equal(parseStartArgs(JSON.parse('{"__proto__": {"minutes": 5}}'), 25).ok, false);
  });

  it('extend, interruption and break arguments', () => {
    assert.deepEqual(parseExtendArgs({ minutes: 5 }), { ok: true, value: 5 });
    assert.equal(parseExtendArgs({ minutes: 0 }).ok, false);
    assert.deepEqual(parseInterruptionArgs({ kind: 'meeting' }), { ok: true, value: 'meeting' });
    assert.equal(parseInterruptionArgs({ kind: 'toString' }).ok, false);
    assert.deepEqual(parseBreakArgs({ long: true }), { ok: true, value: { long: true } });
    assert.equal(parseBreakArgs({ long: 'yes' }).ok, false);
  });

  it('sanitizes intents shown in the status bar', () => {
    assert.equal(sanitizeIntent('  fix $(bug) in\nparser \u202Eevil '), 'fix (bug) in parser evil');
    assert.equal(Array.from(sanitizeIntent('é'.repeat(500))).length, 200);
  });

  it('keeps emoji ZWJ sequences, ZWNJ, combining marks and Turkish İ intact', () => {
    for (const text of ['👩‍💻 pairing', 'می‌خواهم', 'e\u0301', 'İstanbul', 'مرحبا بالعالم']) {
      assert.equal(sanitizeIntent(text), text.normalize('NFC'));
    }
  });
});
