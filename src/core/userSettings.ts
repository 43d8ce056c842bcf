/** The day of the week on which the sidebar offers the weekly reflection (`off`: only on demand). */
export const REFLECTION_DAYS = [
  'off',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type ReflectionDay = (typeof REFLECTION_DAYS)[number];

/**
 * Every `pacewise.*` setting the features read, validated (settings.ts) and read through one SettingsReader: the
 * timer's, and the WIP, git, prompt and reflection ones.
 */
export interface PacewiseSettings {
  focusMinutes: number;
  shortBreakMinutes: number;
  longBreakMinutes: number;
  longBreakEvery: number;
  idleMinutes: number;
  autoStartNext: boolean;
  /** Minutes after local midnight. */
  endOfDayMinutes: number;
  /** Focus minutes the developer intends for a day (0 = none); shown as context, never as a target to beat. */
  focusIntentionMinutes: number;
  /** Soft WIP limit: above it Pacewise says so; it never blocks. 0 = no limit. */
  wipLimit: number;
  /** Active items at least this many days old are marked as aging; 0 = off. */
  wipAgingDays: number;
  /** Days before a quarter's last day the quarterly pacing review is offered in the sidebar. */
  reviewOfferDays: number;
  /** Branches with a commit in this many days count as recent (parallel work, pacing prompts). */
  gitRecentDays: number;
  /** Seconds without typing that count as a natural boundary for a pacing prompt; 0 = never. */
  promptTypingPauseSeconds: number;
  /** The weekday from which the sidebar offers the weekly reflection; `off` = only on demand. */
  reflectionDay: ReflectionDay;
  /** Whether the message at a session's end offers a check-in. */
  checkinAfterSession: boolean;
  /** The workspace folder (name or path) whose `.pacewise/` holds team notes; '' = the first with a repository. */
  teamFolder: string;
}

export const DEFAULT_SETTINGS: PacewiseSettings = {
  focusMinutes: 25,
  shortBreakMinutes: 5,
  longBreakMinutes: 15,
  longBreakEvery: 4,
  idleMinutes: 5,
  autoStartNext: false,
  endOfDayMinutes: 18 * 60,
  focusIntentionMinutes: 240,
  wipLimit: 3,
  wipAgingDays: 5,
  reviewOfferDays: 14,
  gitRecentDays: 7,
  promptTypingPauseSeconds: 120,
  reflectionDay: 'friday',
  checkinAfterSession: true,
  teamFolder: '',
};
