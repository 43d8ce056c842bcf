// The pacing questions' bundle (dist/prompts.js): loaded at the first natural boundary (a session's end, a typing
// pause after the first edit), the sidebar, or one of its commands.
import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { BaseServices, FeatureCommands } from '../featureServices';
import type { GitSignals } from '../git/gitSignals';
import { PromptService } from './promptService';

export interface PromptsFeature extends vscode.Disposable {
  service: PromptService;
  commands: FeatureCommands<typeof CommandId.suggestPrompt | typeof CommandId.resetPrompts>;
}

export function createPrompts(base: BaseServices, git: GitSignals): PromptsFeature {
  const service = new PromptService(
    base.extensionUri,
    base.globalState,
    base.store,
    base.controller,
    base.wip,
    base.settings,
    git,
    base.activity,
    () => base.wipLimit(),
  );
  return {
    service,
    commands: {
      [CommandId.suggestPrompt]: async () => {
        const shown = await service.suggest(true);
        if (shown) await base.showSidebar('prompt');
        return shown;
      },
      [CommandId.resetPrompts]: async () => {
        await service.reset();
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Pacewise: pacing questions start afresh — weights, quiet period and snooze forgotten.'),
        );
        return true;
      },
    },
    dispose: () => service.dispose(),
  };
}
