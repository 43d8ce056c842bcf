// The Office Hours & Reviews view's quarterly review section: the quarter, how many rated, rating (or changing one's
// rating), and — only from the minimum group — each dimension's distribution, in words, with its colour as an icon.
import * as vscode from 'vscode';
import { Dimension, Light, LIGHTS } from '../../core/team/teamRating';
import type { DimensionResult } from '../../core/rituals/reviewResults';
import { CommandId } from '../commandIds';
import { formatDate } from '../mentorship/mentorshipText';
import { plural } from '../plural';
import type { ReviewNow } from './reviewService';
import {
  changeText,
  dimensionName,
  lightName,
  quarterLabel,
  quarterName,
  ratingCount,
  rowText,
  trendName,
} from './reviewText';

export type ReviewKind =
  'review' | 'reviewRate' | 'reviewOpen' | 'reviewWaiting' | 'reviewDimension' | 'reviewUnreadable';

// Chart colours: every theme, high contrast included, defines them to be told apart.
const LIGHT_COLOR: Record<Light, string> = { green: 'charts.green', amber: 'charts.yellow', red: 'charts.red' };

/** The section's rows under its heading. */
export function reviewChildren(now: ReviewNow): { kind: ReviewKind; key: string }[] {
  const r = now.results;
  const rows: { kind: ReviewKind; key: string }[] = [];
  // Before the offer, with nothing rated yet, the heading alone says when it comes.
  if (!now.window.offered && !r.ratings && !now.unreadable.length) return rows;
  if (now.window.offered || now.mine) rows.push({ kind: 'reviewRate', key: r.quarter });
  // The meeting's page, once there is something to meet about.
  if (now.window.offered || r.ratings) rows.push({ kind: 'reviewOpen', key: r.quarter });
  if (!r.enough) rows.push({ kind: 'reviewWaiting', key: r.quarter });
  else rows.push(...r.dimensions.map((d) => ({ kind: 'reviewDimension' as const, key: d.dimension })));
  if (now.unreadable.length) rows.push({ kind: 'reviewUnreadable', key: r.quarter });
  return rows;
}

export function reviewItem(item: vscode.TreeItem, kind: ReviewKind, key: string, now: ReviewNow): void {
  const r = now.results;
  switch (kind) {
    case 'review':
      item.label = vscode.l10n.t('Quarterly review: {0}', quarterName(r.quarter));
      item.description = now.window.offered
        ? ratingCount(r.ratings)
        : vscode.l10n.t('offered from {0}', formatDate(now.window.opensOn));
      item.tooltip = `${vscode.l10n.t('Quarterly pacing review: {0}', quarterLabel(r.quarter))}\n${vscode.l10n.t(
        'Each person rates six pacing dimensions privately: a colour and an arrow, no name, no words. Results show from {0} ratings, as distributions only.',
        r.minGroup,
      )}`;
      item.iconPath = new vscode.ThemeIcon('pulse');
      if (reviewChildren(now).length) {
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        // A new id once it has rows: VS Code keeps a known row's state, and the row it knew had none to show.
        item.id = `${item.id}:open`;
      }
      item.contextValue = 'reviewQuarter';
      break;
    case 'reviewRate':
      item.label = now.mine
        ? vscode.l10n.t('You rated this quarter')
        : vscode.l10n.t('Rate your team’s pacing (under a minute)…');
      item.description = now.mine ? vscode.l10n.t('change your rating…') : undefined;
      item.iconPath = new vscode.ThemeIcon(now.mine ? 'check' : 'edit');
      item.command = { command: CommandId.rateQuarter, title: vscode.l10n.t('Rate This Quarter’s Pacing…') };
      break;
    case 'reviewOpen':
      item.label = vscode.l10n.t('Walk through the review together…');
      item.tooltip = vscode.l10n.t(
        'Opens the review page for the meeting: last quarter’s actions, the results, what the team tried, proposals, the actions agreed and a vote.',
      );
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.command = { command: CommandId.openQuarterlyReview, title: vscode.l10n.t('Open Quarterly Review') };
      break;
    case 'reviewWaiting':
      item.label = vscode.l10n.t('Not enough ratings yet');
      item.description = plural(
        r.minGroup - r.ratings,
        { one: '1 more needed, results show from {1}', other: '{0} more needed, results show from {1}' },
        r.minGroup - r.ratings,
        r.minGroup,
      );
      item.tooltip = vscode.l10n.t(
        'Until {0} people have rated, the review shows nothing of the ratings but their number — never who rated, never one person’s colours.',
        r.minGroup,
      );
      item.iconPath = new vscode.ThemeIcon('lock');
      break;
    case 'reviewDimension': {
      const d = r.dimensions.find((x) => x.dimension === (key as Dimension))!;
      item.label = dimensionName(d.dimension);
      item.description = rowText(d.lights, lightName, true);
      item.tooltip = new vscode.MarkdownString().appendText(dimensionTooltip(d));
      const top = d.concern ? 'red' : topLight(d);
      item.iconPath = top
        ? new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(LIGHT_COLOR[top]))
        : new vscode.ThemeIcon('circle-outline');
      item.contextValue = d.concern ? 'reviewConcern' : 'reviewDimension';
      break;
    }
    case 'reviewUnreadable':
      item.label = plural(
        now.unreadable.length,
        { one: '1 rating file could not be read', other: '{0} rating files could not be read' },
        now.unreadable.length,
      );
      item.description = vscode.l10n.t('not counted');
      item.tooltip = new vscode.MarkdownString().appendText(
        now.unreadable.map((u) => `${u.path}: ${u.problem}`).join('\n'),
      );
      item.iconPath = new vscode.ThemeIcon('warning');
      break;
  }
}

/** The colour most ratings shown on their own have (a tie or nothing shown on its own: none). */
function topLight(d: DimensionResult): Light | undefined {
  const shown = [...d.lights.shown].filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  if (!shown.length || (shown[1] && shown[1].count === shown[0].count)) return undefined;
  if (d.lights.merged && d.lights.merged.count >= shown[0].count) return undefined;
  return shown[0].key;
}

function dimensionTooltip(d: DimensionResult): string {
  const change = LIGHTS.filter((l) => d.change[l] !== undefined).map((l) => changeText(l, d.change[l]!));
  return [
    `${dimensionName(d.dimension)}: ${rowText(d.lights, lightName)}`,
    vscode.l10n.t('Trends: {0}', rowText(d.trends, trendName)),
    ...change,
    ...(d.concern ? [vscode.l10n.t('Enough people rated it red to try an experiment on it.')] : []),
  ].join('\n');
}
