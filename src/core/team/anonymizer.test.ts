import assert from 'node:assert/strict';
import { anonymize, cleanText, findRedactions, joinSegments, KnownIdentifiers, redact } from './anonymizer';

// This machine and repository, as the host would pass them in.
const known: KnownIdentifiers = {
  names: [
    'José Müller', // git user.name
    'jose.mueller@example.org', // git user.email
    'jmueller', // OS user
    '田中太郎', // a commit author
    'Ayşe Yılmaz', // a commit author
    'İsmail Kaya', // a commit author
    'acme-payments', // workspace folder
    'root', // a generic account: never treated as a name
  ],
  // main is generic, and a one-word branch is an everyday word: neither is treated as identifying.
  branches: ['feature/jose-checkout', 'main', 'cleanup'],
  repos: ['acme/ledger-service', 'ledger-service'],
};

// [input, expected] — each case is one sentence a developer might write in a lesson.
const CORPUS: [string, string][] = [
  // emails
  ['Ask jane.doe@corp.example.com about it', 'Ask [email] about it'],
  ['mail: ops+alerts@example.co.uk.', 'mail: [email].'],
  ['Schreib an müller@beispiel.de', 'Schreib an [email]'],
  ['JOSE.MUELLER@EXAMPLE.ORG sent it', '[email] sent it'],
  // URLs, with and without tokens
  ['See https://wiki.corp.example/team/pacing?token=abc123 for more.', 'See [url] for more.'],
  ['Dashboard: http://10.0.0.5:8080/d/xyz', 'Dashboard: [url]'],
  ['Docs at www.internal-docs.example/pace', 'Docs at [url]'],
  ['clone git://git.corp.example/acme.git', 'clone [url]'],
  ['(link: https://example.com/a).', '(link: [url]).'],
  // paths
  ['It lives in /home/jdoe/projects/app/src/main.ts', 'It lives in [path]'],
  ['Open /Users/Jane/Library/Logs/x.log now', 'Open [path] now'],
  ['Config in ~/.config/pacewise/settings.json', 'Config in [path]'],
  ['C:\\Users\\jdoe\\Documents\\plan.docx is old', '[path] is old'],
  ['Share \\\\fileserver\\team\\notes.txt', 'Share [path]'],
  ['Logs under /var/log/app/', 'Logs under [path]'],
  // IP addresses
  ['The box at 192.168.1.20 was slow', 'The box at [ip] was slow'],
  ['Bound to 2001:db8:85a3::8a2e:370:7334 again', 'Bound to [ip] again'],
  ['ping fe80::1 and ::1', 'ping [ip] and [ip]'],
  ['IPv6 2001:0db8:0000:0000:0000:ff00:0042:8329 full', 'IPv6 [ip] full'],
  // tickets
  ['Blocked by PAY-1234 and OPS-7', 'Blocked by [ticket] and [ticket]'],
  ['Fixed in #4512 last week', 'Fixed in [ticket] last week'],
  // handles
  ['Thanks @jdoe and @ops-team!', 'Thanks [handle] and [handle]!'],
  ['cc @María_G', 'cc [handle]'],
  // commit SHAs
  ['Reverted 3f9c2ab1 and 9fceb02d0ae598e95dc970b74767f19372d61af8', 'Reverted [commit] and [commit]'],
  // phone numbers
  ['Call +49 30 1234 5678 if down', 'Call [phone] if down'],
  ['Pager (555) 123-4567', 'Pager [phone]'],
  ['Tel. 030 12345678', 'Tel. [phone]'],
  // secrets
  ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789 leaked', 'token [secret] leaked'],
  ['key AKIAIOSFODNN7EXAMPLE in the log', 'key [secret] in the log'],
  [
    'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U ok',
    'jwt [secret] ok',
  ],
  ['api_key=sk_live_51Habc123', 'api_key=[secret]'],
  ['password: hunter2hunter2', 'password: [secret]'],
  ['slack xoxb-123456789012-abcdefABCDEF', 'slack [secret]'],
  // known names, case- and accent-insensitive
  ['Pairing with José Müller helped', 'Pairing with [name] helped'],
  ['pairing with jose muller helped', 'pairing with [name] helped'],
  ['JOSÉ was out', '[name] was out'],
  ['Müller reviewed it', '[name] reviewed it'],
  ['jmueller ran the script', '[name] ran the script'],
  ['ayse yilmaz and AYŞE YILMAZ', '[name] and [name]'],
  ['İsmail Kaya took the pager; ismail kaya too', '[name] took the pager; [name] too'],
  ['田中太郎さんと相談した', '[name]さんと相談した'],
  ['the acme-payments repo is noisy', 'the [name] repo is noisy'],
  // NFD input (a decomposed é) still matches
  ['Jose\u0301 Mu\u0308ller again', '[name] again'],
  // bidi overrides and zero-width characters are removed before matching
  ['Jo\u200Bsé Mül\u202Eler', '[name]'],
  // several kinds in one text
  [
    '@jdoe (jane@corp.example) pushed 3f9c2ab1 to /home/jdoe/app, see PAY-12',
    '[handle] ([email]) pushed [commit] to [path], see [ticket]',
  ],
];

// Dates become ISO weeks; times of day, time zones, branch and repository names are removed.
CORPUS.push(
  ['Meetings at 10:30 and 14:00 broke the day', 'Meetings at [time] and [time] broke the day'],
  ['From 2026-11-23 to 2026-11-29 (week 48)', 'From 2026-W48 to 2026-W48 (week 48)'],
  ['Score 12:30:45 is a time', 'Score [time] is a time'],
  ['On 23.11.2026 we stopped at 6pm', 'On 2026-W48 we stopped at [time]'],
  ['Since Nov 23, 2026 and 1 January 2027', 'Since 2026-W48 and 2026-W53'],
  ['Started 12/31/2024, a Tuesday', 'Started 2025-W01, a Tuesday'],
  ['Standup on 24.11. at 9:15', 'Standup on [date] at [time]'],
  ['Hard stop at 18h30 CET, or 17:30 UTC+1', 'Hard stop at [time] [timezone], or [time] [timezone]'],
  ['The team in Europe/Berlin works with Asia/Tokyo', 'The team in [timezone] works with [timezone]'],
  ['Merged feature/jose-checkout into main', 'Merged [branch] into main'],
  ['jose-checkout took three days', '[branch] took three days'],
  ['The ACME/Ledger-Service deploys are slow', 'The [repo] deploys are slow'],
  ['An impossible date 31.02.2026 is still removed', 'An impossible date [date] is still removed'],
);

// Texts that must come out exactly as they went in.
const UNCHANGED = [
  'Limit WIP to 2 for a week',
  'Week 48 of 2026 was calmer than week 47',
  'Version 1.2.3 shipped; half of it took 1/2 hour',
  'Version 1.90.0 of the editor, and 3.5 hours of focus',
  'Stress went from 4 to 2 on 8 of 10 days',
  'A 50/50 split between review and building',
  'I used and/or instead of a list',
  'Root cause: too many things at once',
  'Mark the decision; will we keep it?',
  'deadbeef is a word here, and so is facade',
  'Emoji 👩‍💻 and 👨‍👩‍👧 stay whole',
  'مرحبا بالفريق، نجرب حدود العمل',
  'Čeština, Türkçe ve Ελληνικά stay as written',
  'Item #1 and #2 are fine',
  'We may 3 times a day check the board',
  'Back on main after the release and the cleanup',
  'An email-like thing: name at example dot com',
  'Joseph wrote the runbook',
  'Kayak trips are not names',
];

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

  it('generic account names are not treated as names', () => {
    assert.equal(redact('root access was the issue', { names: ['root'] }), 'root access was the issue');
  });

  it('cleans bidi overrides, zero-width spaces and BOMs, keeps ZWJ, ZWNJ and line breaks', () => {
    assert.equal(cleanText('\uFEFFa\u202Eb\u200Bc\r\nd'), 'abc\nd');
    assert.equal(cleanText('👩‍💻 می‌خواهم'), '👩‍💻 می‌خواهم');
  });
});
