// The retrospective across teams on the review page: the same six steps, from the mentorship space — each team's
// results only from its own minimum group (a team below it shows no count at all), nothing added up across teams, the
// lessons and experiment reports shared in the space, proposals per team, and the meeting's review saved in the space.
import * as vscode from 'vscode';
import { addQuarters } from '../../core/rituals/quarters';
import { plural } from '../plural';
import type { ReviewPageModel } from '../../shared/reviewProtocol';
import { meetingParts, ratingsTable, resultsSummary, tried } from './reviewPage';
import type { RetroMeeting } from './retroService';
import { dimensionName, proposalAction, proposalTitle, quarterLabel, quarterName } from './reviewText';

export function retroPageModel(m: RetroMeeting): ReviewPageModel {
  const r = m.results;
  const shown = r.teams.filter((t) => t.results).length;
  const more = (n: number) => vscode.l10n.t('… and {0} more in Notes Across Teams', n);
  return {
    title: vscode.l10n.t('Pacing retrospective across teams: {0}', quarterLabel(r.quarter)),
    intro: vscode.l10n.t(
      'Walk through it together, top to bottom: what the teams agreed last time, how each team rated the quarter, what was shared across teams, then what you will change.',
    ),
    ...meetingParts(
      m,
      r.quarter,
      r.minGroup,
      vscode.l10n.t(
        'No retrospective of {0} was saved in the mentorship space.',
        quarterName(addQuarters(r.quarter, -1)),
      ),
    ),
    ratings: {
      heading: vscode.l10n.t('2. How each team rated the quarter'),
      summary: r.teams.length
        ? `${plural(
            r.teams.length,
            {
              one: '{1} of 1 team has enough ratings to show.',
              other: '{1} of {0} teams have enough ratings to show.',
            },
            r.teams.length,
            shown,
          )} ${vscode.l10n.t(
            'Each team’s ratings are shown only from {0} of its own, as distributions, never who. Nothing is added up across teams, and no team is ranked.',
            r.minGroup,
          )}`
        : vscode.l10n.t('The space names no teams yet: the charter’s office hours, profiles and team files do.'),
      teams: r.teams.map((t) => ({
        name: t.name,
        summary: t.results
          ? resultsSummary(t.results)
          : vscode.l10n.t('Not enough ratings yet: results show from {0} ratings of the team.', r.minGroup),
        ...(t.results ? { table: ratingsTable(t.results) } : {}),
      })),
    },
    tried: {
      heading: vscode.l10n.t('3. What the teams shared this quarter'),
      empty: vscode.l10n.t(
        'No experiment report or micro-lesson of {0} is in Notes Across Teams.',
        quarterName(r.quarter),
      ),
      items: tried(m.tried, more),
    },
    proposals: {
      heading: vscode.l10n.t('4. Where to start'),
      empty: shown
        ? vscode.l10n.t('No team’s dimension was rated red by {0} or more of its own.', r.minGroup)
        : vscode.l10n.t('Proposals come with a team’s results, from {0} of its ratings.', r.minGroup),
      items: m.proposals.map((p) => ({
        text: vscode.l10n.t(
          '{0} — {1}: at least {2} rated it red. Proposed experiment: {3}.',
          p.team,
          dimensionName(p.dimension),
          r.minGroup,
          proposalTitle(p.dimension, p.template),
        ),
        action: vscode.l10n.t('{0}: {1}', p.team, proposalAction(p.dimension, p.template)),
      })),
    },
  };
}
