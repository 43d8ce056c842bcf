import { Parsed, sanitizeText } from '../commandArgs';

/** The four check-in scales, 1 (low) to 5 (high); the same order everywhere (typing "3425" fills them in order). */
export const CHECKIN_SCALES = ['energy', 'stress', 'focus', 'fairness'] as const;
export type CheckinScale = (typeof CHECKIN_SCALES)[number];

/** A check-in as stored locally; it never leaves the machine. */
export interface CheckinRecord {
  id: string;
  at: number;
  sessionId?: string;
  energy: number;
  stress: number;
  focus: number;
  fairness: number;
  note?: string;
}

export type CheckinValues = Omit<CheckinRecord, 'id' | 'at' | 'sessionId'>;

export const MAX_NOTE = 280;

const isScale = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/**
 * The keyboard form: four digits for energy, stress, focus and fairness, then an optional note after a space
 * ("3425", "3 4 2 5 slept badly"). Returns what is wrong otherwise.
 */
export function parseCheckinText(text: string): Parsed<CheckinValues> {
  const m = /^\s*([1-5])\s*([1-5])\s*([1-5])\s*([1-5])(?:\s+([\s\S]*))?$/.exec(text);
  if (!m)
    return { ok: false, problem: 'four digits from 1 to 5 (energy, stress, focus, fairness), then an optional note' };
  return checkinValues({ energy: +m[1], stress: +m[2], focus: +m[3], fairness: +m[4], note: m[5] });
}

/**
 * Where typing a check-in stands, for the input's message while the user types: fewer than four digits is not an
 * error yet ("34": next comes focus); a digit outside 1–5 names its scale; anything else is malformed.
 */
export type CheckinTyping =
  | { kind: 'complete' }
  | { kind: 'partial'; next: CheckinScale }
  | { kind: 'badDigit'; scale: CheckinScale; digit: string }
  | { kind: 'malformed' };

export function checkinTyping(text: string): CheckinTyping {
  if (parseCheckinText(text).ok) return { kind: 'complete' };
  const digits = /^\s*((?:\d\s*){0,4})(\s.*)?$/s.exec(text);
  if (!digits) return { kind: 'malformed' };
  const typed = digits[1].replace(/\s/g, '');
  const bad = [...typed].findIndex((d) => d < '1' || d > '5');
  if (bad >= 0) return { kind: 'badDigit', scale: CHECKIN_SCALES[bad], digit: typed[bad] };
  if (typed.length < 4 && digits[2] === undefined) return { kind: 'partial', next: CHECKIN_SCALES[typed.length] };
  return { kind: 'malformed' };
}

/** The argument of `pacewise.checkIn` from other extensions: `{ energy, stress, focus, fairness, note? }`. */
export function parseCheckinArgs(arg: unknown): Parsed<CheckinValues | undefined> {
  if (arg === undefined) return { ok: true, value: undefined };
  if (
    typeof arg !== 'object' ||
    arg === null ||
    Array.isArray(arg) ||
    Object.getPrototypeOf(arg) !== Object.prototype
  ) {
    return {
      ok: false,
      problem: 'expected { "energy": 1–5, "stress": 1–5, "focus": 1–5, "fairness": 1–5, "note"?: text }',
    };
  }
  const a = arg as Record<string, unknown>;
  const unknown = Object.keys(a).filter((k) => !(CHECKIN_SCALES as readonly string[]).includes(k) && k !== 'note');
  if (unknown.length) return { ok: false, problem: `unknown field ${unknown[0]}` };
  return checkinValues(a);
}

function checkinValues(a: Record<string, unknown>): Parsed<CheckinValues> {
  for (const scale of CHECKIN_SCALES) {
    if (!isScale(a[scale])) return { ok: false, problem: `${scale} must be a whole number from 1 to 5` };
  }
  if (a.note !== undefined && typeof a.note !== 'string') return { ok: false, problem: 'note must be text' };
  const note = a.note === undefined ? '' : sanitizeText(a.note as string);
  if (Array.from(note).length > MAX_NOTE)
    return { ok: false, problem: `the note is longer than ${MAX_NOTE} characters` };
  const values: CheckinValues = {
    energy: a.energy as number,
    stress: a.stress as number,
    focus: a.focus as number,
    fairness: a.fairness as number,
  };
  if (note) values.note = note;
  return { ok: true, value: values };
}
