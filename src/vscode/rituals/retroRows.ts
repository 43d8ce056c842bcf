// The Office Hours & Reviews view's retrospective across teams: the quarter, rating for one's team, and each team of
// the space — its number of ratings and where it might start only from the minimum group, else "not enough ratings
// yet" with no count at all. Teams alphabetical, never ranked; nothing added up across teams.
import * as vscode from 'vscode';
import { proposals } from '../../core/rituals/reviewRitual';
import { DIMENSIONS } from '../../core/team/teamRating';
import { CommandId } from '../commandIds';
import { plural } from '../plural';
import type { RetroNow } from './retroService';
import { dimensionName, lightName, quarterLabel, quarterName, ratingCount, rowText } from './reviewText';

export type RetroKind = 'retro' | 'retroRate' | 'retroOpen' | 'retroTeam';

export function retroChildren(now: RetroNow): { kind: RetroKind; key: string }[] {
  return [
    { kind: 'retroRate', key: now.results.quarter },
    { kind: 'retroOpen', key: now.results.quarter },
    ...now.results.teams.map((t) => ({ kind: 'retroTeam' as const, key: t.key })),
  ];
}

export function retroItem(item: vscode.TreeItem, kind: RetroKind, key: string, now: RetroNow): void {
  const r = now.results;
  switch (kind) {
    case 'retro': {
      const shown = r.teams.filter((t) => t.results).length;
      item.label = vscode.l10n.t('Retrospective across teams: {0}', quarterName(r.quarter));
      item.description = plural(
        r.teams.length,
        { one: '{1} of 1 team with enough ratings', other: '{1} of {0} teams with enough ratings' },
        r.teams.length,
        shown,
      );
      item.tooltip = `${vscode.l10n.t('Pacing retrospective across teams: {0}', quarterLabel(r.quarter))}\n${vscode.l10n.t(
        'Each team’s ratings are shown only from {0} of its own, as distributions, never who. Nothing is added up across teams, and no team is ranked.',
        r.minGroup,
      )}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      item.contextValue = 'retroQuarter';
      break;
    }
    case 'retroRate':
      item.label = now.mine
        ? vscode.l10n.t('You rated for {0}', now.mine.team)
        : vscode.l10n.t('Rate your team’s pacing across teams…');
      if (now.mine) item.description = vscode.l10n.t('change your rating…');
      item.iconPath = new vscode.ThemeIcon(now.mine ? 'check' : 'edit');
      item.command = { command: CommandId.rateQuarterAcrossTeams, title: vscode.l10n.t('Rate Your Team’s Pacing…') };
      break;
    case 'retroOpen':
      item.label = vscode.l10n.t('Walk through the retrospective together…');
      item.tooltip = vscode.l10n.t(
        'Opens the retrospective’s page for the meeting across teams: last quarter’s actions, each team’s results, what was shared, proposals, the actions agreed and a vote.',
      );
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.command = {
        command: CommandId.openRetroAcrossTeams,
        title: vscode.l10n.t('Open Retrospective Across Teams'),
      };
      break;
    case 'retroTeam': {
      const team = r.teams.find((t) => t.key === key);
      if (!team) break;
      item.label = team.name;
      item.iconPath = new vscode.ThemeIcon('person');
      if (!team.results) {
        item.description = vscode.l10n.t('not enough ratings yet');
        item.tooltip = vscode.l10n.t('Results show from {0} ratings of the team.', r.minGroup);
        break;
      }
      const red = proposals(team.results).map((p) => dimensionName(p.dimension));
      item.description = red.length
        ? vscode.l10n.t('{0} · rated red by {1}+: {2}', ratingCount(team.results.ratings), r.minGroup, red.join(', '))
        : ratingCount(team.results.ratings);
      item.tooltip = DIMENSIONS.map((d) => {
        const result = team.results!.dimensions.find((x) => x.dimension === d)!;
        return `${dimensionName(d)}: ${rowText(result.lights, lightName)}`;
      }).join('\n');
      break;
    }
  }
}
