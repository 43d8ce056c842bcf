import { emptyHistory, emptyTimerDoc, HISTORY_LISTS, HistoryAppend, TimerDoc } from '../core/types';
import { ExperimentsDoc } from '../core/experiments/experiments';
import { JournalDoc } from '../core/reflection/journal';
import { WipDoc } from '../core/wip/wip';
import { TeamLocalDoc } from '../core/team/teamLocal';
import { isHeldCheckIn, MentoringLocalDoc } from '../core/mentorship/checkIns';
import { isCalendarDate } from '../core/mentorship/calendarWeeks';
import { DocSchema, isArrayOf, isObject } from './docSchema';

const hasId = (v: unknown): v is Record<string, unknown> & { id: string } => isObject(v) && typeof v.id === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function validateCurrent(current: unknown): string | undefined {
  if (current === null) return undefined;
  if (!isObject(current) || typeof current.id !== 'string') return 'the current session is not an object with an id';
  if (current.kind === 'break') {
    return isFiniteNumber(current.startedAt) && isFiniteNumber(current.plannedMs)
      ? undefined
      : 'the break has no times';
  }
  if (current.kind !== 'focus') return 'the current session has an unknown kind';
  if (!Array.isArray(current.events) || current.events.length === 0) return 'the session has no events';
  if (!current.events.every((e) => isObject(e) && typeof e.type === 'string' && isFiniteNumber(e.at))) {
    return 'a session event is malformed';
  }
  return isFiniteNumber(current.plannedMs) && isFiniteNumber(current.seenAt) ? undefined : 'the session has no times';
}

/** The shared timer document (`timer.json`). */
export const timerSchema: DocSchema<TimerDoc> = {
  name: 'pacewise.timer',
  version: 1,
  defaults: emptyTimerDoc,
  validate(data) {
    if (!isObject(data)) return 'the timer data is not an object';
    const problem = validateCurrent(data.current ?? null);
    if (problem) return problem;
    if (!isFiniteNumber(data.completedSinceLongBreak)) return 'the long-break counter is missing';
    return data as unknown as TimerDoc;
  },
  migrations: {},
  countRecords: (doc) => (doc.current ? 1 : 0),
};

/** One month of finished sessions, breaks and interruptions (`history-YYYY-MM.json`). */
export type HistoryMonth = HistoryAppend;

export const historySchema: DocSchema<HistoryMonth> = {
  name: 'pacewise.history',
  // v2 (check-ins) added the `checkins` list, v3 (insights) `workItems`.
  version: 3,
  defaults: () => emptyHistory(),
  validate(data) {
    if (!isObject(data)) return 'the history data is not an object';
    for (const key of HISTORY_LISTS) {
      if (!isArrayOf(data[key], hasId)) return `the ${key} list is malformed`;
    }
    return data as unknown as HistoryMonth;
  },
  migrations: {
    1: (data) => (isObject(data) ? { ...data, checkins: [] } : data),
    2: (data) => (isObject(data) ? { ...data, workItems: [] } : data),
  },
  countRecords: (m) => HISTORY_LISTS.reduce((n, key) => n + m[key].length, 0),
};

const isWipItem = (v: unknown): v is { id: string } =>
  hasId(v) &&
  typeof (v as Record<string, unknown>).title === 'string' &&
  ['active', 'parked', 'done'].includes((v as Record<string, unknown>).status as string) &&
  isFiniteNumber((v as Record<string, unknown>).activeSince);

/** Manual work-in-progress items (`wip.json`). */
export const wipSchema: DocSchema<WipDoc> = {
  name: 'pacewise.wip',
  version: 1,
  defaults: () => ({ items: [] }),
  validate: (data) =>
    isObject(data) && isArrayOf(data.items, isWipItem) ? (data as unknown as WipDoc) : 'the item list is malformed',
  migrations: {},
  countRecords: (doc) => doc.items.length,
};

const isReflection = (v: unknown): v is { id: string } =>
  hasId(v) &&
  typeof v.week === 'string' &&
  isFiniteNumber(v.at) &&
  (v.status === 'skipped' || (v.status === 'saved' && isObject(v.answers) && isObject(v.facts)));

const isLesson = (v: unknown): v is { id: string } =>
  hasId(v) &&
  isObject(v.source) &&
  ['tried', 'changed', 'keep', 'tell'].every((k) => typeof v[k] === 'string') &&
  isArrayOf(v.tags, (t): t is string => typeof t === 'string');

/** Weekly reflections and micro-lesson drafts (`journal.json`). */
export const journalSchema: DocSchema<JournalDoc> = {
  name: 'pacewise.journal',
  version: 1,
  defaults: () => ({ reflections: [], lessons: [] }),
  validate: (data) =>
    isObject(data) && isArrayOf(data.reflections, isReflection) && isArrayOf(data.lessons, isLesson)
      ? (data as unknown as JournalDoc)
      : 'the reflection or lesson list is malformed',
  migrations: {},
  countRecords: (doc) => doc.reflections.length + doc.lessons.length,
};

const isExperiment = (v: unknown): v is { id: string } =>
  hasId(v) &&
  typeof v.template === 'string' &&
  typeof v.hypothesis === 'string' &&
  isFiniteNumber(v.startedAt) &&
  isFiniteNumber(v.weeks) &&
  ['active', 'paused', 'concluded', 'abandoned'].includes(v.status as string) &&
  isArrayOf(v.pauses, (p): p is object => isObject(p) && isFiniteNumber(p.from)) &&
  isArrayOf(v.metrics, (m): m is string => typeof m === 'string') &&
  isObject(v.wipMaxByDay);

/** Pacing experiments, running and past (`experiments.json`). */
export const experimentsSchema: DocSchema<ExperimentsDoc> = {
  name: 'pacewise.experiments',
  version: 1,
  defaults: () => ({ experiments: [] }),
  validate: (data) =>
    isObject(data) && isArrayOf(data.experiments, isExperiment)
      ? (data as unknown as ExperimentsDoc)
      : 'the experiment list is malformed',
  migrations: {},
  countRecords: (doc) => doc.experiments.length,
};

const isDraft = (v: unknown): v is { id: string } =>
  hasId(v) &&
  isObject(v.source) &&
  typeof v.week === 'string' &&
  isObject(v.fields) &&
  typeof v.tags === 'string' &&
  isArrayOf(v.kept, (k): k is string => typeof k === 'string') &&
  (v.target === undefined || v.target === 'space') &&
  isFiniteNumber(v.revision);

const isShared = (v: unknown): v is { id: string } =>
  hasId(v) &&
  typeof v.path === 'string' &&
  typeof v.folder === 'string' &&
  (v.kind === 'note' || v.kind === 'annotation');

const isOwnRating = (v: unknown): v is { id: string } =>
  hasId(v) && typeof v.quarter === 'string' && typeof v.path === 'string' && typeof v.folder === 'string';

/** Share drafts, what this user shared, and what it withdrew (`team.json`); never written to the team folder. */
export const teamLocalSchema: DocSchema<TeamLocalDoc> = {
  name: 'pacewise.team',
  version: 1,
  defaults: () => ({ drafts: [], shared: [], withdrawn: [] }),
  validate: (data) =>
    isObject(data) &&
    isArrayOf(data.drafts, isDraft) &&
    isArrayOf(data.shared, isShared) &&
    isArrayOf(data.withdrawn, (w): w is string => typeof w === 'string') &&
    (data.ratings === undefined || isArrayOf(data.ratings, isOwnRating))
      ? (data as unknown as TeamLocalDoc)
      : 'the draft or shared-note list is malformed',
  migrations: {},
  countRecords: (doc) => doc.drafts.length + doc.shared.length,
};

/** Mentoring check-ins this user marked held, their notes to self, and reminders shown (`mentoring.json`). */
export const mentoringLocalSchema: DocSchema<MentoringLocalDoc> = {
  name: 'pacewise.mentoring',
  version: 1,
  defaults: () => ({ checkIns: [], reminded: [] }),
  validate: (data) =>
    isObject(data) &&
    isArrayOf(data.checkIns, isHeldCheckIn) &&
    isArrayOf(data.reminded, (r): r is string => typeof r === 'string') &&
    (data.pauseQuietUntil === undefined || isCalendarDate(data.pauseQuietUntil))
      ? (data as unknown as MentoringLocalDoc)
      : 'the mentoring check-in list is malformed',
  migrations: {},
  countRecords: (doc) => doc.checkIns.length,
};
