import { INTERRUPTION_KINDS, InterruptionKind } from './types';
import { isPlainObject } from '../shared/guards';

/** A validated argument, or which rule it broke (the host words the message). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const MAX_INTENT = 200;

function minutesIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

/**
 * Arguments of `pacewise.startFocusSession` when called by another extension or a command URI:
 * `{ intent?: string, minutes?: number }`. `undefined` means "ask the user".
 */
export function parseStartArgs(
  arg: unknown,
  defaultMinutes: number,
): Parsed<{ intent: string; minutes: number } | undefined> {
  if (arg === undefined) return { ok: true, value: undefined };
  if (!isPlainObject(arg)) return { ok: false, problem: 'expected an object like { "minutes": 25, "intent": "…" }' };
  const unknown = Object.keys(arg).filter((k) => k !== 'intent' && k !== 'minutes');
  if (unknown.length) return { ok: false, problem: `unknown field ${unknown[0]}` };
  if (arg.minutes !== undefined && !minutesIn(arg.minutes, 1, 240))
    return { ok: false, problem: 'minutes must be a number from 1 to 240' };
  if (arg.intent !== undefined && typeof arg.intent !== 'string') return { ok: false, problem: 'intent must be text' };
  const intent = sanitizeIntent((arg.intent as string | undefined) ?? '');
  return { ok: true, value: { intent, minutes: (arg.minutes as number | undefined) ?? defaultMinutes } };
}

/** `pacewise.extendSession`: `{ minutes: 1..120 }` or `undefined` (ask). */
export function parseExtendArgs(arg: unknown): Parsed<number | undefined> {
  if (arg === undefined) return { ok: true, value: undefined };
  if (!isPlainObject(arg) || !minutesIn(arg.minutes, 1, 120)) {
    return { ok: false, problem: 'expected { "minutes": n } with n from 1 to 120' };
  }
  return { ok: true, value: arg.minutes };
}

/** `pacewise.logInterruption`: `{ kind }` or `undefined` (ask). */
export function parseInterruptionArgs(arg: unknown): Parsed<InterruptionKind | undefined> {
  if (arg === undefined) return { ok: true, value: undefined };
  if (!isPlainObject(arg) || !(INTERRUPTION_KINDS as readonly unknown[]).includes(arg.kind)) {
    return { ok: false, problem: `expected { "kind": "${INTERRUPTION_KINDS.join('" | "')}" }` };
  }
  return { ok: true, value: arg.kind as InterruptionKind };
}

/** `pacewise.startBreak`: `{ long?: boolean }` or `undefined`. */
export function parseBreakArgs(arg: unknown): Parsed<{ long?: boolean }> {
  if (arg === undefined) return { ok: true, value: {} };
  if (!isPlainObject(arg) || (arg.long !== undefined && typeof arg.long !== 'boolean')) {
    return { ok: false, problem: 'expected { "long": true | false }' };
  }
  return { ok: true, value: arg.long === undefined ? {} : { long: arg.long } };
}

/**
 * Text typed by the user and shown back in the status bar, tooltips or the sidebar: control characters, bidi
 * overrides and isolates (which can make text display as something else), zero-width spaces and `$(icon)` sequences
 * are removed; joiners stay, so emoji sequences and scripts that need them (Persian ZWNJ) are intact so it shows exactly as typed text, and whitespace is folded.
 */
export function sanitizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
      .replace(/\$\(/g, '(')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** An intent: sanitized text, capped in length (it has to fit a status bar). */
export function sanitizeIntent(text: string): string {
  return Array.from(sanitizeText(text)).slice(0, MAX_INTENT).join('');
}

/** `{ id: "…" }` from a view or another extension, the id matching `pattern`; undefined: none given ("ask"). */
export function parseIdArg(arg: unknown, pattern: RegExp): string | undefined | false {
  if (arg === undefined) return undefined;
  const id = typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? (arg as { id?: unknown }).id : undefined;
  return typeof id === 'string' && pattern.test(id) && Object.keys(arg as object).length === 1 ? id : false;
}
