import assert from 'node:assert/strict';
import { anonymize, cleanText, findRedactions, joinSegments, KnownIdentifiers, redact } from './anonymizer';
import { CORPUS, KNOWN, UNCHANGED } from '../../../test/fixtures/anonymizerCorpus';

const known = KNOWN;

describe('anonymizer', () => {
  for (const [input, expected] of CORPUS) {
    it(`redacts: ${input.slice(0, 60)}`, () => assert.equal(redact(input, known), expected));
  }

  for (const text of UNCHANGED) {
    it(`leaves alone: ${text}`, () => assert.equal(redact(text, known), text));
  }

  it('the corpus holds at least 60 cases', () => assert.ok(CORPUS.length + UNCHANGED.length >= 60));

  it('every finding is a segment with its original, and the user can keep any of them', () => {
    const segments = anonymize('Ask @jdoe about PAY-12', known);
    assert.deepEqual(segments, [
      { text: 'Ask ' },
      { text: '[handle]', kind: 'handle', original: '@jdoe' },
      { text: ' about ' },
      { text: '[ticket]', kind: 'ticket', original: 'PAY-12' },
    ]);
    assert.equal(joinSegments(segments), 'Ask [handle] about [ticket]');
    assert.equal(joinSegments(segments, new Set([1])), 'Ask [handle] about PAY-12');
  });

  it('findings never overlap: a token inside a URL goes with the URL', () => {
    const text = 'https://x.example/?k=ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    assert.deepEqual(findRedactions(text, known), [{ start: 0, end: text.length, kind: 'url' }]);
  });

  it('adversarial 16 KB inputs finish (no catastrophic backtracking) and keep their length bounded', () => {
    for (const unit of ['a@', '1.', ':', '/a', '@a.', 'ab-', '\\a', '+1 ', 'x'.repeat(50) + '.']) {
      const text = unit.repeat(Math.ceil(16_384 / unit.length));
      assert.ok(redact(text, known).length <= text.length * 2);
    }
  });

  it('a repository or folder name that is an everyday word is redacted only where it is written as a name', () => {
    const team: KnownIdentifiers = { names: [], repos: ['acme/team', 'team', 'payments-api'] };
    assert.equal(redact('The team decided to keep it', team), 'The team decided to keep it');
    assert.equal(redact('See acme/team and the team/ folder', team), 'See [repo] and the [repo]/ folder');
    assert.equal(redact('In the `team` repo, and repo team too', team), 'In the `[repo]` repo, and repo [repo] too');
    assert.equal(redact('payments-api deploys slowly', team), '[repo] deploys slowly');
  });

  it('generic account names are not treated as names', () => {
    assert.equal(redact('root access was the issue', { names: ['root'] }), 'root access was the issue');
  });

  it('cleans bidi overrides, zero-width spaces and BOMs, keeps ZWJ, ZWNJ and line breaks', () => {
    assert.equal(cleanText('\uFEFFa\u202Eb\u200Bc\r\nd'), 'abc\nd');
    assert.equal(cleanText('👩‍💻 می‌خواهم'), '👩‍💻 می‌خواهم');
  });
});
