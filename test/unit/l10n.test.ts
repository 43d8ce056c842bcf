import assert from 'node:assert/strict';
import { checkLanguage, compareTranslation, extractMessages, LANGUAGES } from '../../scripts/l10n';

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
