/** The settings the timer needs, already validated (see settings.ts). */
export interface TimerSettings {
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
}

export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  focusMinutes: 25,
  shortBreakMinutes: 5,
  longBreakMinutes: 15,
  longBreakEvery: 4,
  idleMinutes: 5,
  autoStartNext: false,
  endOfDayMinutes: 18 * 60,
  focusIntentionMinutes: 240,
};
