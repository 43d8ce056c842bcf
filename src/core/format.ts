/** `mm:ss` for a countdown (hours fold into minutes: 90:00), rounded up so 0:00 shows only when time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Shortens text to `max` characters on a grapheme-safe boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Whole minutes, rounded down, for summaries. */
export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / 60_000);
}

/** Markdown-escapes text (the user's own, or a participant's) so it stays text in a Markdown export. */
export const escapeMarkdown = (t: string) => t.replace(/([\\`*_[\]<>#|])/g, '\\$1');
