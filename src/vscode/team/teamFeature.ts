// Team notes (dist/team.js): the service over `.pacewise/`, the Team notes view and the share commands — and the same
// over the mentorship space's `.pacewise/` (Notes Across Teams) — loaded when a view is first shown or a command runs.
import type * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { BaseServices, FeatureCommands } from '../featureServices';
import type { ReflectionService } from '../reflection/reflectionService';
import type { TeamFilterModel, TeamModel } from '../../shared/teamProtocol';
import { spacePlace, teamPlace } from './notesPlace';
import { shareNoteAcrossTeams, SpaceNotesCommand, spaceNotesCommands } from './spaceNotesCommands';
import { readyCheck, teamCommands, withdrawCommand } from './teamCommands';
import { rowCommands, TeamRowCommand } from './teamListCommands';
import { teamModel } from './teamModel';
import { TeamService } from './teamService';
import { Adopt, TeamView } from './teamView';

/** One place's service and view. */
export interface NotesOfPlace {
  service: TeamService;
  view: TeamView;
  /** The view's snapshot for a filter, with a note or a draft open when given (the test API). */
  snapshot(filter?: Partial<TeamFilterModel>, detailId?: string, draftId?: string): Promise<TeamModel>;
}

export interface TeamFeature extends vscode.Disposable, NotesOfPlace {
  /** Notes across teams: the mentorship space's `.pacewise/`. */
  space: NotesOfPlace;
  commands: FeatureCommands<
    | typeof CommandId.showTeamNotes
    | typeof CommandId.shareLesson
    | typeof CommandId.shareExperiment
    | typeof CommandId.askMentors
    | typeof CommandId.readTeamNotes
    | typeof CommandId.withdrawNote
    | typeof CommandId.searchTeamNotes
    | typeof CommandId.filterTeamNotes
    | typeof CommandId.clearTeamNotesFilter
    | typeof CommandId.shareNoteAcrossTeams
    | TeamRowCommand
    | SpaceNotesCommand
  >;
}

export function createTeam(base: BaseServices, reflections: ReflectionService, adopt: Adopt): TeamFeature {
  const ofPlace = (place: ReturnType<typeof teamPlace>): NotesOfPlace => {
    const service = new TeamService(base.store, base.secrets, reflections, base.experiments, place);
    const view = new TeamView(base.extensionUri, service, adopt);
    return {
      service,
      view,
      snapshot: async (filter, detailId, draftId) => {
        // As the view shows it once git has said who added the notes (the aggregates wait for that).
        await service.noteContributors();
        return teamModel(service, {
          filter: { query: '', kind: '', template: '', outcome: '', ...filter },
          detailId,
          draftId,
        });
      },
    };
  };
  const team = ofPlace(teamPlace(base.settings));
  const space = ofPlace(spacePlace());
  const places = [team, space].map((p) => ({ team: p.service, view: p.view, ready: readyCheck(p.service) }));
  return {
    ...team,
    space,
    commands: {
      ...teamCommands(team.service, team.view, reflections, base.experiments, () => base.settings.mentorshipSpaceSet()),
      ...spaceNotesCommands(space.service, space.view, reflections, base.experiments),
      ...rowCommands(places),
      [CommandId.withdrawNote]: withdrawCommand(places),
      [CommandId.shareNoteAcrossTeams]: shareNoteAcrossTeams(team.service, space.service, space.view),
    },
    dispose: () => {
      for (const p of [team, space]) {
        p.view.dispose();
        p.service.dispose();
      }
    },
  };
}
