/** Bidi embedding, override and isolate controls: they can make text display as something else. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text without bidi controls (marks U+200E/U+200F stay): a stray right-to-left override would show the rest of a
 * teammate's note reversed, and the views isolate each text themselves (`dir="auto"`).
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

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
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(BIDI_CONTROLS, ' ')
      .replace(/\]\s*\(/g, ']\u200b(')
      .replace(/\$\(/g, '$\u200b(')
  );
}
