// The quarter's review as Markdown for the meeting: only what the view may show — distributions from at least the
// minimum group, changes within the same rule — and the dimensions at least that many rated red, to start from.
import * as vscode from 'vscode';
import { LIGHTS } from '../../core/team/teamRating';
import { inertText } from '../../core/inertText';
import type { ReviewNow } from './reviewService';
import { changeText, dimensionName, lightName, quarterLabel, ratingCount, rowText, trendName } from './reviewText';

export function reviewMarkdown(now: ReviewNow): string {
  const r = now.results;
  const out = [`# ${vscode.l10n.t('Quarterly pacing review: {0}', quarterLabel(r.quarter))}`, ''];
  if (!r.enough) {
    out.push(
      vscode.l10n.t(
        'Not enough ratings yet: {0} of the {1} needed. Results show only from {1} ratings, as distributions, never who.',
        r.ratings,
        r.minGroup,
      ),
    );
    return `${out.join('\n')}\n`;
  }
  out.push(
    vscode.l10n.t(
      '{0}, distributions only. A number stands for at least {1} ratings; smaller groups are merged or left out.',
      ratingCount(r.ratings),
      r.minGroup,
    ),
    '',
    `| ${vscode.l10n.t('Dimension')} | ${vscode.l10n.t('Lights')} | ${vscode.l10n.t('Trends')} | ${vscode.l10n.t('Since last quarter')} |`,
    '| --- | --- | --- | --- |',
  );
  for (const d of r.dimensions) {
    const change = LIGHTS.filter((l) => d.change[l] !== undefined)
      .map((l) => changeText(l, d.change[l]!))
      .join('; ');
    out.push(
      `| ${dimensionName(d.dimension)} | ${rowText(d.lights, lightName)} | ${rowText(d.trends, trendName)} | ${change || '—'} |`,
    );
  }
  const concerns = r.dimensions.filter((d) => d.concern);
  out.push('', `## ${vscode.l10n.t('Where to start')}`, '');
  out.push(
    ...(concerns.length
      ? concerns.map((d) =>
          vscode.l10n.t(
            '- {0}: at least {1} rated it red. Which experiment would the team try?',
            dimensionName(d.dimension),
            r.minGroup,
          ),
        )
      : [vscode.l10n.t('No dimension was rated red by {0} or more.', r.minGroup)]),
  );
  if (now.unreadable.length)
    out.push(
      '',
      vscode.l10n.t(
        'Rating files not counted: {0}',
        now.unreadable.map((u) => `${code(u.path)} (${code(u.problem)})`).join(', '),
      ),
    );
  return `${out.join('\n')}\n`;
}

/** A file's name or problem (written by whoever wrote the file) as a code span: shown, never rendered. */
const code = (s: string) => `\`${inertText(s).replace(/[`\r\n]/g, ' ')}\``;
