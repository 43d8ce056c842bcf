// Team notes (dist/team.js): the service over `.pacewise/`, the Team notes view and the share commands, loaded when
// the view is first shown or a share command runs.
import type * as vscode from 'vscode';
import type { CommandId } from '../commandIds';
import type { BaseServices, FeatureCommands } from '../featureServices';
import type { ReflectionService } from '../reflection/reflectionService';
import type { TeamFilterModel, TeamModel } from '../../shared/teamProtocol';
import { teamCommands } from './teamCommands';
import { teamModel } from './teamModel';
import { TeamService } from './teamService';
import { Adopt, TeamView } from './teamView';
import type { TeamListCommand } from './teamListCommands';

export interface TeamFeature extends vscode.Disposable {
  service: TeamService;
  view: TeamView;
  commands: FeatureCommands<
    | typeof CommandId.showTeamNotes
    | typeof CommandId.shareLesson
    | typeof CommandId.shareExperiment
    | typeof CommandId.askMentors
    | typeof CommandId.readTeamNotes
    | typeof CommandId.withdrawNote
    | TeamListCommand
  >;
  /** The Team notes view's snapshot for a filter, with a note or a draft open when given (the test API). */
  snapshot(filter?: Partial<TeamFilterModel>, detailId?: string, draftId?: string): Promise<TeamModel>;
}

export function createTeam(base: BaseServices, reflections: ReflectionService, adopt: Adopt): TeamFeature {
  const service = new TeamService(base.store, base.secrets, reflections, base.experiments, base.settings);
  const view = new TeamView(base.extensionUri, service, adopt);
  return {
    service,
    view,
    commands: teamCommands(service, view, reflections, base.experiments, () => base.settings.mentorshipSpaceSet()),
    snapshot: async (filter, detailId, draftId) => {
      // As the view shows it once git has said who added the notes (the aggregates wait for that).
      await service.noteContributors();
      return teamModel(service, {
        filter: { query: '', kind: '', template: '', outcome: '', ...filter },
        detailId,
        draftId,
      });
    },
    dispose: () => {
      view.dispose();
      service.dispose();
    },
  };
}
