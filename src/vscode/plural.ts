import * as vscode from 'vscode';

let rules: { lang: string; rules: Intl.PluralRules } | undefined;

/**
 * The form of a counted message for `n` in the display language: `one` where its plural rules say so ("1 session",
 * "1 Sitzung"), `other` everywhere else. Each form is a whole message for translators, never a noun glued on.
 */
export function plural(n: number, forms: { one: string; other: string }): string {
  const lang = vscode.env.language;
  if (rules?.lang !== lang) rules = { lang, rules: new Intl.PluralRules(lang) };
  return rules.rules.select(n) === 'one' ? forms.one : forms.other;
}
