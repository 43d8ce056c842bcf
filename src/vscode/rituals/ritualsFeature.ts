// Rituals between teams (dist/rituals.js): rotating office hours, read from the mentorship space's charter and peaks,
// and the pacing challenge each team brings — loaded when the Office Hours & Reviews view is first shown or one of
// its commands runs. The space comes from the Mentoring feature; drafts and previews from Notes Across Teams.
import type * as vscode from 'vscode';
import type { FeatureCommands } from '../featureServices';
import type { MentorshipFeature } from '../mentorship/mentorshipFeature';
import type { TeamFeature } from '../team/teamFeature';
import { OfficeHoursNow, officeHoursNow } from '../../core/rituals/officeHoursNow';
import { OfficeHoursCommand, officeHoursCommands } from './officeHoursCommands';
import { RitualsNode, RitualsTree } from './ritualsTree';

export interface RitualsFeature extends vscode.Disposable {
  commands: FeatureCommands<OfficeHoursCommand>;
  createTree(view: vscode.TreeView<RitualsNode>): RitualsTree;
}

export function createRituals(mentorship: MentorshipFeature, team: () => TeamFeature): RitualsFeature {
  const service = mentorship.service;
  // The schedule is computed from the charter's start (up to ~200 ms for 40 teams after ten years of peaks): once per
  // read of the space, team and week, not on every look at the view.
  let last: { space: object; team?: string; week: string; now: OfficeHoursNow } | undefined;
  const now = (): OfficeHoursNow => {
    if (service.state.kind !== 'ready') return { kind: 'notSetUp' };
    const space = service.state.space;
    const team = service.own()?.team;
    const week = service.thisWeek();
    if (last?.space !== space || last.team !== team || last.week !== week)
      last = { space, team, week, now: officeHoursNow(space, team, week) };
    return last.now;
  };
  return {
    commands: officeHoursCommands(service, team, now),
    createTree: (view) => new RitualsTree(view, service, now),
    dispose: () => undefined,
  };
}
