import assert from 'node:assert/strict';
import { checkinTyping, MAX_NOTE, parseCheckinArgs, parseCheckinText } from './checkins';

describe('check-ins', () => {
  it('four digits, with or without spaces, and an optional note', () => {
    assert.deepEqual(parseCheckinText('3425'), { ok: true, value: { energy: 3, stress: 4, focus: 2, fairness: 5 } });
    assert.deepEqual(parseCheckinText(' 3 4 2 5  long review day '), {
      ok: true,
      value: { energy: 3, stress: 4, focus: 2, fairness: 5, note: 'long review day' },
    });
  });

  it('rejects out-of-range or malformed values and says what is expected', () => {
    for (const bad of ['', '342', '34256', '0425', '3426', 'abcd', '3.4.2.5', '-3425', '３４２５']) {
      const parsed = parseCheckinText(bad);
      assert.equal(parsed.ok, false, bad);
    }
    assert.equal(parseCheckinText(`3425 ${'x'.repeat(MAX_NOTE + 1)}`).ok, false);
  });

  it('validates arguments from other extensions', () => {
    assert.deepEqual(parseCheckinArgs({ energy: 1, stress: 5, focus: 3, fairness: 2, note: 'ok' }), {
      ok: true,
      value: { energy: 1, stress: 5, focus: 3, fairness: 2, note: 'ok' },
    });
    for (const bad of [
      { energy: 0, stress: 5, focus: 3, fairness: 2 },
      { energy: 2.5, stress: 5, focus: 3, fairness: 2 },
      { energy: '3', stress: 5, focus: 3, fairness: 2 },
      { energy: 3, stress: 5, focus: 3 },
      { energy: 3, stress: 5, focus: 3, fairness: 2, note: 7 },
      { energy: 3, stress: 5, focus: 3, fairness: 2, mood: 'x' },
      [3, 4, 2, 5],
      'x',
      null,
    ]) {
      assert.equal(parseCheckinArgs(bad).ok, false, JSON.stringify(bad));
    }
  });

  it('notes are shown as typed text: control and bidi characters and $(icon) sequences are neutralised', () => {
    const parsed = parseCheckinText('3425 tired\u202E $(bug)');
    assert.ok(parsed.ok);
    assert.equal(parsed.value.note, 'tired (bug)');
  });
});

describe('check-in typing', () => {
  it('is not an error while fewer than four digits are typed; a wrong digit names its scale', () => {
    assert.deepEqual(checkinTyping(''), { kind: 'partial', next: 'energy' });
    assert.deepEqual(checkinTyping('34'), { kind: 'partial', next: 'focus' });
    assert.deepEqual(checkinTyping('3 4 2'), { kind: 'partial', next: 'fairness' });
    assert.deepEqual(checkinTyping('3425'), { kind: 'complete' });
    assert.deepEqual(checkinTyping('3425 long day'), { kind: 'complete' });
    assert.deepEqual(checkinTyping('3429'), { kind: 'badDigit', scale: 'fairness', digit: '9' });
    assert.deepEqual(checkinTyping('06'), { kind: 'badDigit', scale: 'energy', digit: '0' });
    assert.deepEqual(checkinTyping('34 tired'), { kind: 'malformed' });
    assert.deepEqual(checkinTyping('good'), { kind: 'malformed' });
    assert.deepEqual(checkinTyping('34251'), { kind: 'malformed' });
  });
});
