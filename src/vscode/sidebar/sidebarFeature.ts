// The sidebar's bundle (dist/sidebar.js): loaded when the Pacewise view is first shown. The features it composes
// (pacing questions, git, the reflection) come in already built, each from its own bundle.
import type * as vscode from 'vscode';
import type { BaseServices } from '../featureServices';
import type { ExperimentTracker } from '../experiments/experimentProgress';
import type { GitSignals } from '../git/gitSignals';
import { FocusTrend } from '../insights/focusTrend';
import type { PromptService } from '../prompts/promptService';
import type { ReflectionService } from '../reflection/reflectionService';
import { SidebarViewProvider } from './sidebarView';

export interface SidebarFeature extends vscode.Disposable {
  view: SidebarViewProvider;
}

export function createSidebar(
  base: BaseServices,
  uses: { prompts: PromptService; git: GitSignals; reflections: ReflectionService; tracker: ExperimentTracker },
): SidebarFeature {
  const trend = new FocusTrend(base.store);
  const view = new SidebarViewProvider(
    base.extensionUri,
    base.controller,
    base.settings,
    base.wip,
    uses.prompts,
    uses.git,
    {
      reflections: uses.reflections,
      experiments: base.experiments,
      tracker: uses.tracker,
      trend,
    },
  );
  return {
    view,
    dispose: () => {
      view.dispose();
      trend.dispose();
    },
  };
}
