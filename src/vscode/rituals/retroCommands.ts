// The retrospective across the teams of the mentorship space, from the palette and the view: rate the quarter for
// one's team (the same six picks, the file shown before it is written to the space) and the per-team results as
// Markdown for the meeting.
import * as vscode from 'vscode';
import { teamKey } from '../../core/mentorship/profile';
import { badArgument } from '../badArgument';
import { CommandId } from '../commandIds';
import type { CommandHandler } from '../featureServices';
import { needSpace } from '../mentorship/mentoringCommands';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { readyCheck } from '../team/teamCommands';
import type { TeamService } from '../team/teamService';
import { pickRatings, ratingLines, writeRating } from './ratingPicks';
import { retroMarkdown } from './retroMarkdown';
import type { RetroService } from './retroService';
import type { ReviewPanel } from './reviewPanel';
import { quarterLabel } from './reviewText';

export type RetroCommand =
  | typeof CommandId.rateQuarterAcrossTeams
  | typeof CommandId.exportRetroAcrossTeams
  | typeof CommandId.openRetroAcrossTeams;

/** Nothing, or the row a view's command passes (`{ id }`); anything else is refused. */
const plainArg = (arg: unknown) =>
  arg === undefined || (typeof arg === 'object' && arg !== null && Object.keys(arg).join() === 'id');

export function retroCommands(
  retro: RetroService,
  mentorship: MentorshipService,
  space: () => TeamService,
  page: () => ReviewPanel,
): Record<RetroCommand, CommandHandler> {
  /** The space read, both as the mentorship space (its teams) and as a notes place (its ratings). */
  const ready = async () => (await needSpace(mentorship)) && (await readyCheck(space())());
  return {
    [CommandId.openRetroAcrossTeams]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.openRetroAcrossTeams, 'nothing');
      if (!(await ready())) return false;
      page().show();
      return true;
    },
    [CommandId.rateQuarterAcrossTeams]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.rateQuarterAcrossTeams, 'nothing');
      if (!(await ready())) return false;
      const team = await whichTeam(retro);
      if (!team) return false;
      const quarter = retro.quarter;
      const ratings = await pickRatings(quarter);
      if (!ratings) return false;
      const write = vscode.l10n.t('Write Rating');
      const now = retro.now();
      const answer = await vscode.window.showInformationMessage(
        now.mine
          ? vscode.l10n.t('Replace your rating for the retrospective across teams, {0}?', quarterLabel(quarter))
          : vscode.l10n.t('Write your rating for the retrospective across teams, {0}?', quarterLabel(quarter)),
        {
          modal: true,
          detail: [
            vscode.l10n.t('Team: {0}', team),
            ratingLines(ratings),
            vscode.l10n.t(
              'The file in the mentorship space holds the quarter, your team and these colours and arrows — no name, no date, no words. A team’s results show only from {0} of its ratings, and never who.',
              now.results.minGroup,
            ),
            vscode.l10n.t(
              'Every team reads the space, and git records who commits a file and when: commit your team’s ratings together, or let one person commit them.',
            ),
          ].join('\n\n'),
        },
        write,
      );
      if (answer !== write) return false;
      return writeRating(async () => {
        const done = await retro.rate(team, ratings);
        return done.left
          ? vscode.l10n.t(
              'Wrote {0} in the mentorship space. Your earlier rating {1} could not be deleted: delete it yourself.',
              done.path,
              done.left,
            )
          : vscode.l10n.t(
              'Wrote {0} in the mentorship space. Commit it with your team’s other ratings and push.',
              done.path,
            );
      });
    },
    [CommandId.exportRetroAcrossTeams]: async (arg) => {
      if (!plainArg(arg)) return badArgument(CommandId.exportRetroAcrossTeams, 'nothing');
      if (!(await ready())) return false;
      const doc = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: retroMarkdown(retro.meeting()),
      });
      await vscode.window.showTextDocument(doc);
      return true;
    },
  };
}

/** The team to rate for: the user's profile's, else one of the space's teams picked; undefined when there is none. */
async function whichTeam(retro: RetroService): Promise<string | undefined> {
  const own = retro.ownTeam();
  if (own) return own;
  const names = new Map<string, string>();
  for (const t of retro.teams()) if (!names.has(teamKey(t))) names.set(teamKey(t), t.trim());
  if (!names.size) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'The space names no teams yet. Teams come from the charter’s office hours, participants’ profiles and team files.',
      ),
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    [...names.values()].sort((a, b) => a.localeCompare(b)),
    {
      title: vscode.l10n.t('Which team are you rating for?'),
      placeHolder: vscode.l10n.t('Your team, as the mentorship space names it'),
    },
  );
  return picked;
}
