// The mentorship space's codes in the reader's language: topic ids, why a pair was made, why someone is unmatched,
// and the charter in one paragraph. The round files keep the codes; their English lines are for people without us.
import * as vscode from 'vscode';
import type { Charter } from '../../core/mentorship/charter';
import type { Pair, PassedOver, UnmatchedReason } from '../../core/mentorship/pairingReasons';
import { isPacingTopic, PacingTopic } from '../../core/mentorship/topics';
import { plural } from '../plural';

export function topicName(t: string): string {
  if (!isPacingTopic(t)) return t;
  const names: Record<PacingTopic, string> = {
    wipLimits: vscode.l10n.t('WIP limits'),
    meetingLoad: vscode.l10n.t('meeting load'),
    focusTime: vscode.l10n.t('focus time'),
    interruptions: vscode.l10n.t('interruptions'),
    prioritisation: vscode.l10n.t('prioritisation'),
    sustainablePace: vscode.l10n.t('sustainable pace'),
    hardStops: vscode.l10n.t('hard stops'),
    recoveryAfterPeaks: vscode.l10n.t('recovery after peaks'),
    workloadFairness: vscode.l10n.t('fairness of workload'),
    leadTime: vscode.l10n.t('lead time'),
    estimation: vscode.l10n.t('estimation'),
    onCall: vscode.l10n.t('on-call'),
  };
  return names[t];
}

const topicList = (ts: readonly string[]) =>
  new Intl.ListFormat(vscode.env.language, { type: 'conjunction' }).format(ts.map(topicName));

function passedOver(why: PassedOver, n: number): string {
  switch (why) {
    case 'peak':
      return plural(
        n,
        { one: "the other candidate's team is in a peak", other: "{0} other candidates' teams are in a peak" },
        n,
      );
    case 'coolingOff':
      return plural(
        n,
        {
          one: "the other candidate's team is cooling off after a peak",
          other: "{0} other candidates' teams are cooling off",
        },
        n,
      );
    case 'paused':
      return plural(n, { one: 'the other candidate has paused', other: '{0} other candidates have paused' }, n);
    case 'leaving':
      return plural(n, { one: 'the other candidate is leaving', other: '{0} other candidates are leaving' }, n);
    case 'recent':
      return plural(
        n,
        {
          one: 'the other candidate was paired with them lately',
          other: '{0} other candidates were paired with them lately',
        },
        n,
      );
    case 'full':
      return plural(
        n,
        { one: "the other candidate's places were taken", other: "{0} other candidates' places were taken" },
        n,
      );
  }
}

/** "both work on meeting load; the other candidate's team is in a peak" */
export function pairReason(pair: Pair): string {
  const parts = [vscode.l10n.t('both work on {0}', topicList(pair.topics))];
  if (pair.why.waited) parts.push(vscode.l10n.t('had no mentor last round, so came first'));
  for (const [why, n] of Object.entries(pair.why.passedOver) as [PassedOver, number][]) parts.push(passedOver(why, n));
  return parts.join('; ');
}

export function unmatchedReason(reason: UnmatchedReason): string {
  switch (reason) {
    case 'paused':
      return vscode.l10n.t('paused this round');
    case 'leaving':
      return vscode.l10n.t('leaving the programme');
    case 'peak':
      return vscode.l10n.t('the team is in a project peak; its mentors rest until it ends');
    case 'coolingOff':
      return vscode.l10n.t('the team is cooling off after a project peak');
    case 'noTopic':
      return vscode.l10n.t('nobody in another team offers these topics yet');
    case 'allUnavailable':
      return vscode.l10n.t('the mentors who offer these topics are resting or paused');
    case 'allRecent':
      return vscode.l10n.t('every available mentor for these topics was paired with them lately');
    case 'placesTaken':
      return vscode.l10n.t('the places went to mentees who waited or fit better; first in line next round');
    case 'noMentee':
      return vscode.l10n.t('no mentee in another team wants these topics yet');
    case 'notNeeded':
      return vscode.l10n.t('the mentees who want these topics were paired with others');
  }
}

/** The charter in one paragraph, defaults said to be defaults. */
export function charterParagraph(c: Charter): string {
  const r = c.rules;
  const parts = [
    plural(
      r.cadenceWeeks,
      { one: 'Pairs check in every week, briefly.', other: 'Pairs check in every {0} weeks, briefly.' },
      r.cadenceWeeks,
    ),
    plural(r.rotationWeeks, { one: 'New pairs every week.', other: 'New pairs every {0} weeks.' }, r.rotationWeeks),
    plural(
      r.menteeCap,
      { one: 'A mentor has at most 1 mentee.', other: 'A mentor has at most {0} mentees.' },
      r.menteeCap,
    ),
    plural(
      r.coolingOffWeeks,
      {
        one: "A team's mentors rest during a project peak and 1 week after it.",
        other: "A team's mentors rest during a project peak and {0} weeks after it.",
      },
      r.coolingOffWeeks,
    ),
    plural(
      r.repeatAfterRounds,
      {
        one: 'The same two people are paired again after 1 round at the earliest.',
        other: 'The same two people are paired again after {0} rounds at the earliest.',
      },
      r.repeatAfterRounds,
    ),
    vscode.l10n.t('Mentors opt in. Anything shared across teams needs at least {0} people behind it.', r.minGroup),
  ];
  if (c.defaulted.length) parts.push(vscode.l10n.t('(Rules the charter leaves out are at their defaults.)'));
  return [c.objectives, ...parts].filter(Boolean).join(' ');
}

/** A calendar date (YYYY-MM-DD) as "2 Dec" in the display language, the same in every time zone. */
export function formatDate(date: string): string {
  return new Intl.DateTimeFormat(vscode.env.language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
