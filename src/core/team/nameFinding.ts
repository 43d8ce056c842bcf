// Finding names in text: known people, branches and repositories through case, accents, compatibility forms and
// invisible characters, and capitalised words that may be a person nobody told Pacewise about.
import type { RedactionKind } from './anonymizer';
import { NOT_NAMES } from './nameGlossary';

export interface KnownIdentifiers {
  /** People and machines: names and emails (git user, commit authors), the OS user, the host name. */
  names: string[];
  /** Branch names of the repository (main, master and the like are never treated as identifying). */
  branches?: string[];
  /** Repository and folder names (from the remotes, e.g. `acme/payments` and `payments`; workspace folders). */
  repos?: string[];
}

/** Account names too generic to be identifying; they are never treated as known names. */
const GENERIC_ACCOUNTS = new Set(['root', 'admin', 'user', 'runner', 'ubuntu', 'vscode', 'node', 'dev', 'test', 'me']);

/** Branch names too common to say anything about a team. */
const GENERIC_BRANCHES = new Set([
  'main',
  'master',
  'develop',
  'dev',
  'trunk',
  'head',
  'release',
  'staging',
  'production',
]);

/** Removes what would let text pretend to be something else: bidi overrides, zero-width spaces, BOMs; keeps ZWJ/ZWNJ. */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\r\n?/g, '\n')
  );
}

/**
 * Case- and accent-folded copy of `text`, with the index in `text` of each folded code unit. Compatibility forms
 * fold to their plain letters (NFKC: ｊｏｓé, ﬁ); invisible format characters (Unicode Cf: zero-width, soft hyphen,
 * bidi controls) fold to nothing, so they cannot split a name.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const isCjk = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);

/** The folded forms to look for: each name, its parts of 3+ letters, an email's local part; generic ones left out. */
function needlesOf(list: readonly string[], generic: ReadonlySet<string>, split: RegExp): string[] {
  const out = new Set<string>();
  for (const raw of list) {
    const name = cleanText(raw).trim();
    if (!name) continue;
    const candidates = [name, ...name.split(split)];
    const at = name.indexOf('@');
    if (at > 0) candidates.push(name.slice(0, at));
    for (const c of candidates) {
      const f = fold(c).folded.trim();
      if (generic.has(f)) continue;
      if (Array.from(f).length >= (isCjk(f) ? 2 : 3)) out.add(f);
    }
  }
  // Longest first, so "Jane Doe" is found as one name before "Jane".
  return [...out].sort((a, b) => b.length - a.length);
}

export interface Finding {
  start: number;
  end: number;
  kind: RedactionKind;
}

const WORD_LIKE = /^[\p{L}]+$/u;

/**
 * Whether a repository or folder name that is an everyday word ("team", "payments") is written as a name here:
 * next to a `/`, in quotes or backticks, or right after "repo", "repository" or "branch". Elsewhere it is a word.
 */
function usedAsName(folded: string, at: number, end: number): boolean {
  const before = folded[at - 1];
  const after = folded[end];
  if (before === '/' || after === '/') return true;
  if (before !== undefined && before === after && /['"`\u2018\u2019\u201c\u201d]/u.test(before)) return true;
  return /(?:repo|repository|repositorys|branch)\s*:?\s*$/u.test(folded.slice(Math.max(0, at - 14), at));
}

/** Known names, branches and repositories, matched through case, accents and normalization. */
export function findKnown(text: string, known: KnownIdentifiers): Finding[] {
  const groups: [RedactionKind, string[]][] = [
    ['name', needlesOf(known.names, GENERIC_ACCOUNTS, /[\s._-]+/)],
    // A branch is matched whole and by its last segment ("feature/jane-login" and "jane-login").
    [
      'branch',
      // A one-word branch ("feature", "cleanup") is an everyday word: only names with a separator or a digit count.
      needlesOf(known.branches ?? [], GENERIC_BRANCHES, /\//).filter((b) => /[/_\-\d]/.test(b)),
    ],
    ['repo', needlesOf(known.repos ?? [], GENERIC_BRANCHES, /\//)],
  ];
  if (groups.every(([, needles]) => needles.length === 0)) return [];
  const { folded, origin } = fold(text);
  const found: Finding[] = [];
  for (const [kind, needles] of groups)
    for (const needle of needles) {
      const cjk = isCjk(needle);
      const wordLike = kind !== 'name' && WORD_LIKE.test(needle);
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        // Latin-script names stand alone; CJK text has no spaces between words.
        if (!cjk && (isWordChar(folded[at - 1]) || isWordChar(folded[end]))) continue;
        if (wordLike && !usedAsName(folded, at, end)) continue;
        found.push({ start: origin[at], end: origin[end], kind });
      }
    }
  return found;
}

const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;

const notAName = (word: string) => {
  const f = fold(word).folded.replace(/['’]s$/u, '');
  return NOT_NAMES.has(f) || (f.endsWith('s') && NOT_NAMES.has(f.slice(0, -1)));
};

/**
 * Two or more capitalised words in a row that may be a person Pacewise does not know ("paired with Anna Schmidt").
 * Not: a word capitalised because it starts a sentence, weekdays, months, tools and pacing terms (NOT_NAMES).
 */
export function findPossibleNames(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = [...m[0].matchAll(/\S+/gu)].map((w) => ({ start: (m.index ?? 0) + (w.index ?? 0), text: w[0] }));
    const lead = text.slice(0, words[0].start);
    if (/(?:^|[.!?:;\n]|^\s*[-*•]|\n\s*[-*•])\s*["'“‘(]?$/u.test(lead)) words.shift();
    while (words.length && notAName(words[0].text)) words.shift();
    while (words.length && notAName(words[words.length - 1].text)) words.pop();
    if (words.length < 2 || words.some((w) => notAName(w.text))) continue;
    const last = words[words.length - 1];
    found.push({ start: words[0].start, end: last.start + last.text.length, kind: 'name?' });
  }
  return found;
}
