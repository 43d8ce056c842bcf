/**
 * The digest's words, in English like the rest of the command line (`roundText.ts` does the same for rounds): what a
 * cell is about, outcomes and review dimensions by name rather than by their ids in the files.
 */
import type { Metric } from '../dayMetrics';
import type { TemplateId } from '../experiments/experimentTemplates';
import { topicNameEn } from '../mentorship/roundText';
import type { Dimension } from '../team/teamRating';
import type { Subject } from './digestCells';

const TEMPLATE_NAMES: Record<TemplateId, string> = {
  limitWip: 'Limit WIP',
  focusBlocks: 'Protected focus blocks',
  noMeetingMornings: 'No-meeting mornings',
  reprioritise: 'Re-prioritise',
  hardStop: 'Hard stop at the end of the day',
  breakDiscipline: 'Take every break',
  batchMessages: 'Batch messages',
  custom: 'An experiment of their own',
};

export const METRIC_NAMES: Record<Metric, string> = {
  focusMinutes: 'focus time',
  interruptions: 'interruptions',
  energy: 'energy',
  stress: 'stress',
  focusQuality: 'focus quality',
  fairness: 'fairness of workload',
};

export const DIMENSION_NAMES: Record<Dimension, string> = {
  pace: 'Sustainable pace',
  wip: 'Work in progress',
  meetings: 'Meeting load',
  fairness: 'Fairness of workload',
  priorities: 'Clarity of priorities',
  safety: 'Safety to raise concerns',
};

export const subjectName = (s: Subject): string =>
  'template' in s
    ? `Experiment: ${TEMPLATE_NAMES[s.template] ?? s.template}`
    : s.kind === 'question'
      ? `Questions on ${topicNameEn(s.topic)}`
      : s.kind === 'lesson'
        ? 'Micro-lessons'
        : 'Pacing challenges';
