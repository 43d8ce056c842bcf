// A pair's short check-ins: when they are due (every `cadenceWeeks` from the round's Monday, for as long as the round
// runs), which one comes next, and what this user noted privately after one. Kept on this machine only
// (`mentoring.json` in the store), never in the space; nothing here counts check-ins for anyone to see.
import { addDays, isCalendarDate, mondayOf, weekOfDate } from './calendarWeeks';
import type { RoundFile } from './round';

export const MAX_CHECKIN_NOTE = 2_000;
/** Reminder keys kept: the newest, enough for years at any cadence (older due dates never come back). */
export const REMINDED_KEPT = 200;
/** How long "Not Now" puts off the private pause suggestion. */
export const PAUSE_QUIET_DAYS = 14;

/** A check-in this user marked as held, with their optional note to self. */
export interface HeldCheckIn {
  id: string;
  /** The space's folder on this machine. */
  space: string;
  /** The round (its week) and the partner's profile id: which pair. */
  round: string;
  partner: string;
  /** As the round named them then, for this user's own record. */
  partnerHandle: string;
  partnerTeam: string;
  /** This user's side of the pair. */
  role: 'mentor' | 'mentee';
  topic: string;
  /** The due date this check-in answers, and the day it was marked held (calendar dates). */
  due: string;
  heldOn: string;
  note?: string;
  at: number;
}

/** `mentoring.json`: held check-ins, reminders already shown, and when the pause suggestion may show again. */
export interface MentoringLocalDoc {
  checkIns: HeldCheckIn[];
  /** `checkInKey`s whose reminder one window showed: never shown again, in any window. */
  reminded: string[];
  pauseQuietUntil?: string;
}

export const emptyMentoringLocal = (): MentoringLocalDoc => ({ checkIns: [], reminded: [] });

/** One of this user's pairs in a round, seen from their side. */
export interface OwnPair {
  space: string;
  round: RoundFile;
  /** The Monday the round's pairs part (the next round's, else the rotation's end). */
  ends: string;
  role: 'mentor' | 'mentee';
  /** This user's profile id, and their partner's. */
  self: string;
  partner: string;
  topic: string;
}

export const checkInKey = (p: Pick<OwnPair, 'space' | 'partner'> & { round: string }, due: string) =>
  `${p.space}|${p.round}|${p.partner}|${due}`;

/** The round that is running this week: the last one started by now, else the first one ahead. */
export function currentRound(rounds: readonly RoundFile[], thisWeek: string): RoundFile | undefined {
  return [...rounds].reverse().find((r) => r.id <= thisWeek) ?? rounds[0];
}

/** The Monday a round's pairs part: where the next round starts, or after the charter's rotation. */
export function roundEnds(round: RoundFile, rounds: readonly RoundFile[]): string {
  const later = rounds.filter((r) => r.id > round.id).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  return later ? mondayOf(later.id) : addDays(mondayOf(round.id), round.inputs.rules.rotationWeeks * 7);
}

/** The due dates of a round's check-ins: its Monday, then every `cadenceWeeks`, before it ends. */
export function checkInDates(round: RoundFile, ends: string): string[] {
  const out: string[] = [];
  const step = round.inputs.rules.cadenceWeeks * 7;
  for (let due = mondayOf(round.id); due < ends && out.length < 60; due = addDays(due, step)) out.push(due);
  return out;
}

/**
 * The next check-in of a pair on `today`: the first due date whose week is this week or later and that is not
 * marked held. A week gone by without one is simply past (no catching up, no tally). Undefined once the round ends.
 */
export function nextCheckIn(
  pair: OwnPair,
  today: string,
  held: readonly HeldCheckIn[],
): { due: string; thisWeek: boolean } | undefined {
  const week = weekOfDate(today);
  const done = new Set(held.map((h) => checkInKey(h, h.due)));
  const due = checkInDates(pair.round, pair.ends).find(
    (d) => weekOfDate(d) >= week && !done.has(checkInKey({ ...pair, round: pair.round.id }, d)),
  );
  return due ? { due, thisWeek: weekOfDate(due) === week } : undefined;
}

/** The held check-ins of one pair, newest first. */
export function heldFor(pair: Pick<OwnPair, 'space' | 'partner'> & { round: string }, held: readonly HeldCheckIn[]) {
  return held
    .filter((h) => h.space === pair.space && h.round === pair.round && h.partner === pair.partner)
    .sort((a, b) => b.at - a.at);
}

export type MentoringLocalCommand =
  { type: 'held'; checkIn: HeldCheckIn } | { type: 'reminded'; key: string } | { type: 'pauseQuiet'; until: string };

/** Applies one change; `changed` is false when there was nothing to do (a reminder another window already showed). */
export function applyMentoringLocal(
  doc: MentoringLocalDoc,
  cmd: MentoringLocalCommand,
): { doc: MentoringLocalDoc; changed: boolean } {
  switch (cmd.type) {
    case 'held': {
      const c = cmd.checkIn;
      const rest = doc.checkIns.filter((h) => h.id !== c.id && checkInKey(h, h.due) !== checkInKey(c, c.due));
      return { doc: { ...doc, checkIns: [...rest, c] }, changed: true };
    }
    case 'reminded':
      if (doc.reminded.includes(cmd.key)) return { doc, changed: false };
      return { doc: { ...doc, reminded: [...doc.reminded, cmd.key].slice(-REMINDED_KEPT) }, changed: true };
    case 'pauseQuiet':
      return { doc: { ...doc, pauseQuietUntil: cmd.until }, changed: doc.pauseQuietUntil !== cmd.until };
  }
}

const str = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;

/** Whether a stored record is a held check-in (the store's schema and the import use it). */
export function isHeldCheckIn(v: unknown): v is HeldCheckIn {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    str(r.id, 100) &&
    str(r.space, 4_096) &&
    str(r.round, 10) &&
    str(r.partner, 100) &&
    str(r.partnerHandle) &&
    str(r.partnerTeam) &&
    (r.role === 'mentor' || r.role === 'mentee') &&
    str(r.topic) &&
    isCalendarDate(r.due) &&
    isCalendarDate(r.heldOn) &&
    (r.note === undefined || str(r.note, MAX_CHECKIN_NOTE)) &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at)
  );
}
