import assert from 'node:assert/strict';
import {
  checkLanguage,
  compareTranslation,
  countedWithoutSingular,
  extractMessages,
  LANGUAGES,
} from '../../scripts/l10n';

describe('translations', () => {
  it('every vscode.l10n.t message is a string literal', () => {
    const { messages, problems } = extractMessages();
    assert.deepEqual(problems, []);
    assert.ok(messages.length > 400, `only ${messages.length} messages found`);
  });

  for (const lang of LANGUAGES)
    it(`${lang}: every message and manifest string is translated with the same placeholders`, () => {
      assert.deepEqual(checkLanguage(lang), []);
    });

  it('the check notices a missing key, a lost placeholder and a stale key', () => {
    assert.deepEqual(compareTranslation({ a: 'A {0}', b: 'B', c: 'C {1}' }, { a: 'X', c: 'Y {1}', d: 'Z' }), [
      'placeholders differ: "a"',
      'missing: "b"',
      'not in English: "d"',
    ]);
  });
});

describe('plural forms', () => {
  // Counts that are never 1, so no singular is needed; each with its reason.
  const NEVER_ONE = new Map([
    ['Last {0} days', 'the periods are 7, 30 and 90 days'],
    ['+{0} minutes', 'Extend offers +5 and +15'],
    ['{0} notes', 'a team aggregate appears from five contributors'],
    ['Breaks skipped on {0} of the last {1} days.', 'the last 7 days'],
    ['Work after your end-of-day time on {0} of the last {1} days.', 'the last 7 days'],
  ]);

  it('every counted message has a singular form ("1 session", never "1 sessions")', () => {
    assert.deepEqual(
      countedWithoutSingular().filter((m) => !NEVER_ONE.has(m)),
      [],
    );
  });
});
