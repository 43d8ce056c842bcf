/**
 * De-identifies free text before it is shared with the team (design.md §4, faults.md 27–28). Pure: the host passes in
 * the identifiers it knows (git user name and email, OS user and host, the repository's commit authors; branches;
 * repository and workspace folder names; see nameFinding.ts). Every finding is returned as a segment, so the preview
 * can highlight it and the user can keep the original.
 */

import { cleanText, findKnown, findPossibleNames, Finding, KnownIdentifiers } from './nameFinding';

export { cleanText } from './nameFinding';
export type { KnownIdentifiers } from './nameFinding';

export const REDACTION_KINDS = [
  'secret',
  'url',
  'email',
  'path',
  'ip',
  'phone',
  'ticket',
  'handle',
  'commit',
  'date',
  'timezone',
  'name',
  /** Two or more capitalised words that may be a person Pacewise does not know; the author decides. */
  'name?',
  'branch',
  'repo',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** A piece of the text: plain, or a finding with what it replaces. */
export type Segment = { text: string } | { text: string; kind: RedactionKind; original: string };

const HEX = '[0-9A-Fa-f]';
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Patterns in priority order: an earlier kind wins where two overlap (a token in a URL goes with the URL). */
const PATTERNS: [RedactionKind, RegExp][] = [
  ['url', /\b(?:https?|ftp|ssh|git):\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+/giu],
  [
    'secret',
    new RegExp(
      [
        'gh[pousr]_[A-Za-z0-9]{20,}',
        'github_pat_[A-Za-z0-9_]{20,}',
        '(?:AKIA|ASIA)[0-9A-Z]{16}',
        'eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}',
        'xox[abprs]-[A-Za-z0-9-]{10,}',
        'sk-[A-Za-z0-9_-]{20,}',
        'AIza[0-9A-Za-z_-]{35}',
        '(?<=\\b(?:api[_-]?key|token|secret|password|passwd)\\s*[:=]\\s*)[^\\s,;]{6,}',
      ].join('|'),
      'giu',
    ),
  ],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  // user@host without a domain ("ssh jane@buildbox"); a word right before the @ is never a handle.
  ['email', /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}._-]*[\p{L}\p{N}]@[\p{L}\p{N}][\p{L}\p{N}-]*(?![\p{L}\p{N}.@-])/gu],
  [
    'path',
    new RegExp(
      [
        // Windows drive and UNC paths (user names live in them).
        '\\b[A-Za-z]:\\\\[^\\s"\'<>|]*',
        '\\\\\\\\[^\\s\\\\"\'<>|]+\\\\[^\\s"\'<>|]*',
        // Home directories and absolute Unix paths of two or more segments.
        '(?<![\\p{L}\\p{N}/.])~\\/[^\\s"\'<>]*',
        '(?<![\\p{L}\\p{N}/.:])\\/(?:[\\p{L}\\p{N}._@+-]+\\/)+[\\p{L}\\p{N}._@+-]*',
      ].join('|'),
      'gu',
    ),
  ],
  [
    'ip',
    new RegExp(
      [
        '\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b',
        // IPv6: full or compressed; times like 12:30:45 have too few groups and no "::".
        `(?<![\\w:])(?:${HEX}{1,4}:){3,7}${HEX}{1,4}(?![\\w:])`,
        `(?<![\\w:])(?:${HEX}{1,4}:){0,6}${HEX}{0,4}::(?:${HEX}{1,4}(?::${HEX}{1,4}){0,6})?(?![\\w:])`,
      ].join('|'),
      'gu',
    ),
  ],
  [
    'timezone',
    new RegExp(
      [
        '\\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\\/[A-Z][A-Za-z_]+(?:\\/[A-Z][A-Za-z_]+)?\\b',
        '\\b(?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?(?![\\w+-])',
        '\\b(?:CET|CEST|EET|EEST|WET|WEST|BST|IST|PST|PDT|MST|MDT|CST|CDT|EST|EDT|AKST|AKDT|HST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT)\\b',
      ].join('|'),
      'gu',
    ),
  ],
  [
    'date',
    new RegExp(
      [
        '\\b\\d{4}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])\\b',
        // 23.11.2026 or 23.11. (never a version like 1.2.3); 11/23/2026 only with its year (1/2 is a fraction).
        '\\b(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}\\b|(?![\\d.]))',
        '\\b(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])\\/\\d{4}\\b',
        `\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\.?\\s(?:${MONTHS})\\.?(?:,?\\s\\d{4})?\\b`,
        // Month first ("Nov 23"), but not "may 3" (the verb).
        `\\b(?:${MONTHS.replace('may|', '')})\\.?\\s(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:,?\\s\\d{4})?\\b`,
      ].join('|'),
      'giu',
    ),
  ],
  // Digit groups; see isPhone for which of them count.
  ['phone', /(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}(?![\w.-]*\d)/gu],
  ['ticket', /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|(?<![\w#&])#\d{2,7}\b/gu],
  ['handle', /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,37}[\p{L}\p{N}_])?/gu],
  ['commit', /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gu],
];

/**
 * Nine or more digits; seven with a + or an area code in brackets; or a local number of seven or eight digits in
 * groups of three and four ("555-0142", "1234 5678"). Never a date like 2026-11-23.
 */
function isPhone(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  if (/^(?:19|20)\d\d[\s.-](?:19|20)\d\d$/.test(value)) return false; // two years, "2025-2026"
  return digits >= 9 || (/^[+(]/.test(value) && digits >= 7) || /^\d{3,4}[\s.-]\d{4}$/.test(value);
}

/** The ISO week of a date written in the text ("2026-11-23", "23.11.2026", "Nov 23, 2026"); undefined without a year. */
export function weekOfDate(written: string): string | undefined {
  const t = written.toLowerCase();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let g: RegExpExecArray | null;
  if ((g = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, m, d] = [+g[1], +g[2], +g[3]];
  else if ((g = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) [d, m, y] = [+g[1], +g[2], +g[3]];
  else if ((g = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) [m, d, y] = [+g[1], +g[2], +g[3]];
  else {
    const year = /(\d{4})$/.exec(t);
    const month = MONTH_INDEX.findIndex((name) => new RegExp(`\\b${name}`).test(t));
    const day = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t);
    if (year && month >= 0 && day) [y, m, d] = [+year[1], month + 1, +day[1]];
  }
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  // ISO 8601: a week belongs to the year of its Thursday (in UTC, so no time zone shifts the day).
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** Findings in the cleaned text, non-overlapping, in order. */
export function findRedactions(text: string, known: KnownIdentifiers = { names: [] }): Finding[] {
  const all: (Finding & { rank: number })[] = [];
  PATTERNS.forEach(([kind, re], rank) => {
    for (const m of text.matchAll(re)) {
      let value = m[0];
      // Sentence punctuation after a URL or path is not part of it.
      if (kind === 'url' || kind === 'path') value = value.replace(/[.,;:!?]+$/u, '');
      if (kind === 'phone' && !isPhone(value)) continue;
      if (value) all.push({ start: m.index ?? 0, end: (m.index ?? 0) + value.length, kind, rank });
    }
  });
  for (const f of findKnown(text, known)) all.push({ ...f, rank: PATTERNS.length });
  for (const f of findPossibleNames(text)) all.push({ ...f, rank: PATTERNS.length + 1 });
  // Earlier kinds first, then longer; a finding overlapping an accepted one is dropped.
  all.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Finding[] = [];
  for (const f of all) {
    if (accepted.some((a) => f.start < a.end && a.start < f.end)) continue;
    accepted.push({ start: f.start, end: f.end, kind: f.kind });
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The placeholder a finding becomes, e.g. `[email]`. */
export function placeholder(kind: RedactionKind): string {
  return `[${kind}]`;
}

/** Splits the cleaned text into plain segments and findings (each finding's text is its placeholder). */
export function anonymize(text: string, known: KnownIdentifiers = { names: [] }): Segment[] {
  const clean = cleanText(text);
  const segments: Segment[] = [];
  let at = 0;
  for (const f of findRedactions(clean, known)) {
    if (f.start > at) segments.push({ text: clean.slice(at, f.start) });
    const original = clean.slice(f.start, f.end);
    // A date keeps what a note may say (its ISO week); everything else becomes a placeholder.
    const text = f.kind === 'date' ? (weekOfDate(original) ?? placeholder('date')) : placeholder(f.kind);
    segments.push({ text, kind: f.kind, original });
    at = f.end;
  }
  if (at < clean.length) segments.push({ text: clean.slice(at) });
  return segments;
}

/** The shared text: placeholders, except for findings the user chose to keep (by index among the findings). */
export function joinSegments(segments: Segment[], keep: ReadonlySet<number> = new Set()): string {
  let n = -1;
  return segments
    .map((s) => {
      if (!('kind' in s)) return s.text;
      n++;
      return keep.has(n) ? s.original : s.text;
    })
    .join('');
}

/**
 * Segments tidied for display and for the file, after anonymizing (never before: a space put where an invisible
 * character was would split a name): whitespace runs become one space, `$(` loses its `$` (VS Code icon syntax), and
 * the whole is trimmed. A finding's own text is a placeholder and needs none of it.
 */
export function tidySegments(segments: Segment[]): Segment[] {
  const out = segments.map((s) =>
    'kind' in s
      ? s
      : // eslint-disable-next-line no-control-regex
        { text: s.text.replace(/[\u0000-\u001f\u007f\s]+/gu, ' ').replace(/\$\(/g, '(') },
  );
  const first = out[0];
  if (first && !('kind' in first)) out[0] = { text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last && !('kind' in last)) out[out.length - 1] = { text: last.text.trimEnd() };
  return out.filter((s) => 'kind' in s || s.text !== '');
}

/** Anonymized text in one call (no findings kept). */
export function redact(text: string, known?: KnownIdentifiers): string {
  return joinSegments(anonymize(text, known));
}
