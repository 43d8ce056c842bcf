import * as vscode from 'vscode';

let rules: { lang: string; rules: Intl.PluralRules } | undefined;

/**
 * A counted message in the display language: `one` where its plural rules say so ("1 session", "1 Sitzung"),
 * `other` everywhere else, translated and filled with `args` like vscode.l10n.t. Each form is a whole message for
 * translators, never a noun glued on; scripts/l10n.ts extracts both.
 */
export function plural(
  n: number,
  forms: { one: string; other: string },
  ...args: (string | number | boolean)[]
): string {
  const lang = vscode.env.language;
  if (rules?.lang !== lang) rules = { lang, rules: new Intl.PluralRules(lang) };
  // The message is one of the two literals above, extracted for translation from every call.
  return vscode.l10n.t(rules.rules.select(n) === 'one' ? forms.one : forms.other, ...args);
}
