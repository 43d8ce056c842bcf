// Rituals between teams (dist/rituals.js): rotating office hours, read from the mentorship space's charter and peaks,
// and the pacing challenge each team brings — loaded when the Office Hours & Reviews view is first shown or one of
// its commands runs. The space comes from the Mentoring feature; drafts and previews from Notes Across Teams.
import type * as vscode from 'vscode';
import type { FeatureCommands } from '../featureServices';
import type { MentorshipFeature } from '../mentorship/mentorshipFeature';
import type { TeamFeature } from '../team/teamFeature';
import { officeHoursNow } from '../../core/rituals/officeHoursNow';
import { OfficeHoursCommand, officeHoursCommands } from './officeHoursCommands';
import { RitualsNode, RitualsTree } from './ritualsTree';

export interface RitualsFeature extends vscode.Disposable {
  commands: FeatureCommands<OfficeHoursCommand>;
  createTree(view: vscode.TreeView<RitualsNode>): RitualsTree;
}

export function createRituals(mentorship: MentorshipFeature, team: () => TeamFeature): RitualsFeature {
  const service = mentorship.service;
  const now = () =>
    service.state.kind === 'ready'
      ? officeHoursNow(service.state.space, service.own()?.team, service.thisWeek())
      : ({ kind: 'notSetUp' } as const);
  return {
    commands: officeHoursCommands(service, team, now),
    createTree: (view) => new RitualsTree(view, service, now),
    dispose: () => undefined,
  };
}
