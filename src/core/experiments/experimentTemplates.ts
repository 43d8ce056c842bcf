import { DayFacts, Metric } from '../dayMetrics';

/** The experiment templates; their titles and rationales are localized by the host, the rules live here. */
export const TEMPLATE_IDS = [
  'limitWip',
  'focusBlocks',
  'noMeetingMornings',
  'reprioritise',
  'hardStop',
  'breakDiscipline',
  'batchMessages',
  'custom',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** "Batch messages": more message interruptions than this in a day means chat was not kept to fixed times. */
export const BATCHED_MESSAGES_PER_DAY = 2;

export interface TemplateRule {
  id: TemplateId;
  defaultWeeks: 1 | 2 | 3 | 4;
  metrics: Metric[];
  /**
   * Whether a day kept to the change; undefined when the template has no daily rule or the day says nothing
   * (no data), so "I didn't do it" is told apart from "it didn't help".
   */
  adherence?: (day: DayFacts, ctx: AdherenceContext) => boolean | undefined;
}

export interface AdherenceContext {
  /** The most items in progress seen on each local day of the experiment (recorded while it runs). */
  wipMaxByDay: Record<string, number>;
  wipLimit?: number;
}

const wellbeing: Metric[] = ['stress', 'energy', 'fairness'];

export const TEMPLATES: Record<TemplateId, TemplateRule> = {
  limitWip: {
    id: 'limitWip',
    defaultWeeks: 2,
    metrics: ['focusMinutes', 'focusQuality', ...wellbeing],
    adherence: (day, ctx) => {
      const max = ctx.wipMaxByDay[day.day];
      return max === undefined || ctx.wipLimit === undefined ? undefined : max <= ctx.wipLimit;
    },
  },
  focusBlocks: {
    id: 'focusBlocks',
    defaultWeeks: 2,
    metrics: ['focusMinutes', 'focusQuality', 'stress', 'energy'],
    adherence: (day) => (day.active ? day.sessionsBeforeNoon >= 2 : undefined),
  },
  noMeetingMornings: {
    id: 'noMeetingMornings',
    defaultWeeks: 2,
    metrics: ['focusMinutes', 'interruptions', 'stress', 'energy'],
    adherence: (day) => (day.active ? day.meetingsBeforeNoon === 0 : undefined),
  },
  reprioritise: { id: 'reprioritise', defaultWeeks: 2, metrics: ['stress', 'energy', 'fairness', 'focusMinutes'] },
  hardStop: {
    id: 'hardStop',
    defaultWeeks: 2,
    metrics: ['energy', 'stress', 'focusMinutes'],
    adherence: (day) => (day.active ? !day.pastEndOfDay : undefined),
  },
  breakDiscipline: {
    id: 'breakDiscipline',
    defaultWeeks: 1,
    metrics: ['energy', 'focusQuality', 'stress'],
    adherence: (day) => (day.active ? day.breaksSkipped === 0 : undefined),
  },
  batchMessages: {
    id: 'batchMessages',
    defaultWeeks: 2,
    metrics: ['interruptions', 'focusQuality', 'focusMinutes', 'stress'],
    adherence: (day) => (day.active ? day.messages <= BATCHED_MESSAGES_PER_DAY : undefined),
  },
  custom: { id: 'custom', defaultWeeks: 2, metrics: [] },
};

export interface AdherenceDay {
  day: string;
  kept?: boolean;
}

/** Adherence per day of the experiment, and how many days with a verdict kept to it. */
export function adherence(
  template: TemplateId,
  days: DayFacts[],
  ctx: AdherenceContext,
  /** A day still under way (today, while the experiment runs): not judged before it has ended. */
  openDay?: string,
): { days: AdherenceDay[]; kept: number; judged: number } {
  const rule = TEMPLATES[template].adherence;
  const out = days.map((d) => ({ day: d.day, kept: d.day === openDay ? undefined : rule?.(d, ctx) }));
  return {
    days: out,
    kept: out.filter((d) => d.kept === true).length,
    judged: out.filter((d) => d.kept !== undefined).length,
  };
}
