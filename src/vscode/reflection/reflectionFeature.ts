// The weekly reflection and micro-lessons (dist/reflection.js): loaded with the sidebar, team notes or an experiment
// command, all of which read the journal.
import type * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { BaseServices, FeatureCommands } from '../featureServices';
import { ReflectionService, reflectOnWeekCommand } from './reflectionService';

export interface ReflectionFeature extends vscode.Disposable {
  service: ReflectionService;
  commands: FeatureCommands<typeof CommandId.reflectOnWeek>;
}

export function createReflection(base: BaseServices): ReflectionFeature {
  const service = new ReflectionService(base.store, base.wip, base.settings, () => base.controller.view().doc);
  return {
    service,
    commands: { [CommandId.reflectOnWeek]: reflectOnWeekCommand(service, () => base.showSidebar('week')) },
    dispose: () => service.dispose(),
  };
}
