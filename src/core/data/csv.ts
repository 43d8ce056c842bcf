import { CheckinRecord } from '../focus/checkins';
import { SessionRecord } from '../types';

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) gets a leading apostrophe; fields with a comma, quote or line break are quoted, quotes doubled.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const iso = (t: number) => new Date(t).toISOString();
const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** Sessions as CSV, oldest first: one row per finished session (discarded ones included, marked so). */
export function sessionsCsv(sessions: readonly SessionRecord[]): string {
  return csv(
    [
      'id',
      'started',
      'ended',
      'intent',
      'work_item',
      'planned_minutes',
      'focus_minutes',
      'outcome',
      'interruptions',
      'past_end_of_day',
    ],
    [...sessions]
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((s) => [
        s.id,
        iso(s.startedAt),
        iso(s.endedAt),
        s.intent,
        s.wipId,
        minutes(s.plannedMs),
        minutes(s.focusMs),
        s.outcome,
        s.interruptions,
        s.pastEndOfDay,
      ]),
  );
}

/** Check-ins as CSV, oldest first. */
export function checkinsCsv(checkins: readonly CheckinRecord[]): string {
  return csv(
    ['id', 'at', 'energy', 'stress', 'focus', 'fairness', 'note', 'session'],
    [...checkins]
      .sort((a, b) => a.at - b.at)
      .map((c) => [c.id, iso(c.at), c.energy, c.stress, c.focus, c.fairness, c.note, c.sessionId]),
  );
}
