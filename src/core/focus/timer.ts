import {
  ActiveBreak,
  BreakRecord,
  emptyHistory,
  FocusSession,
  HistoryAppend,
  InterruptionKind,
  SessionRecord,
  TimerDoc,
} from '../types';
import { endOfDayInstant } from '../days';
import { PacewiseSettings } from '../userSettings';
import { assertNever } from '../../shared/guards';

/** A heartbeat is persisted at most this often while a session runs (one small write a minute). */
export const HEARTBEAT_MS = 60_000;
/** Wall time that passes unseen for longer than this is a gap (sleep, clock step, editor closed), never silent focus. */
export const GAP_MS = 120_000;
/** A tick arriving this much later than the 1 s interval means the machine slept or the clock stepped forward. */
export const TICK_GAP_MS = 60_000;
/** A session open this long is stale: the user is asked whether to stop it. */
export const STALE_SESSION_MS = 12 * 3_600_000;

/** What the user asked for, or what a window observed; every change to the timer goes through one of these. */
export type TimerCommand =
  | { type: 'start'; intent: string; minutes: number; wipId?: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'discard' }
  | { type: 'extend'; minutes: number }
  | { type: 'startBreak'; long?: boolean }
  | { type: 'skipBreak' }
  | { type: 'interruption'; kind: InterruptionKind }
  | { type: 'heartbeat' }
  | { type: 'gap'; from: number; to: number }
  | { type: 'clockBack'; from: number; to: number; awakeMs: number }
  | { type: 'resolveGap'; choice: 'count' | 'discard' | 'pause' }
  | { type: 'idle'; since: number }
  | { type: 'activity'; at: number }
  | { type: 'resolveAway'; count: boolean }
  | { type: 'ackNotice'; id: string }
  | { type: 'windDownShown'; day: string };

/** Why a command changed nothing; the host turns these into messages. */
export type Refusal =
  'alreadyRunning' | 'onBreak' | 'noSession' | 'notRunning' | 'notPaused' | 'noBreak' | 'noGap' | 'noAway';

export interface TransitionContext {
  now: number;
  settings: PacewiseSettings;
  newId: () => string;
}

export interface TransitionResult {
  doc: TimerDoc;
  append: HistoryAppend;
  changed: boolean;
  refusal?: Refusal;
}

function noAppend(): HistoryAppend {
  return emptyHistory();
}

/** True while the session's clock runs (started or resumed, and not paused since). */
export function isRunning(session: FocusSession): boolean {
  for (let i = session.events.length - 1; i >= 0; i--) {
    const e = session.events[i];
    if (e.type === 'pause') return false;
    if (e.type === 'start' || e.type === 'resume') return true;
  }
  return false;
}

/** The session's first instant. */
export function startedAt(session: FocusSession): number {
  return session.events[0]?.at ?? session.seenAt;
}

/** The reason of the pause the session is in, if it is paused. */
export function pauseReason(session: FocusSession): 'user' | 'idle' | 'gap' | undefined {
  for (let i = session.events.length - 1; i >= 0; i--) {
    const e = session.events[i];
    if (e.type === 'pause') return e.reason;
    if (e.type === 'start' || e.type === 'resume') return undefined;
  }
  return undefined;
}

/**
 * Focus time so far, from wall-clock events. Each running interval is measured within one clock frame
 * (a backward clock step is spliced into a pause/resume pair), so a negative interval can only come from a clock
 * step the timer did not see and is counted as zero.
 */
export function focusElapsed(session: FocusSession, now: number): number {
  let total = 0;
  let runningSince: number | undefined;
  for (const e of session.events) {
    if (e.type === 'start' || e.type === 'resume') runningSince = e.at;
    else if (e.type === 'pause') {
      if (runningSince !== undefined) total += Math.max(0, e.at - runningSince);
      runningSince = undefined;
    } else if (e.type === 'credit') total += e.ms;
  }
  if (runningSince !== undefined) total += Math.max(0, now - runningSince);
  return Math.max(0, total);
}

/** Planned length including extensions. */
export function plannedMs(session: FocusSession): number {
  return session.plannedMs + session.events.reduce((sum, e) => sum + (e.type === 'extend' ? e.ms : 0), 0);
}

/** Milliseconds left in the current session or break (0 when idle). */
export function remainingMs(current: FocusSession | ActiveBreak | null, now: number): number {
  if (!current) return 0;
  if (current.kind === 'break') return Math.max(0, current.plannedMs - Math.max(0, now - current.startedAt));
  return Math.max(0, plannedMs(current) - focusElapsed(current, now));
}

function clone(doc: TimerDoc): TimerDoc {
  return JSON.parse(JSON.stringify(doc)) as TimerDoc;
}

function sessionRecord(
  session: FocusSession,
  endedAt: number,
  outcome: SessionRecord['outcome'],
  settings: PacewiseSettings,
): SessionRecord {
  const planned = plannedMs(session);
  const start = startedAt(session);
  return {
    id: session.id,
    intent: session.intent,
    ...(session.wipId ? { wipId: session.wipId } : {}),
    startedAt: start,
    endedAt,
    plannedMs: planned,
    focusMs: outcome === 'discarded' ? 0 : Math.min(planned, focusElapsed(session, endedAt)),
    outcome,
    interruptions: session.interruptions,
    pastEndOfDay: session.pastEndOfDay === true || endedAt > endOfDayInstant(start, settings.endOfDayMinutes),
  };
}

function breakRecord(brk: ActiveBreak, endedAt: number, outcome: BreakRecord['outcome']): BreakRecord {
  return {
    id: brk.id,
    long: brk.long,
    startedAt: brk.startedAt,
    endedAt,
    plannedMs: brk.plannedMs,
    outcome,
  };
}

/**
 * A break the user ends early (Skip Break, or a new session) was taken when at least half of it had passed; otherwise
 * it was skipped — pressing Skip a few seconds or a minute in is skipping, not resting.
 */
function endedEarly(brk: ActiveBreak, now: number): BreakRecord['outcome'] {
  return now - brk.startedAt >= brk.plannedMs / 2 ? 'ended' : 'skipped';
}

function newBreak(doc: TimerDoc, ctx: TransitionContext, long?: boolean): ActiveBreak {
  const isLong = long ?? doc.completedSinceLongBreak >= ctx.settings.longBreakEvery;
  const minutes = isLong ? ctx.settings.longBreakMinutes : ctx.settings.shortBreakMinutes;
  return { kind: 'break', id: ctx.newId(), long: isLong, startedAt: ctx.now, plannedMs: minutes * 60_000 };
}

function newSession(ctx: TransitionContext, intent: string, minutes: number, wipId?: string): FocusSession {
  return {
    kind: 'focus',
    id: ctx.newId(),
    intent,
    ...(wipId ? { wipId } : {}),
    plannedMs: minutes * 60_000,
    events: [{ type: 'start', at: ctx.now }],
    seenAt: ctx.now,
    interruptions: 0,
  };
}

/**
 * Brings the document up to `now` before any command: a session whose time is up completes at the instant it ran
 * out, a break that is over ends, a running session silent for longer than GAP_MS gets a pending gap.
 */
export function settle(doc: TimerDoc, ctx: TransitionContext): TransitionResult {
  const next = clone(doc);
  const append = noAppend();
  let changed = false;
  const cur = next.current;
  if (cur?.kind === 'focus' && isRunning(cur)) {
    if (ctx.now - cur.seenAt > GAP_MS) {
      addGap(cur, cur.seenAt, ctx.now, 'restore');
      changed = true;
    } else if (ctx.now < cur.seenAt - 2_000) {
      spliceClockBack(cur, cur.seenAt, ctx.now, 0);
      changed = true;
    }
  }
  if (cur?.kind === 'focus') {
    const over = focusElapsed(cur, ctx.now) - plannedMs(cur);
    if (over >= 0) {
      const endedAt = isRunning(cur) ? ctx.now - over : ctx.now;
      append.sessions.push(sessionRecord(cur, endedAt, 'completed', ctx.settings));
      next.current = null;
      next.completedSinceLongBreak += 1;
      next.notice = { kind: 'sessionEnded', id: cur.id, at: endedAt };
      changed = true;
      if (ctx.settings.autoStartNext) next.current = newBreak(next, { ...ctx, now: endedAt });
    } else if (!cur.pastEndOfDay && ctx.now > endOfDayInstant(startedAt(cur), ctx.settings.endOfDayMinutes)) {
      cur.pastEndOfDay = true;
      changed = true;
    }
  }
  const brk = next.current;
  if (brk?.kind === 'break' && ctx.now - brk.startedAt >= brk.plannedMs) {
    const endedAt = brk.startedAt + brk.plannedMs;
    append.breaks.push(breakRecord(brk, endedAt, 'taken'));
    if (brk.long) next.completedSinceLongBreak = 0;
    next.current = null;
    next.notice = { kind: 'breakEnded', id: brk.id, at: endedAt };
    changed = true;
  }
  return { doc: next, append, changed };
}

function addGap(session: FocusSession, from: number, to: number, cause: 'sleep' | 'restore'): void {
  // Provisionally the gap does not count and the timer runs on from `to`; the user then decides.
  session.events.push({ type: 'pause', at: from, reason: 'gap' }, { type: 'resume', at: to });
  const ms = to - from;
  session.pendingGap = session.pendingGap
    ? { from: session.pendingGap.from, to, cause: session.pendingGap.cause, ms: session.pendingGap.ms + ms }
    : { from, to, cause, ms };
  session.seenAt = to;
}

function spliceClockBack(session: FocusSession, from: number, to: number, awakeMs: number): void {
  session.events.push({ type: 'pause', at: from, reason: 'gap' }, { type: 'resume', at: to });
  if (awakeMs > 0) session.events.push({ type: 'credit', at: to, ms: awakeMs, reason: 'gap' });
  session.seenAt = to;
}

/** Whether a gap overlapping [from, to] was already recorded (by this or another window). */
function gapRecorded(session: FocusSession, from: number, to: number): boolean {
  const ev = session.events;
  for (let i = 0; i < ev.length - 1; i++) {
    const e = ev[i];
    const r = ev[i + 1];
    if (e.type === 'pause' && e.reason === 'gap' && r.type === 'resume' && e.at <= to && r.at >= from) return true;
  }
  return false;
}

/** Applies one command. Pure: the same inputs give the same outputs; nothing is read or written here. */
export function transition(doc: TimerDoc, cmd: TimerCommand, ctx: TransitionContext): TransitionResult {
  // A backward clock step is spliced before settling, or settle would splice it first without the awake time.
  let clockBackApplied = false;
  if (cmd.type === 'clockBack') {
    const pre = clone(doc);
    const s = pre.current;
    if (s?.kind === 'focus' && isRunning(s) && !gapRecorded(s, cmd.to, cmd.from)) {
      spliceClockBack(s, cmd.from, cmd.to, Math.max(0, Math.min(cmd.awakeMs, TICK_GAP_MS)));
      doc = pre;
      clockBackApplied = true;
    }
  }
  const settled = settle(doc, ctx);
  const next = settled.doc;
  const append = settled.append;
  const cur = next.current;
  const done = (changed: boolean, refusal?: Refusal): TransitionResult => ({
    doc: next,
    append,
    changed: changed || settled.changed,
    refusal,
  });
  const focus = cur?.kind === 'focus' ? cur : undefined;

  switch (cmd.type) {
    case 'start': {
      if (focus) return done(false, 'alreadyRunning');
      if (cur?.kind === 'break') {
        append.breaks.push(breakRecord(cur, ctx.now, endedEarly(cur, ctx.now)));
        if (cur.long) next.completedSinceLongBreak = 0;
      }
      next.current = newSession(ctx, cmd.intent, cmd.minutes, cmd.wipId);
      return done(true);
    }
    case 'pause': {
      if (!focus) return done(false, 'noSession');
      if (!isRunning(focus)) return done(false, 'notRunning');
      focus.events.push({ type: 'pause', at: ctx.now, reason: 'user' });
      return done(true);
    }
    case 'resume': {
      if (!focus) return done(false, 'noSession');
      if (isRunning(focus)) return done(false, 'notPaused');
      focus.events.push({ type: 'resume', at: ctx.now });
      focus.seenAt = ctx.now;
      focus.away = undefined;
      return done(true);
    }
    case 'stop':
    case 'discard': {
      if (!focus) return done(false, 'noSession');
      const outcome = cmd.type === 'stop' ? 'stopped' : 'discarded';
      append.sessions.push(sessionRecord(focus, ctx.now, outcome, ctx.settings));
      next.current = null;
      return done(true);
    }
    case 'extend': {
      if (!focus) return done(false, 'noSession');
      focus.events.push({ type: 'extend', at: ctx.now, ms: cmd.minutes * 60_000 });
      return done(true);
    }
    case 'startBreak': {
      if (focus) return done(false, 'alreadyRunning');
      if (cur?.kind === 'break') return done(false, 'onBreak');
      next.current = newBreak(next, ctx, cmd.long);
      return done(true);
    }
    case 'skipBreak': {
      if (cur?.kind !== 'break') {
        // Skipping the break that was just offered after a session is still worth recording.
        if (!cur && next.notice?.kind === 'sessionEnded') {
          const brk = newBreak(next, ctx);
          append.breaks.push(breakRecord(brk, ctx.now, 'skipped'));
          next.notice = undefined;
          return done(true);
        }
        return done(false, 'noBreak');
      }
      append.breaks.push(breakRecord(cur, ctx.now, endedEarly(cur, ctx.now)));
      next.current = null;
      return done(true);
    }
    case 'interruption': {
      append.interruptions.push({ id: ctx.newId(), at: ctx.now, kind: cmd.kind, sessionId: focus?.id });
      if (focus) focus.interruptions += 1;
      return done(true);
    }
    case 'heartbeat': {
      if (!focus || !isRunning(focus) || ctx.now - focus.seenAt < HEARTBEAT_MS) return done(false);
      focus.seenAt = ctx.now;
      return done(true);
    }
    case 'gap': {
      if (!focus || !isRunning(focus) || cmd.to <= cmd.from || gapRecorded(focus, cmd.from, cmd.to)) return done(false);
      addGap(focus, cmd.from, cmd.to, 'sleep');
      return done(true);
    }
    case 'clockBack':
      return done(clockBackApplied);
    case 'resolveGap': {
      const gap = focus?.pendingGap;
      if (!focus || !gap) return done(false, 'noGap');
      focus.pendingGap = undefined;
      if (cmd.choice === 'count') {
        focus.events.push({ type: 'credit', at: ctx.now, ms: gap.ms, reason: 'gap' });
      } else if (cmd.choice === 'pause') {
        // As if the session had been paused when the gap began: remove what ran since the gap ended.
        const ranSince = isRunning(focus) ? Math.max(0, ctx.now - gap.to) : 0;
        if (isRunning(focus)) focus.events.push({ type: 'pause', at: ctx.now, reason: 'user' });
        if (ranSince > 0) focus.events.push({ type: 'credit', at: ctx.now, ms: -ranSince, reason: 'gap' });
      }
      return done(true);
    }
    case 'idle': {
      if (!focus || !isRunning(focus)) return done(false);
      // Starting or resuming is itself activity: idle time counts from the later of the two, so a session started
      // from the palette long after the last keystroke is not paused the moment it begins.
      const last = focus.events[focus.events.length - 1];
      const since = Math.min(ctx.now, Math.max(cmd.since, last.at));
      const idleMs = ctx.settings.idleMinutes * 60_000;
      if (idleMs <= 0 || ctx.now - since < idleMs) return done(false);
      focus.events.push({ type: 'pause', at: since, reason: 'idle' });
      focus.away = { from: since, to: since };
      return done(true);
    }
    case 'activity': {
      const changedActivity = (next.activityAt ?? 0) < cmd.at;
      if (changedActivity) next.activityAt = cmd.at;
      if (focus && !isRunning(focus) && pauseReason(focus) === 'idle' && focus.away) {
        focus.events.push({ type: 'resume', at: ctx.now });
        focus.away = { from: focus.away.from, to: ctx.now };
        focus.seenAt = ctx.now;
        return done(true);
      }
      return done(changedActivity);
    }
    case 'resolveAway': {
      const away = focus?.away;
      if (!focus || !away || away.to <= away.from) return done(false, 'noAway');
      focus.away = undefined;
      if (cmd.count) focus.events.push({ type: 'credit', at: ctx.now, ms: away.to - away.from, reason: 'away' });
      return done(true);
    }
    case 'ackNotice': {
      if (next.notice?.id !== cmd.id) return done(false);
      next.notice = undefined;
      return done(true);
    }
    case 'windDownShown': {
      if (next.windDownShownOn === cmd.day) return done(false);
      next.windDownShownOn = cmd.day;
      return done(true);
    }
    default:
      return assertNever(cmd);
  }
}

/** Whether a session has been open so long (across a night, for days) that the user should be asked about it. */
export function isStale(current: FocusSession | ActiveBreak | null, now: number): boolean {
  return current?.kind === 'focus' && now - startedAt(current) > STALE_SESSION_MS;
}
