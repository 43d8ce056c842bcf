// Mentoring across teams (dist/mentorship.js): the space, the Mentoring view and its commands, loaded when the view
// is first shown or one of its commands runs.
import type * as vscode from 'vscode';
import type { BaseServices } from '../featureServices';
import { mentoringCommands } from './mentoringCommands';
import { MentoringNode, MentoringTree } from './mentoringTree';
import { MentorshipService } from './mentorshipService';

export interface MentorshipFeature extends vscode.Disposable {
  service: MentorshipService;
  commands: ReturnType<typeof mentoringCommands>;
  createTree(view: vscode.TreeView<MentoringNode>): MentoringTree;
}

export function createMentorship(base: BaseServices): MentorshipFeature {
  const service = new MentorshipService(base.settings, base.globalState);
  return {
    service,
    commands: mentoringCommands(service),
    createTree: (view) => new MentoringTree(view, service),
    dispose: () => service.dispose(),
  };
}
