// The weekly reflection and micro-lessons (dist/reflection.js): loaded with the sidebar, team notes or an experiment
// command, all of which read the journal.
import type * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import { parseIdArg } from '../../core/commandArgs';
import { ID_PATTERN } from '../../shared/guards';
import { badArgument } from '../badArgument';
import type { BaseServices, FeatureCommands } from '../featureServices';
import { ReflectionService, reflectOnWeekCommand } from './reflectionService';

export interface ReflectionFeature extends vscode.Disposable {
  service: ReflectionService;
  commands: FeatureCommands<typeof CommandId.reflectOnWeek | typeof CommandId.editLesson>;
}

export function createReflection(base: BaseServices): ReflectionFeature {
  const service = new ReflectionService(base.store, base.wip, base.settings, () => base.controller.view().doc);
  return {
    service,
    commands: {
      [CommandId.reflectOnWeek]: reflectOnWeekCommand(service, () => base.showSidebar('reflection')),
      // From the Micro-Lessons view: the lesson opens in This Week's editor, the keyboard in it.
      [CommandId.editLesson]: async (arg?: unknown) => {
        const id = parseIdArg(arg, ID_PATTERN);
        if (typeof id !== 'string') return badArgument(CommandId.editLesson, '{ "id": "…" }');
        await service.start();
        if (!service.doc.lessons.some((l) => l.id === id))
          return badArgument(CommandId.editLesson, 'an existing lesson id');
        service.editLesson(id);
        await base.showSidebar('lesson');
        return true;
      },
    },
    dispose: () => service.dispose(),
  };
}
