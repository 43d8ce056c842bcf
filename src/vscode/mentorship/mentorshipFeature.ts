// Mentoring across teams (dist/mentorship.js): the space, the Mentoring view and its commands, this user's
// check-ins and what is said at natural boundaries — loaded when the view is first shown, one of its commands runs,
// or a boundary comes for someone whose user settings name a space.
import type * as vscode from 'vscode';
import type { BaseServices } from '../featureServices';
import { CheckInPrompts } from './checkInPrompts';
import { CheckInService } from './checkInService';
import { mentoringCommands } from './mentoringCommands';
import { MentoringNode, MentoringTree } from './mentoringTree';
import { MentorshipService } from './mentorshipService';

export interface MentorshipFeature extends vscode.Disposable {
  service: MentorshipService;
  checkIns: CheckInService;
  prompts: CheckInPrompts;
  commands: ReturnType<typeof mentoringCommands>;
  createTree(view: vscode.TreeView<MentoringNode>): MentoringTree;
}

export function createMentorship(base: BaseServices): MentorshipFeature {
  const service = new MentorshipService(base.settings, base.globalState);
  const checkIns = new CheckInService(service, base.store);
  return {
    service,
    checkIns,
    prompts: new CheckInPrompts(service, checkIns, base.store, base.activity),
    commands: mentoringCommands(service, checkIns),
    createTree: (view) => new MentoringTree(view, service, checkIns),
    dispose: () => {
      checkIns.dispose();
      service.dispose();
    },
  };
}
