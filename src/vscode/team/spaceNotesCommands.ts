// Notes Across Teams: the mentorship space's notes, read, searched, annotated and adopted like a team's, and the two
// ways a lesson travels to other teams (a micro-lesson, an experiment report), each through the same preview.
import * as vscode from 'vscode';
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
