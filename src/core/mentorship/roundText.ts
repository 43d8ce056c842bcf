import type { Participant } from './pairingInputs';
import type { Pair, PassedOver, UnmatchedReason } from './pairingReasons';
import { isPacingTopic, PacingTopic } from './topics';

/**
 * The English lines a round file carries beside its codes, for whoever reads the file without Pacewise (a code
 * review, a terminal). Pacewise itself words the codes in the reader's language.
 */
export const TOPIC_NAMES_EN: Record<PacingTopic, string> = {
  wipLimits: 'WIP limits',
  meetingLoad: 'meeting load',
  focusTime: 'focus time',
  interruptions: 'interruptions',
  prioritisation: 'prioritisation',
  sustainablePace: 'sustainable pace',
  hardStops: 'hard stops',
  recoveryAfterPeaks: 'recovery after peaks',
  workloadFairness: 'fairness of workload',
  leadTime: 'lead time',
  estimation: 'estimation',
  onCall: 'on-call',
};

export const topicNameEn = (t: string) => (isPacingTopic(t) ? TOPIC_NAMES_EN[t] : t);

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

const PASSED_EN: Record<PassedOver, [string, string]> = {
  peak: ["the other candidate's team is in a peak", "{n} other candidates' teams are in a peak"],
  coolingOff: ["the other candidate's team is cooling off after a peak", "{n} other candidates' teams are cooling off"],
  paused: ['the other candidate has paused', '{n} other candidates have paused'],
  leaving: ['the other candidate is leaving', '{n} other candidates are leaving'],
  recent: ['the other candidate was paired with them lately', '{n} other candidates were paired with them lately'],
  full: ["the other candidate's places were taken", "{n} other candidates' places were taken"],
};

/** "both work on meeting load; waited since the last round; the other candidate's team is in a peak" */
export function pairReasonEn(pair: Pair): string {
  const parts = [`both work on ${list(pair.topics.map(topicNameEn))}`];
  if (pair.why.waited) parts.push('had no mentor last round, so came first');
  for (const [why, n] of Object.entries(pair.why.passedOver) as [PassedOver, number][])
    parts.push(PASSED_EN[why][n === 1 ? 0 : 1].replace('{n}', String(n)));
  return parts.join('; ');
}

const UNMATCHED_EN: Record<UnmatchedReason, string> = {
  paused: 'paused this round',
  leaving: 'leaving the programme',
  peak: 'their team is in a project peak; its mentors rest until it ends',
  coolingOff: 'their team is cooling off after a project peak',
  noTopic: 'nobody in another team offers their topics yet',
  allUnavailable: 'the mentors who offer their topics are resting or paused',
  allRecent: 'every available mentor for their topics was paired with them lately',
  placesTaken:
    'the places of mentors for their topics went to mentees who waited or fit better; they come first next round',
  noMentee: 'no mentee in another team wants their topics yet',
  notNeeded: 'the mentees who want their topics were paired with others',
};

export function unmatchedReasonEn(reason: UnmatchedReason, who: Pick<Participant, 'handle'>): string {
  return `${who.handle}: ${UNMATCHED_EN[reason]}`;
}
