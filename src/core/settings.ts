import { PacewiseSettings, REFLECTION_DAYS, ReflectionDay } from './userSettings';

/** A setting value that was clamped or ignored; the host shows it as a warning that names the setting. */
export interface SettingIssue {
  key: string;
  value: unknown;
  problem: 'notNumber' | 'outOfRange' | 'notBoolean' | 'notText' | 'badTime' | 'breakTooLong' | 'notChoice';
  used: unknown;
}

interface NumberRule {
  key: keyof PacewiseSettings & string;
  setting: string;
  min: number;
  max: number;
  integer: boolean;
}

const NUMBER_RULES: NumberRule[] = [
  { key: 'focusMinutes', setting: 'session.focusMinutes', min: 1, max: 240, integer: false },
  { key: 'shortBreakMinutes', setting: 'session.shortBreakMinutes', min: 1, max: 60, integer: false },
  { key: 'longBreakMinutes', setting: 'session.longBreakMinutes', min: 1, max: 120, integer: false },
  { key: 'longBreakEvery', setting: 'session.longBreakEvery', min: 1, max: 12, integer: true },
  { key: 'idleMinutes', setting: 'session.idleMinutes', min: 0, max: 120, integer: false },
  { key: 'focusIntentionMinutes', setting: 'day.focusIntentionMinutes', min: 0, max: 960, integer: true },
  { key: 'wipLimit', setting: 'wip.limit', min: 0, max: 20, integer: true },
  { key: 'wipAgingDays', setting: 'wip.agingDays', min: 0, max: 90, integer: true },
  { key: 'reviewOfferDays', setting: 'review.offerDays', min: 0, max: 45, integer: true },
  { key: 'gitRecentDays', setting: 'git.recentDays', min: 1, max: 90, integer: true },
  { key: 'promptTypingPauseSeconds', setting: 'prompts.typingPauseSeconds', min: 0, max: 3600, integer: true },
];

/** Parses `HH:MM` (24 h) into minutes after midnight, or undefined when it is not a real time of day. */
export function parseTimeOfDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * Validates raw setting values (keys as in package.json without the `pacewise.` prefix). An invalid value never
 * wins: numbers out of range are clamped, anything else keeps the previous valid value, and each case is reported.
 */
export function validateSettings(
  raw: Record<string, unknown>,
  previous: PacewiseSettings,
): { settings: PacewiseSettings; issues: SettingIssue[] } {
  const settings: PacewiseSettings = { ...previous };
  const issues: SettingIssue[] = [];
  for (const rule of NUMBER_RULES) {
    const value = raw[rule.setting];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ key: rule.setting, value, problem: 'notNumber', used: previous[rule.key] });
      continue;
    }
    let v = rule.integer ? Math.round(value) : value;
    if (v < rule.min || v > rule.max) {
      v = Math.min(rule.max, Math.max(rule.min, v));
      issues.push({ key: rule.setting, value, problem: 'outOfRange', used: v });
    }
    (settings as unknown as Record<string, number>)[rule.key] = v;
  }
  for (const [key, setting] of [
    ['autoStartNext', 'session.autoStartNext'],
    ['checkinAfterSession', 'checkin.afterSession'],
  ] as const) {
    const value = raw[setting];
    if (value === undefined) continue;
    if (typeof value === 'boolean') settings[key] = value;
    else issues.push({ key: setting, value, problem: 'notBoolean', used: previous[key] });
  }
  const folder = raw['team.folder'];
  if (folder !== undefined) {
    if (typeof folder === 'string') settings.teamFolder = folder.trim();
    else issues.push({ key: 'team.folder', value: folder, problem: 'notText', used: previous.teamFolder });
  }
  const day = raw['reflection.day'];
  if (day !== undefined) {
    if ((REFLECTION_DAYS as readonly unknown[]).includes(day)) settings.reflectionDay = day as ReflectionDay;
    else issues.push({ key: 'reflection.day', value: day, problem: 'notChoice', used: previous.reflectionDay });
  }
  const end = raw['day.endOfDay'];
  if (end !== undefined) {
    const minutes = parseTimeOfDay(end);
    if (minutes === undefined) {
      issues.push({
        key: 'day.endOfDay',
        value: end,
        problem: 'badTime',
        used: formatTimeOfDay(previous.endOfDayMinutes),
      });
    } else settings.endOfDayMinutes = minutes;
  }
  // A short break longer than the session it follows is a typo, not a plan.
  if (settings.shortBreakMinutes > settings.focusMinutes) {
    const used = Math.min(previous.shortBreakMinutes, settings.focusMinutes);
    issues.push({ key: 'session.shortBreakMinutes', value: settings.shortBreakMinutes, problem: 'breakTooLong', used });
    settings.shortBreakMinutes = used;
  }
  return { settings, issues };
}

/** Minutes after midnight as `HH:MM`. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
