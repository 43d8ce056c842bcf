import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { SidebarAction, WebviewMessage } from '../../shared/protocol';
import { assertNever } from '../../shared/guards';
import { CommandId, SIDEBAR_VIEW_IDS } from '../commandIds';
import type { ExperimentService } from '../experiments/experimentService';
import type { PromptService } from '../prompts/promptService';
import type { ReflectionService } from '../reflection/reflectionService';

const ACTION_COMMANDS: Record<Exclude<SidebarAction, 'pauseExperiment' | 'resumeExperiment'>, [string, unknown?]> = {
  start: [CommandId.startFocusSession],
  pause: [CommandId.pauseSession],
  resume: [CommandId.resumeSession],
  stop: [CommandId.stopSession],
  extend: [CommandId.extendSession],
  startBreak: [CommandId.startBreak],
  skipBreak: [CommandId.skipBreak],
  logInterruption: [CommandId.logInterruption],
  checkIn: [CommandId.checkIn],
  suggestPrompt: [CommandId.suggestPrompt],
  startExperiment: [CommandId.startExperiment],
  concludeExperiment: [CommandId.concludeExperiment],
  abandonExperiment: [CommandId.abandonExperiment],
  showInsights: [CommandId.showInsights],
  showWeek: [`${SIDEBAR_VIEW_IDS.week}.focus`],
  walkthrough: ['workbench.action.openWalkthrough', 'pacewise.pacewise#pacewise.gettingStarted'],
};

export interface SidebarIntentServices {
  prompts: PromptService;
  reflections: ReflectionService;
  experiments: ExperimentService;
}

/**
 * Carries out what a sidebar view asked for (already validated by parseWebviewMessage): buttons map to the same
 * commands as the palette, so every action has one implementation. Resolves to what the view should say once
 * (a confirmation), if anything.
 */
export async function carryOut(
  msg: Exclude<WebviewMessage, { type: 'ready' }>,
  uses: SidebarIntentServices,
): Promise<string | undefined> {
  switch (msg.type) {
    case 'action': {
      if (msg.action === 'pauseExperiment' || msg.action === 'resumeExperiment') {
        const type = msg.action === 'pauseExperiment' ? 'pause' : 'resume';
        await uses.experiments.run({ type }).catch(failed);
        return undefined;
      }
      const [command, arg] = ACTION_COMMANDS[msg.action];
      void vscode.commands.executeCommand(command, arg);
      return undefined;
    }
    case 'prompt':
      await uses.prompts.react(msg.reaction);
      return undefined;
    case 'share':
      // A lesson is shared from the Micro-Lessons view (a command); from a page, only a finished experiment.
      void vscode.commands.executeCommand(CommandId.shareExperiment, { id: msg.id });
      return undefined;
    case 'reflection':
    case 'saveReflection':
    case 'lesson':
      return reflect(msg, uses.reflections).catch((err) => {
        failed(err);
        return undefined;
      });
    default:
      return assertNever(msg);
  }
}

async function reflect(
  msg: Extract<WebviewMessage, { type: 'reflection' | 'saveReflection' | 'lesson' }>,
  r: ReflectionService,
): Promise<string | undefined> {
  if (msg.type === 'saveReflection') {
    const saved = await r.save(msg.week, msg.answers);
    if (!saved.ok) return refused(saved.problem);
    return vscode.l10n.t('Reflection saved on this machine.');
  }
  if (msg.type === 'lesson' && (msg.op === 'edit' || msg.op === 'close')) {
    r.editLesson(msg.op === 'edit' ? msg.id : undefined);
    return undefined;
  }
  if (msg.type === 'lesson') {
    const done =
      msg.op === 'save'
        ? await r.saveLesson(msg.id, msg.text)
        : { ok: true as const, value: (await r.run({ type: 'discardLesson', id: msg.id })).refusal };
    if (!done.ok) return refused(done.problem);
    if (done.value === 'notFound') return refused(vscode.l10n.t('that draft no longer exists'));
    return msg.op === 'save'
      ? vscode.l10n.t('Micro-lesson draft saved.')
      : vscode.l10n.t('Micro-lesson draft discarded.');
  }
  if (msg.op === 'open' || msg.op === 'close') {
    r.setOpen(msg.week, msg.op === 'open');
    return undefined;
  }
  if (msg.op === 'skip') {
    await r.run({ type: 'skipReflection', week: msg.week });
    return undefined;
  }
  const drafted = await r.run({ type: 'draftLesson', week: msg.week });
  if (drafted.refusal === 'notFound') return refused(vscode.l10n.t('save the reflection first'));
  return vscode.l10n.t('Micro-lesson draft ready to edit.');
}

function refused(problem: string): undefined {
  void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: nothing was saved — {0}.', inertText(problem)));
  return undefined;
}

function failed(err: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Pacewise could not save: {0}', inertText(String(err))));
}
