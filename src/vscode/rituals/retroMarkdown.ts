// The retrospective across teams as Markdown: each team of the space, alphabetical, with its results only from the
// minimum group of its own ratings, and where it might start; no totals across teams, no ranks.
import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { escapeMarkdown as esc } from '../../core/format';
import { proposals } from '../../core/rituals/reviewRitual';
import { plural } from '../plural';
import type { RetroNow } from './retroService';
import { code, resultsTable } from './reviewMarkdown';
import { dimensionName, proposalTitle, quarterLabel } from './reviewText';

export function retroMarkdown(now: RetroNow): string {
  const r = now.results;
  const shown = r.teams.filter((t) => t.results).length;
  const out = [
    `# ${vscode.l10n.t('Pacing retrospective across teams: {0}', quarterLabel(r.quarter))}`,
    '',
    vscode.l10n.t(
      'Each team’s ratings are shown only from {0} of its own, as distributions, never who. Nothing is added up across teams, and no team is ranked.',
      r.minGroup,
    ),
    '',
    plural(
      r.teams.length,
      {
        one: '{1} of 1 team has enough ratings to show.',
        other: '{1} of {0} teams have enough ratings to show.',
      },
      r.teams.length,
      shown,
    ),
  ];
  if (!r.teams.length)
    out.push(
      '',
      vscode.l10n.t('The space names no teams yet: the charter’s office hours, profiles and team files do.'),
    );
  for (const team of r.teams) {
    out.push('', `## ${esc(inertText(team.name))}`, '');
    if (!team.results) {
      out.push(vscode.l10n.t('Not enough ratings yet: results show from {0} ratings of the team.', r.minGroup));
      continue;
    }
    out.push(...resultsTable(team.results));
    const start = proposals(team.results);
    if (start.length)
      out.push(
        '',
        ...start.map((p) =>
          vscode.l10n.t(
            '- Where to start — {0}: at least {1} rated it red. Proposed experiment: {2}.',
            dimensionName(p.dimension),
            r.minGroup,
            proposalTitle(p.dimension, p.template),
          ),
        ),
      );
  }
  if (r.unmatched)
    out.push(
      '',
      plural(
        r.unmatched,
        {
          one: '1 rating names no team of the space and is counted nowhere.',
          other: '{0} ratings name no team of the space and are counted nowhere.',
        },
        r.unmatched,
      ),
    );
  if (now.unreadable.length)
    out.push(
      '',
      vscode.l10n.t(
        'Files not read: {0}',
        now.unreadable.map((u) => `${code(u.path)} (${code(u.problem)})`).join(', '),
      ),
    );
  return `${out.join('\n')}\n`;
}
