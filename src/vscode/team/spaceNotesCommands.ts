// Notes Across Teams: the mentorship space's notes, read, searched, annotated and adopted like a team's, and the two
// ways a lesson travels to other teams (a micro-lesson, an experiment report), each through the same preview.
import * as vscode from 'vscode';
import { parseIdArg } from '../../core/commandArgs';
import { ID_PATTERN } from '../../shared/guards';
import { badArgument } from '../badArgument';
import { CommandId } from '../commandIds';
import type { ExperimentService } from '../experiments/experimentService';
import type { ReflectionService } from '../reflection/reflectionService';
import { readyCheck, shareCommands } from './teamCommands';
import { titleCommands } from './teamListCommands';
import type { TeamService } from './teamService';
import type { TeamView } from './teamView';

type Handler = (arg?: unknown) => Promise<boolean>;

export type SpaceNotesCommand =
  | typeof CommandId.showSpaceNotes
  | typeof CommandId.readSpaceNotes
  | typeof CommandId.searchSpaceNotes
  | typeof CommandId.filterSpaceNotes
  | typeof CommandId.clearSpaceNotesFilter
  | typeof CommandId.shareLessonAcrossTeams
  | typeof CommandId.shareExperimentAcrossTeams;

export function spaceNotesCommands(
  space: TeamService,
  view: TeamView,
  reflections: ReflectionService,
  experiments: ExperimentService,
): Record<SpaceNotesCommand, Handler> {
  const ready = readyCheck(space);
  const share = shareCommands(space, view, reflections, experiments, ready, {
    lesson: CommandId.shareLessonAcrossTeams,
    experiment: CommandId.shareExperimentAcrossTeams,
  });
  const title = titleCommands({ view, ready }, () => ({
    search: vscode.l10n.t('Search Notes Across Teams'),
    filter: vscode.l10n.t('Filter Notes Across Teams'),
  }));
  return {
    [CommandId.showSpaceNotes]: async () => {
      if (!(await ready())) return false;
      await view.show();
      return true;
    },
    [CommandId.readSpaceNotes]: async () => {
      if (!(await ready())) return false;
      await space.load();
      return true;
    },
    [CommandId.searchSpaceNotes]: title.search,
    [CommandId.filterSpaceNotes]: title.filter,
    [CommandId.clearSpaceNotesFilter]: title.clear,
    [CommandId.shareLessonAcrossTeams]: share.lesson,
    [CommandId.shareExperimentAcrossTeams]: share.experiment,
  };
}

/**
 * Share with Other Teams… on one of the user's own team notes: a copy through the space's preview (the anonymizer runs
 * again). Only one's own: a teammate shared theirs with the team, not with other teams.
 */
export function shareNoteAcrossTeams(team: TeamService, space: TeamService, spaceView: TeamView): Handler {
  return async (arg) => {
    const id = parseIdArg(arg, ID_PATTERN);
    if (typeof id !== 'string')
      return badArgument(CommandId.shareNoteAcrossTeams, '{ "id": "…" } of one of your notes');
    await team.start();
    const entry = team.board.notes.find((n) => n.note.id === id);
    if (!entry || !team.own.has(id)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Pacewise: only a note you shared in this workspace can be shared with other teams.'),
      );
      return false;
    }
    if (!(await readyCheck(space)())) return false;
    await spaceView.showDraft((await space.draftCopy(entry.note)).id);
    return true;
  };
}
