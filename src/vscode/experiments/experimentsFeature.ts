// The experiment commands (dist/experiments.js): the running experiment itself is startup's (it sets the WIP limit);
// starting, concluding and the lessons export load here on first use.
import type * as vscode from 'vscode';
import type { TemplateId } from '../../core/experiments/experimentTemplates';
import type { BaseServices, FeatureCommands } from '../featureServices';
import type { ReflectionService } from '../reflection/reflectionService';
import type { CommandId } from '../commandIds';
import { experimentCommands, startExperimentFlow } from './experimentCommands';
import { ExperimentTracker } from './experimentProgress';

export interface ExperimentsFeature extends vscode.Disposable {
  /** Progress, the result at the end, the cooling-off hint: read from the history. */
  tracker: ExperimentTracker;
  commands: FeatureCommands<
    | typeof CommandId.startExperiment
    | typeof CommandId.showExperiment
    | typeof CommandId.concludeExperiment
    | typeof CommandId.abandonExperiment
    | typeof CommandId.exportLessons
  >;
  /** Start Experiment with a template chosen and a hypothesis filled in (adopting a note, an Insights signal). */
  startWith(template: TemplateId, hypothesis: string): Promise<boolean>;
}

export function createExperiments(base: BaseServices, reflections: ReflectionService): ExperimentsFeature {
  const tracker = new ExperimentTracker(base.experiments, base.store);
  const start = startExperimentFlow(base.experiments, tracker, base.showSidebar);
  return {
    tracker,
    commands: experimentCommands(base.experiments, tracker, reflections, base.showSidebar),
    startWith: (template, hypothesis) => start(undefined, { template, hypothesis }),
    dispose: () => tracker.dispose(),
  };
}
