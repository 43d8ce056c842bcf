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

/** Every `l10n.t('…')` message in src/; a call whose message is not a literal cannot be translated and is listed. */
export function extractMessages(): { messages: string[]; problems: string[] } {
  const messages = new Set<string>();
  const problems: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n.t(') && !text.includes('plural(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      // plural(n, { one: '…', other: '…' }, …args): both forms are messages, and must be literals.
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'plural') {
        const forms = node.arguments[1];
        for (const key of ['one', 'other']) {
          const p =
            forms && ts.isObjectLiteralExpression(forms)
              ? forms.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText(source) === key)
              : undefined;
          const v = p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
          if (v && (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v))) messages.add(v.text);
          else {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
            problems.push(`${file.slice(root.length + 1)}:${line + 1}: plural's "${key}" is not a string literal`);
          }
        }
      }
      // plural() itself hands one of those literals on.
      const inPlural = file.endsWith(join('src', 'vscode', 'plural.ts'));
      if (!inPlural && ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
        else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          problems.push(`${file.slice(root.length + 1)}:${line + 1}: the message is not a string literal`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
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
  const messageOf = (node: ts.Node | undefined): string | undefined => {
    if (!node || !ts.isCallExpression(node) || !/(^|\.)l10n\.t$/.test(node.expression.getText())) return undefined;
    const first = node.arguments[0];
    return first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
  };
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n.t(') && !text.includes('plural(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const message = messageOf(node);
      if (message && COUNT.test(message)) counted.add(message);
      if (ts.isCallExpression(node) && node.expression.getText() === 'plural') {
        const forms = node.arguments[1];
        if (forms && ts.isObjectLiteralExpression(forms))
          for (const p of forms.properties) {
            const v = ts.isPropertyAssignment(p) ? p.initializer : undefined;
            if (!v || !(ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v))) continue;
            if (COUNT.test(v.text)) counted.add(v.text);
            if (p.name?.getText() === 'other') withSingular.add(v.text);
          }
      }
      if (ts.isConditionalExpression(node) && /=== 1$/.test(node.condition.getText())) {
        const m = messageOf(node.whenFalse);
        if (m) withSingular.add(m);
      }
      if (ts.isObjectLiteralExpression(node)) {
        const keys = new Set(node.properties.map((p) => p.name?.getText().replace(/^'|'$/g, '')));
        for (const p of node.properties)
          if (ts.isPropertyAssignment(p) && keys.has(`${p.name.getText().replace(/^'|'$/g, '')}.one`)) {
            const m = messageOf(p.initializer);
            if (m) withSingular.add(m);
          }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
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
