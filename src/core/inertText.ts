/**
 * Text from outside (a setting's value, a teammate's words) made inert for the VS Code surfaces that turn text into
 * something else — notifications make `[label](command:…)` a link that runs a command, quick picks, the status bar and
 * tooltips make `$(name)` an icon. A zero-width space after `]` and after `$` breaks both patterns and leaves the text
 * reading as written; control characters and bidi overrides become spaces, as in sanitizeText.
 */
export function inertText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\]\s*\(/g, ']\u200b(')
      .replace(/\$\(/g, '$\u200b(')
  );
}
