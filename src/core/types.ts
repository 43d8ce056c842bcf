import type { CheckinRecord } from './focus/checkins';
import type { WorkItemRecord } from './wip/wip';

/** Kinds of interruption a developer can log; urgent vs. negotiable is kept apart on purpose (design.md §1). */
export const INTERRUPTION_KINDS = [
  'meeting',
  'message',
  'urgentRequest',
  'negotiableRequest',
  'contextSwitch',
  'other',
] as const;
export type InterruptionKind = (typeof INTERRUPTION_KINDS)[number];

/** Why a session stopped running for a while. */
export type PauseReason = 'user' | 'idle' | 'gap';

/** One wall-clock fact about a session; elapsed focus time is always computed from these, never from ticks. */
export type SessionEvent =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number; reason: PauseReason }
  | { type: 'resume'; at: number }
  | { type: 'extend'; at: number; ms: number }
  /** Time added or removed by the user's decision about a gap or an idle stretch. */
  | { type: 'credit'; at: number; ms: number; reason: 'gap' | 'away' };

/** A stretch of wall time the timer did not see pass (sleep, clock jump, closed editor) awaiting the user's decision. */
export interface PendingGap {
  from: number;
  to: number;
  /** Total unseen time; several gaps before an answer add up (the awake time between them already counted). */
  ms: number;
  cause: 'sleep' | 'restore';
}

/** An idle stretch (no editor activity) that auto-paused the session; the user may count it on return. */
export interface AwayStretch {
  from: number;
  to: number;
}

/** A focus session in progress (running or paused). */
export interface FocusSession {
  kind: 'focus';
  id: string;
  intent: string;
  /** The work item that was current when the session started (optional: added after v1, older files lack it). */
  wipId?: string;
  plannedMs: number;
  events: SessionEvent[];
  /** Last wall time a window saw this session running; a restore after a longer silence is a gap. */
  seenAt: number;
  pendingGap?: PendingGap;
  away?: AwayStretch;
  interruptions: number;
  pastEndOfDay?: boolean;
}

/** A break in progress; breaks count wall time, sleep included: rest is rest. */
export interface ActiveBreak {
  kind: 'break';
  id: string;
  long: boolean;
  startedAt: number;
  plannedMs: number;
}

/** A finished focus session as kept in history. */
export interface SessionRecord {
  id: string;
  intent: string;
  /** The work item the session was tied to, if any. */
  wipId?: string;
  startedAt: number;
  endedAt: number;
  plannedMs: number;
  focusMs: number;
  outcome: 'completed' | 'stopped' | 'discarded';
  interruptions: number;
  pastEndOfDay: boolean;
}

/** A finished or skipped break as kept in history. */
export interface BreakRecord {
  id: string;
  long: boolean;
  startedAt: number;
  endedAt: number;
  plannedMs: number;
  outcome: 'taken' | 'skipped' | 'ended';
}

/** A logged interruption. */
export interface InterruptionRecord {
  id: string;
  at: number;
  kind: InterruptionKind;
  sessionId?: string;
}

/** Something that happened which a window should tell the user about once. */
export interface Notice {
  kind: 'sessionEnded' | 'breakEnded';
  id: string;
  at: number;
}

/** The shared timer document: one per user, read and written by every window. */
export interface TimerDoc {
  current: FocusSession | ActiveBreak | null;
  completedSinceLongBreak: number;
  notice?: Notice;
  /** Local date (yyyy-MM-dd) on which the wind-down nudge was last shown, so it shows once a day. */
  windDownShownOn?: string;
  /** Latest editor activity seen by any window while a session ran, so one idle window does not pause the others. */
  activityAt?: number;
}

/** Records appended to history (by a transition, a check-in); also the shape of one stored month. */
export interface HistoryAppend {
  sessions: SessionRecord[];
  breaks: BreakRecord[];
  interruptions: InterruptionRecord[];
  checkins: CheckinRecord[];
  /** Finished work items (v3), filed under the month they were finished. */
  workItems: WorkItemRecord[];
}

/** The record lists of a history month, in file order. */
export const HISTORY_LISTS = ['sessions', 'breaks', 'interruptions', 'checkins', 'workItems'] as const;

export function emptyHistory(): HistoryAppend {
  return { sessions: [], breaks: [], interruptions: [], checkins: [], workItems: [] };
}

export function emptyTimerDoc(): TimerDoc {
  return { current: null, completedSinceLongBreak: 0 };
}
