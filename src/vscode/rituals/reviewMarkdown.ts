// The quarter's review as Markdown, in the page's six steps: only what the view may show — distributions from at least
// the minimum group, changes within the same rule, a vote only as the review file keeps it — and teammates' words
// (actions, note titles) escaped so they stay text.
import * as vscode from 'vscode';
import { escapeMarkdown as esc } from '../../core/format';
import { LIGHTS } from '../../core/team/teamRating';
import { inertText } from '../../core/inertText';
import { noteTitle } from '../team/teamText';
import type { ReviewResults } from '../../core/rituals/reviewResults';
import type { ReviewMeeting } from './reviewService';
import {
  changeText,
  dimensionName,
  lightName,
  proposalTitle,
  quarterLabel,
  quarterName,
  ratingCount,
  rowText,
  trendName,
  triedMeta,
  voteText,
} from './reviewText';

/** Enough ratings' results as a sentence and a table: distributions only, every number from the minimum group. */
export function resultsTable(r: ReviewResults): string[] {
  const out = [
    vscode.l10n.t(
      '{0}, distributions only. A number stands for at least {1} ratings; smaller groups are merged or left out.',
      ratingCount(r.ratings),
      r.minGroup,
    ),
    '',
    `| ${vscode.l10n.t('Dimension')} | ${vscode.l10n.t('Lights')} | ${vscode.l10n.t('Trends')} | ${vscode.l10n.t('Since last quarter')} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const d of r.dimensions) {
    const change = LIGHTS.filter((l) => d.change[l] !== undefined)
      .map((l) => changeText(l, d.change[l]!))
      .join('; ');
    out.push(
      `| ${dimensionName(d.dimension)} | ${rowText(d.lights, lightName)} | ${rowText(d.trends, trendName)} | ${change || '—'} |`,
    );
  }
  return out;
}

export function reviewMarkdown(m: ReviewMeeting): string {
  const r = m.results;
  const out = [`# ${vscode.l10n.t('Quarterly pacing review: {0}', quarterLabel(r.quarter))}`];
  const heading = (text: string) => out.push('', `## ${text}`, '');
  const bullets = (items: string[], empty: string) =>
    out.push(...(items.length ? items.map((i) => `- ${i}`) : [empty]));

  heading(vscode.l10n.t('What you agreed last quarter ({0})', quarterName(r.previous.quarter)));
  bullets(
    m.lastActions.map((a) => esc(inertText(a))),
    vscode.l10n.t('No review of {0} was saved in this folder.', quarterName(r.previous.quarter)),
  );

  heading(vscode.l10n.t('How the team rated the quarter'));
  if (!r.enough)
    out.push(
      vscode.l10n.t(
        'Not enough ratings yet: {0} of the {1} needed. Results show only from {1} ratings, as distributions, never who.',
        r.ratings,
        r.minGroup,
      ),
    );
  else out.push(...resultsTable(r));

  heading(vscode.l10n.t('What the team tried this quarter'));
  bullets(
    m.tried.map((n) => `${esc(inertText(noteTitle(n)))} · ${triedMeta(n)}`),
    vscode.l10n.t('No experiment report or micro-lesson of {0} is in Team Notes.', quarterName(r.quarter)),
  );

  heading(vscode.l10n.t('Where to start'));
  out.push(
    ...(m.proposals.length
      ? m.proposals.map((p) =>
          vscode.l10n.t(
            '- {0}: at least {1} rated it red. Proposed experiment: {2}.',
            dimensionName(p.dimension),
            r.minGroup,
            proposalTitle(p.dimension, p.template),
          ),
        )
      : [
          r.enough
            ? vscode.l10n.t('No dimension was rated red by {0} or more.', r.minGroup)
            : vscode.l10n.t('Proposals come with the results, from {0} ratings.', r.minGroup),
        ]),
  );

  heading(vscode.l10n.t('Actions agreed'));
  out.push(
    ...(m.agreed.length
      ? m.agreed.map((a, i) => `${i + 1}. ${esc(inertText(a))}`)
      : [vscode.l10n.t('None saved yet.')]),
  );

  heading(vscode.l10n.t('Was this worth our time?'));
  out.push(m.worth ? voteText(m.worth) : vscode.l10n.t('No vote saved.'));

  const unreadable = [...m.unreadable, ...m.reviewUnreadable];
  if (unreadable.length)
    out.push(
      '',
      vscode.l10n.t('Files not read: {0}', unreadable.map((u) => `${code(u.path)} (${code(u.problem)})`).join(', ')),
    );
  return `${out.join('\n')}\n`;
}

/** A file's name or problem (written by whoever wrote the file) as a code span: shown, never rendered. */
export const code = (s: string) => `\`${inertText(s).replace(/[`\r\n]/g, ' ')}\``;
