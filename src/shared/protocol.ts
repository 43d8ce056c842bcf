/**
 * Messages between the extension host and the sidebar webview. Host → webview messages are facts and always full
 * snapshots (the webview keeps no state of its own); webview → host messages are intents, validated on arrival
 * because a webview is a web page and everything it sends is untrusted input.
 */

import { ID_PATTERN } from './guards';

/** The timer as the sidebar shows it, already formatted by the host. */
export interface TimerModel {
  kind: 'idle' | 'focus' | 'break';
  running: boolean;
  /** `mm:ss` left. */
  remaining: string;
  intent: string;
  longBreak: boolean;
  /** The session waits for the user's decision about unseen time (sleep, clock change). */
  gapPending: boolean;
}

/** Today's facts; no score, no streak. */
export interface TodayModel {
  focusMinutes: number;
  intentionMinutes: number;
  sessions: number;
  completed: number;
  breaksTaken: number;
  breaksSkipped: number;
  checkins: number;
  interruptions: number;
  urgent: number;
  negotiable: number;
  pastEndOfDay: boolean;
  /** Focus minutes of the last 14 days, today last; null = a day without data (a gap). */
  trend: (number | null)[];
  /** The trend in words (the sparkline's accessible name). */
  trendLabel: string;
}

/** One repository's git facts, as the sidebar shows them: facts, not judgements. */
export interface RepoModel {
  name: string;
  uncommitted: number;
  hasRemote: boolean;
  unpushed: string[];
  recent: string[];
  stashes: number;
}

/** Git signals; `state` says why there are none (no Git extension, disabled, no repository, not read yet). */
export interface GitModel {
  state: 'ok' | 'noGit' | 'disabled' | 'untrusted' | 'noRepository' | 'loading';
  recentDays: number;
  repos: RepoModel[];
}

/** The pacing question on screen, with why it appeared; the glossary once loaded. */
export interface PromptModel {
  current?: { text: string; why: string };
  glossary: { term: string; definition: string }[];
}

/** A term and its value, already worded by the host. */
export interface FactModel {
  term: string;
  value: string;
}

/** The texts of a weekly reflection, in question order. */
export interface ReflectionAnswersModel {
  helped: string;
  drained: string;
  nextChange: string;
}

/** A micro-lesson draft as the sidebar edits it (tags comma-separated). */
export interface LessonModel {
  id: string;
  tried: string;
  changed: string;
  keep: string;
  tell: string;
  tags: string;
}

/** This week's reflection: the facts, whether it is offered, what was saved, and its micro-lesson draft. */
export interface ReflectionModel {
  /** ISO week, e.g. `2026-W48`; every reflection intent names it, so a form left open over midnight stays right. */
  week: string;
  /** Short heading, e.g. "Week 48 · 23–29 Nov". */
  title: string;
  /** The configured day has come and the week has no reflection yet. */
  due: boolean;
  /** The form is open (the user chose to reflect or to edit). */
  open: boolean;
  facts: FactModel[];
  saved?: ReflectionAnswersModel;
  /** The micro-lesson drafted from this week's reflection, if any. */
  lessonId?: string;
}

/** One metric before and during an experiment, worded by the host ("4 check-ins — too few to tell"). */
export interface ComparisonRowModel {
  metric: string;
  before: string;
  during: string;
  change: string;
  note: string;
}

/** An experiment as the sidebar shows it: the running one (progress) or a past one (its result or reason). */
export interface ExperimentCardModel {
  id: string;
  title: string;
  hypothesis: string;
  status: 'active' | 'paused' | 'concluded' | 'abandoned';
  /** "Day 3 of 14" or the dates it ran. */
  when: string;
  /** "Kept on 2 of 3 days"; absent for changes without a daily rule. */
  adherence?: string;
  /** One mark per day so far: kept, not kept, or no data. */
  days: { label: string; kept?: boolean }[];
  rows: ComparisonRowModel[];
  baselineNote?: string;
  reason?: string;
  lessonId?: string;
}

export interface ExperimentsModel {
  active?: ExperimentCardModel;
  /** Last week was heavy: the section suggests a cooling-off week instead of a new experiment. */
  coolingOff: boolean;
  past: ExperimentCardModel[];
}

/** Micro-lessons: the one being edited, and all of them (newest first). */
export interface LessonsModel {
  editing?: LessonModel & { source: string };
  list: { id: string; title: string; source: string }[];
}

/** Every user-visible string of the sidebar, localized by the host (the webview has no l10n of its own). */
export interface SidebarStrings {
  [key: string]: string;
}

export type HostMessage = {
  type: 'snapshot';
  timer: TimerModel;
  today: TodayModel;
  prompt: PromptModel;
  git: GitModel;
  reflection: ReflectionModel;
  experiments: ExperimentsModel;
  lessons: LessonsModel;
  strings: SidebarStrings;
  /** Said once by the polite live region (session or break ended), never every tick. */
  announce?: string;
  /** A section a command just showed: scrolled into view and given the keyboard focus, once. */
  reveal?: SidebarSection;
};

/** The Pacewise container's webview views; each draws its own sections of the same snapshot. */
export const SIDEBAR_PARTS = ['now', 'experiment', 'week'] as const;
export type SidebarPart = (typeof SIDEBAR_PARTS)[number];

/** The sections a command can reveal, and the view each lies in. */
export const SECTION_PART = { prompt: 'now', reflection: 'week', lesson: 'week' } as const satisfies Record<
  string,
  SidebarPart
>;
export type SidebarSection = keyof typeof SECTION_PART;

export const SIDEBAR_ACTIONS = [
  'start',
  'pause',
  'resume',
  'stop',
  'extend',
  'startBreak',
  'skipBreak',
  'logInterruption',
  'checkIn',
  'suggestPrompt',
  'startExperiment',
  'concludeExperiment',
  'abandonExperiment',
  'pauseExperiment',
  'resumeExperiment',
  'showInsights',
  'showWeek',
  'walkthrough',
] as const;
export type SidebarAction = (typeof SIDEBAR_ACTIONS)[number];

export const PROMPT_REACTIONS = ['notUseful', 'dismiss', 'snoozeToday'] as const;
export type PromptReaction = (typeof PROMPT_REACTIONS)[number];

export const REFLECTION_OPS = ['open', 'close', 'skip', 'draftLesson'] as const;
export type ReflectionOp = (typeof REFLECTION_OPS)[number];

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'action'; action: SidebarAction }
  | { type: 'prompt'; reaction: PromptReaction }
  | { type: 'reflection'; op: ReflectionOp; week: string }
  | { type: 'saveReflection'; week: string; answers: ReflectionAnswersModel }
  | { type: 'lesson'; op: 'save'; id: string; text: Omit<LessonModel, 'id'> }
  | { type: 'lesson'; op: 'discard' | 'edit' | 'close'; id: string }
  /** Opens the share preview (in the Team notes view) for a lesson or a finished experiment. */
  | { type: 'share'; what: 'experiment'; id: string };

/** Messages larger than this are dropped unread: no intent needs more. */
export const MAX_MESSAGE_CHARS = 1_000;
/** Messages carrying the user's writing (reflection answers, a lesson) may be larger; their fields are capped too. */
export const MAX_TEXT_MESSAGE_CHARS = 16_000;
/** Longest single text field, in characters (the host checks again, after sanitizing). */
export const MAX_TEXT_FIELD = 500;

const WEEK_ID = /^\d{4}-W\d{2}$/;
const ID = ID_PATTERN;

/** An object with exactly `keys`, each a string of at most MAX_TEXT_FIELD characters. */
function texts<K extends string>(v: unknown, keys: readonly K[]): Record<K, string> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (Object.keys(o).length !== keys.length) return undefined;
  const out = {} as Record<K, string>;
  for (const k of keys) {
    const t = o[k];
    if (typeof t !== 'string' || Array.from(t).length > MAX_TEXT_FIELD) return undefined;
    out[k] = t;
  }
  return out;
}

/** A message's size as JSON when it is a plain object that serializes; undefined otherwise (it is then ignored). */
export function messageSize(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  try {
    return JSON.stringify(raw).length;
  } catch {
    return undefined;
  }
}

/** Returns the message when it is a known intent with the right fields, or undefined (it is then ignored). */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  const size = messageSize(raw);
  if (size === undefined) return undefined;
  const msg = raw as Record<string, unknown>;
  const carriesText = msg.type === 'saveReflection' || msg.type === 'lesson';
  if (size > (carriesText ? MAX_TEXT_MESSAGE_CHARS : MAX_MESSAGE_CHARS)) return undefined;
  const keys = Object.keys(msg);
  if (msg.type === 'ready' && keys.length === 1) return { type: 'ready' };
  if (
    msg.type === 'action' &&
    keys.length === 2 &&
    typeof msg.action === 'string' &&
    (SIDEBAR_ACTIONS as readonly string[]).includes(msg.action)
  ) {
    return { type: 'action', action: msg.action as SidebarAction };
  }
  if (msg.type === 'prompt' && keys.length === 2 && (PROMPT_REACTIONS as readonly unknown[]).includes(msg.reaction)) {
    return { type: 'prompt', reaction: msg.reaction as PromptReaction };
  }
  const week = typeof msg.week === 'string' && WEEK_ID.test(msg.week) ? msg.week : undefined;
  if (
    msg.type === 'reflection' &&
    keys.length === 3 &&
    week &&
    (REFLECTION_OPS as readonly unknown[]).includes(msg.op)
  ) {
    return { type: 'reflection', op: msg.op as ReflectionOp, week };
  }
  if (msg.type === 'saveReflection' && keys.length === 3 && week) {
    const answers = texts(msg.answers, ['helped', 'drained', 'nextChange'] as const);
    return answers && { type: 'saveReflection', week, answers };
  }
  const id = typeof msg.id === 'string' && ID.test(msg.id) ? msg.id : undefined;
  const lessonOp = msg.op === 'discard' || msg.op === 'edit' || msg.op === 'close' ? msg.op : undefined;
  if (msg.type === 'lesson' && id && lessonOp && keys.length === 3) return { type: 'lesson', op: lessonOp, id };
  if (msg.type === 'share' && id && msg.what === 'experiment' && keys.length === 3)
    return { type: 'share', what: msg.what, id };
  if (msg.type === 'lesson' && id && msg.op === 'save' && keys.length === 4) {
    const text = texts(msg.text, ['tried', 'changed', 'keep', 'tell', 'tags'] as const);
    return text && { type: 'lesson', op: 'save', id, text };
  }
  return undefined;
}
