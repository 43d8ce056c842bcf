// The review page's snapshot, worded: the ritual's six steps in order, from what the team folder holds. Only what
// the sidebar may show of the ratings; teammates' text (actions, note titles) goes to the page as text.
import * as vscode from 'vscode';
import { LIGHTS } from '../../core/team/teamRating';
import { MAX_ACTION_CHARS, MAX_ACTIONS } from '../../core/team/teamReview';
import type { ReviewListModel, ReviewPageModel, ReviewTable } from '../../shared/reviewProtocol';
import { addQuarters } from '../../core/rituals/quarters';
import type { ReviewResults } from '../../core/rituals/reviewResults';
import type { TeamNote } from '../../core/team/teamNote';
import { noteTitle } from '../team/teamText';
import type { SavedMeeting } from './meetingRecord';
import type { ReviewMeeting } from './reviewService';
import {
  changeText,
  dimensionName,
  lightName,
  proposalAction,
  proposalTitle,
  quarterLabel,
  quarterName,
  ratingCount,
  rowText,
  trendName,
  triedMeta,
  voteText,
} from './reviewText';

/** More of the quarter's notes than this are counted, not listed. */
const MAX_TRIED = 30;

export function reviewPageModel(m: ReviewMeeting): ReviewPageModel {
  const r = m.results;
  return {
    title: vscode.l10n.t('Quarterly pacing review: {0}', quarterLabel(r.quarter)),
    intro: vscode.l10n.t(
      'Walk through it together, top to bottom: what you agreed last time, how the team rated the quarter, what you tried, then what you will change. Everything here is the team’s, never one person’s.',
    ),
    ...meetingParts(
      m,
      r.quarter,
      r.minGroup,
      vscode.l10n.t('No review of {0} was saved in this folder.', quarterName(r.previous.quarter)),
    ),
    ratings: {
      heading: vscode.l10n.t('2. How the team rated the quarter'),
      summary: r.enough
        ? resultsSummary(r)
        : vscode.l10n.t(
            'Not enough ratings yet: {0} of the {1} needed. Results show only from {1} ratings, as distributions, never who.',
            r.ratings,
            r.minGroup,
          ),
      ...(r.enough ? { table: ratingsTable(r) } : {}),
    },
    tried: {
      heading: vscode.l10n.t('3. What the team tried this quarter'),
      empty: vscode.l10n.t('No experiment report or micro-lesson of {0} is in Team Notes.', quarterName(r.quarter)),
      items: tried(m.tried, (n) => vscode.l10n.t('… and {0} more in Team Notes', n)),
    },
    proposals: {
      heading: vscode.l10n.t('4. Where to start'),
      empty: r.enough
        ? vscode.l10n.t('No dimension was rated red by {0} or more.', r.minGroup)
        : vscode.l10n.t('Proposals come with the results, from {0} ratings.', r.minGroup),
      items: m.proposals.map((p) => ({
        text: vscode.l10n.t(
          '{0}: at least {1} rated it red. Proposed experiment: {2}.',
          dimensionName(p.dimension),
          r.minGroup,
          proposalTitle(p.dimension, p.template),
        ),
        action: proposalAction(p.dimension, p.template),
      })),
    },
  };
}

export const resultsSummary = (r: ReviewResults) =>
  vscode.l10n.t(
    '{0}, distributions only. A number stands for at least {1} ratings; smaller groups are merged or left out.',
    ratingCount(r.ratings),
    r.minGroup,
  );

/** Enough ratings' distributions by dimension: every number from at least the minimum group. */
export function ratingsTable(r: ReviewResults): ReviewTable {
  return {
    caption: vscode.l10n.t('Ratings of {0} by dimension', quarterName(r.quarter)),
    columns: [
      vscode.l10n.t('Dimension'),
      vscode.l10n.t('Lights'),
      vscode.l10n.t('Trends'),
      vscode.l10n.t('Since last quarter'),
    ],
    rows: r.dimensions.map((d) => [
      dimensionName(d.dimension),
      rowText(d.lights, lightName),
      rowText(d.trends, trendName),
      LIGHTS.filter((l) => d.change[l] !== undefined)
        .map((l) => changeText(l, d.change[l]!))
        .join('; ') || '—',
    ]),
  };
}

/** The quarter's notes as the page lists them: the first MAX_TRIED, then how many more. */
export function tried(notes: readonly TeamNote[], more: (n: number) => string): ReviewListModel['items'] {
  const items: ReviewListModel['items'] = notes
    .slice(0, MAX_TRIED)
    .map((n) => ({ text: noteTitle(n), meta: triedMeta(n) }));
  if (notes.length > MAX_TRIED) items.push({ text: more(notes.length - MAX_TRIED) });
  return items;
}

/** What both meetings' pages share: last quarter's actions, the actions agreed, the vote, the page's words. */
export function meetingParts(
  m: SavedMeeting,
  quarter: string,
  k: number,
  lastEmpty: string,
): Pick<ReviewPageModel, 'lastActions' | 'actions' | 'vote' | 'unreadable' | 'savedKey' | 'strings'> {
  return {
    lastActions: {
      heading: vscode.l10n.t('1. What you agreed last quarter ({0})', quarterName(addQuarters(quarter, -1))),
      empty: lastEmpty,
      items: m.lastActions.map((text) => ({ text })),
    },
    actions: {
      heading: vscode.l10n.t('5. Actions agreed'),
      hint: vscode.l10n.t(
        'At most {0}, one line each. Names and addresses are replaced by placeholders before the file is written.',
        MAX_ACTIONS,
      ),
      saved: m.agreed,
      max: MAX_ACTIONS,
      maxChars: MAX_ACTION_CHARS,
    },
    vote: {
      heading: vscode.l10n.t('6. Was this worth our time?'),
      hint: vscode.l10n.t(
        'Count the hands. Only counts of at least {0} are kept; smaller ones are merged or left out, and with fewer than {0} votes nothing is kept.',
        k,
      ),
      labels: { yes: vscode.l10n.t('Worth it'), partly: vscode.l10n.t('Partly'), no: vscode.l10n.t('Not really') },
      ...(m.worth ? { saved: vscode.l10n.t('Saved: {0}', voteText(m.worth)) } : {}),
    },
    unreadable: m.reviewUnreadable.map((u) => `${u.path}: ${u.problem}`),
    savedKey: m.savedKey,
    strings: {
      addAction: vscode.l10n.t('Add an Action'),
      addProposal: vscode.l10n.t('Add as an Action'),
      actionLabel: vscode.l10n.t('Action {0}'),
      remove: vscode.l10n.t('Remove'),
      save: vscode.l10n.t('Save Review'),
      exportMarkdown: vscode.l10n.t('Export as Markdown'),
      badVote: vscode.l10n.t('Count each vote as a whole number from 0, or leave it empty.'),
      added: vscode.l10n.t('Added as action {0}.'),
      alreadyAdded: vscode.l10n.t('“{0}” is already an action.'),
      full: vscode.l10n.t('At most {0} actions: remove one first.'),
    },
  };
}
