// The extension's strings and their translations: `npx tsx scripts/l10n.ts` writes l10n/bundle.l10n.json (every
// `vscode.l10n.t` message in src/, English to English) and prints what each translation lacks. The unit test
// test/unit/l10n.test.ts holds every translation to the same checks, so a new string without German fails `npm test`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
const isLiteral = (n: ts.Node | undefined): n is Literal =>
  !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));

/** Every src/ file that may hold messages, parsed, with each of its nodes. */
function* messageNodes(): Generator<{ file: string; source: ts.SourceFile; node: ts.Node }> {
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n.t(') && !text.includes('plural(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const nodes: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      nodes.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const node of nodes) yield { file, source, node };
  }
}

/** An `l10n.t(…)` call: its literal message, or null when the message is not a literal. */
function tMessage(node: ts.Node, source: ts.SourceFile): string | null | undefined {
  if (!ts.isCallExpression(node) || !/(^|\.)l10n\.t$/.test(node.expression.getText(source))) return undefined;
  const first = node.arguments[0];
  return isLiteral(first) ? first.text : null;
}

/** A `plural(n, { one, other }, …)` call: each form's literal text, or null where a form is not a literal. */
function pluralForms(node: ts.Node, source: ts.SourceFile): { one: string | null; other: string | null } | undefined {
  if (!ts.isCallExpression(node) || node.expression.getText(source) !== 'plural') return undefined;
  const forms = node.arguments[1];
  const form = (key: string) => {
    const p =
      forms && ts.isObjectLiteralExpression(forms)
        ? forms.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText(source) === key)
        : undefined;
    const v = p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
    return isLiteral(v) ? v.text : null;
  };
  return { one: form('one'), other: form('other') };
}

/** Every `l10n.t('…')` message in src/; a call whose message is not a literal cannot be translated and is listed. */
export function extractMessages(): { messages: string[]; problems: string[] } {
  const messages = new Set<string>();
  const problems: string[] = [];
  const where = (file: string, source: ts.SourceFile, node: ts.Node) =>
    `${file.slice(root.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  for (const { file, source, node } of messageNodes()) {
    // plural(n, { one: '…', other: '…' }, …args): both forms are messages, and must be literals.
    const forms = pluralForms(node, source);
    for (const [key, text] of Object.entries(forms ?? {})) {
      if (text !== null) messages.add(text);
      else problems.push(`${where(file, source, node)}: plural's "${key}" is not a string literal`);
    }
    // plural() itself hands one of those literals on.
    if (file.endsWith(join('src', 'vscode', 'plural.ts'))) continue;
    const message = tMessage(node, source);
    if (message) messages.add(message);
    else if (message === null) problems.push(`${where(file, source, node)}: the message is not a string literal`);
  }
  return { messages: [...messages].sort(), problems };
}

/** Nouns Pacewise counts; a message with "{n} <noun>" needs a singular form beside it. */
const COUNTED =
  'days|weeks|months|minutes|sessions|interruptions|breaks|check-ins|items|notes|annotations|branches|files|entries|records|things';
const COUNT = new RegExp(`\\{\\d\\}(?: of (?:the last )?\\{\\d\\})?(?: [a-z-]+)? (?:${COUNTED})\\b`);

/**
 * Counted messages ("{0} sessions") that have no singular beside them. A message has one when it is the `other` of
 * a `plural(n, { one, other })` call, the `other` of `n === 1 ? one : other`, or a strings key `k` with a `k.one`
 * beside it in the same object (the webview's pluralForm).
 */
export function countedWithoutSingular(): string[] {
  const counted = new Set<string>();
  const withSingular = new Set<string>();
  const key = (p: ts.ObjectLiteralElementLike, source: ts.SourceFile) => p.name?.getText(source).replace(/^'|'$/g, '');
  for (const { source, node } of messageNodes()) {
    const message = tMessage(node, source);
    if (message && COUNT.test(message)) counted.add(message);
    const forms = pluralForms(node, source);
    for (const text of [forms?.one, forms?.other]) if (text && COUNT.test(text)) counted.add(text);
    if (forms?.other) withSingular.add(forms.other);
    if (ts.isConditionalExpression(node) && /=== 1$/.test(node.condition.getText(source))) {
      const m = tMessage(node.whenFalse, source);
      if (m) withSingular.add(m);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const keys = new Set(node.properties.map((p) => key(p, source)));
      for (const p of node.properties)
        if (ts.isPropertyAssignment(p) && keys.has(`${key(p, source)}.one`)) {
          const m = tMessage(p.initializer, source);
          if (m) withSingular.add(m);
        }
    }
  }
  return [...counted].filter((m) => !withSingular.has(m)).sort();
}

const placeholders = (s: string): string => (s.match(/\{\d+\}/g) ?? []).sort().join(' ');
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

/** What a translation lacks or gets wrong against its English source: missing keys, extra keys, other placeholders. */
export function compareTranslation(english: Record<string, unknown>, translated: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(english)) {
    const t = translated[key];
    if (typeof t !== 'string' || t.trim() === '') problems.push(`missing: ${JSON.stringify(key)}`);
    else if (typeof value === 'string' && placeholders(value) !== placeholders(t))
      problems.push(`placeholders differ: ${JSON.stringify(key)}`);
  }
  for (const key of Object.keys(translated))
    if (!(key in english)) problems.push(`not in English: ${JSON.stringify(key)}`);
  return problems;
}

/** The translations shipped and how each is checked. */
export const LANGUAGES = ['de'] as const;

/** The source bundle: every message, English to English. */
const englishBundle = (messages: string[]) => Object.fromEntries(messages.map((m) => [m, m]));

export function checkLanguage(lang: string): string[] {
  return [
    ...compareTranslation(englishBundle(extractMessages().messages), readJson(`l10n/bundle.l10n.${lang}.json`)).map(
      (p) => `bundle: ${p}`,
    ),
    ...compareTranslation(readJson('package.nls.json'), readJson(`package.nls.${lang}.json`)).map((p) => `nls: ${p}`),
  ];
}

if (require.main === module) {
  const { messages, problems } = extractMessages();
  writeFileSync(join(root, 'l10n/bundle.l10n.json'), JSON.stringify(englishBundle(messages), null, 2) + '\n');
  console.log(`l10n/bundle.l10n.json: ${messages.length} messages`);
  for (const p of problems) console.log(p);
  for (const lang of LANGUAGES) {
    const missing = checkLanguage(lang);
    console.log(`${lang}: ${missing.length === 0 ? 'complete' : `${missing.length} problems`}`);
    for (const p of missing) console.log(`  ${p}`);
  }
}
