import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import {
  parseBreakArgs,
  parseExtendArgs,
  parseInterruptionArgs,
  parseStartArgs,
  Parsed,
  sanitizeIntent,
} from '../../core/commandArgs';
import { isRunning, Refusal, TimerCommand } from '../../core/focus/timer';
import { INTERRUPTION_KINDS, InterruptionKind } from '../../core/types';
import { CommandId } from '../commandIds';
import { FocusController } from './focusController';
import { SettingsReader } from '../settingsReader';
import { todayDetails } from './todayText';
import { plural } from '../plural';

const LENGTHS = [25, 50, 90];

function refusalMessage(refusal: Refusal): string {
  switch (refusal) {
    case 'alreadyRunning':
      return vscode.l10n.t('A focus session is already running (perhaps started in another window).');
    case 'onBreak':
      return vscode.l10n.t('A break is already running.');
    case 'noSession':
      return vscode.l10n.t('No focus session is running.');
    case 'notRunning':
      return vscode.l10n.t('The focus session is already paused.');
    case 'notPaused':
      return vscode.l10n.t('The focus session is not paused.');
    case 'noBreak':
      return vscode.l10n.t('No break to skip.');
    case 'noGap':
      return vscode.l10n.t('There is no unseen time to decide about.');
    case 'noAway':
      return vscode.l10n.t('There is no away time to count.');
  }
}

export function interruptionLabel(kind: InterruptionKind): string {
  return {
    meeting: vscode.l10n.t('Meeting'),
    message: vscode.l10n.t('Message or chat'),
    urgentRequest: vscode.l10n.t('Urgent request'),
    negotiableRequest: vscode.l10n.t('Negotiable request'),
    contextSwitch: vscode.l10n.t('Context switch'),
    other: vscode.l10n.t('Other'),
  }[kind];
}

/**
 * Registers the focus commands. Each validates its arguments (other extensions and command URIs can pass anything)
 * and either changes the timer or says clearly why not.
 */
export function registerFocusCommands(
  controller: FocusController,
  settings: SettingsReader,
  /** The work item being worked on now, if any: a session is tied to it, and takes its title when given no intent. */
  currentWork: () => { id: string; title: string } | undefined = () => undefined,
): vscode.Disposable[] {
  const run = async (cmd: TimerCommand): Promise<boolean> => {
    await controller.ready;
    const result = await controller.run(cmd).catch(() => undefined);
    if (result?.refusal) void vscode.window.showInformationMessage(refusalMessage(result.refusal));
    return result !== undefined && !result.refusal;
  };
  const valid = <T>(command: string, parsed: Parsed<T>): parsed is { ok: true; value: T } => {
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('{0}: invalid argument, {1}. Nothing was changed.', command, inertText(parsed.problem)),
      );
    }
    return parsed.ok;
  };

  const startFocusSession = async (arg?: unknown) => {
    const parsed = parseStartArgs(arg, settings.settings.focusMinutes);
    if (!valid(CommandId.startFocusSession, parsed)) return false;
    const choice = parsed.value ?? (await askStart(settings.settings.focusMinutes));
    if (!choice) return false;
    const work = currentWork();
    return run({
      type: 'start',
      intent: choice.intent || sanitizeIntent(work?.title ?? ''),
      minutes: choice.minutes,
      wipId: work?.id,
    });
  };

  const extend = async (arg?: unknown) => {
    const parsed = parseExtendArgs(arg);
    if (!valid(CommandId.extendSession, parsed)) return false;
    const minutes = parsed.value ?? (await pickNumber([5, 15], vscode.l10n.t('Extend the session by…')));
    return minutes === undefined ? false : run({ type: 'extend', minutes });
  };

  const logInterruption = async (arg?: unknown) => {
    const parsed = parseInterruptionArgs(arg);
    if (!valid(CommandId.logInterruption, parsed)) return false;
    const kind = parsed.value ?? (await pickInterruption());
    if (!kind) return false;
    const ok = await run({ type: 'interruption', kind });
    if (ok) vscode.window.setStatusBarMessage(vscode.l10n.t('Interruption logged: {0}', interruptionLabel(kind)), 3000);
    return ok;
  };

  const togglePause = async () => {
    await controller.ready;
    const cur = controller.view().doc.current;
    if (cur?.kind === 'focus') return run(isRunning(cur) ? { type: 'pause' } : { type: 'resume' });
    return startFocusSession();
  };

  const showToday = async () => {
    await controller.ready;
    void vscode.window.showInformationMessage(todayDetails(controller.view().today));
    return true;
  };

  const showActions = async () => {
    await controller.ready;
    const view = controller.view();
    const cur = view.doc.current;
    const items: (vscode.QuickPickItem & { command: string; args?: unknown })[] = [];
    const add = (label: string, command: string, args?: unknown) => items.push({ label, command, args });
    if (!cur) {
      add(`$(play) ${vscode.l10n.t('Start Focus Session')}`, CommandId.startFocusSession);
      add(`$(coffee) ${vscode.l10n.t('Start Break')}`, CommandId.startBreak);
    } else if (cur.kind === 'break') {
      add(`$(debug-step-over) ${vscode.l10n.t('Skip Break')}`, CommandId.skipBreak);
      add(`$(play) ${vscode.l10n.t('Start Focus Session')}`, CommandId.startFocusSession);
    } else {
      if (isRunning(cur)) add(`$(debug-pause) ${vscode.l10n.t('Pause')}`, CommandId.pauseSession);
      else add(`$(play) ${vscode.l10n.t('Resume')}`, CommandId.resumeSession);
      add(`$(debug-stop) ${vscode.l10n.t('Stop')}`, CommandId.stopSession);
      add(`$(add) ${vscode.l10n.t('Extend by 5 min')}`, CommandId.extendSession, { minutes: 5 });
      add(`$(add) ${vscode.l10n.t('Extend by 15 min')}`, CommandId.extendSession, { minutes: 15 });
    }
    add(`$(bell-dot) ${vscode.l10n.t('Log Interruption')}`, CommandId.logInterruption);
    add(`$(calendar) ${vscode.l10n.t('Show Today')}`, CommandId.showToday);
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Pacewise'),
      placeHolder: vscode.l10n.t('Focus actions'),
    });
    if (pick) await vscode.commands.executeCommand(pick.command, pick.args);
    return pick !== undefined;
  };

  const simple = (type: 'pause' | 'resume' | 'stop' | 'skipBreak') => async () => run({ type } as TimerCommand);

  return [
    vscode.commands.registerCommand(CommandId.startFocusSession, startFocusSession),
    vscode.commands.registerCommand(CommandId.pauseSession, simple('pause')),
    vscode.commands.registerCommand(CommandId.resumeSession, simple('resume')),
    vscode.commands.registerCommand(CommandId.togglePause, togglePause),
    vscode.commands.registerCommand(CommandId.stopSession, simple('stop')),
    vscode.commands.registerCommand(CommandId.extendSession, extend),
    vscode.commands.registerCommand(CommandId.startBreak, async (arg?: unknown) => {
      const parsed = parseBreakArgs(arg);
      return valid(CommandId.startBreak, parsed) ? run({ type: 'startBreak', ...parsed.value }) : false;
    }),
    vscode.commands.registerCommand(CommandId.skipBreak, simple('skipBreak')),
    vscode.commands.registerCommand(CommandId.logInterruption, logInterruption),
    vscode.commands.registerCommand(CommandId.showToday, showToday),
    vscode.commands.registerCommand(CommandId.showActions, showActions),
  ];
}

/**
 * One quick pick: type what you will focus on (optional), pick a length. Every item stays visible while typing,
 * so the typed text is the intent rather than a filter.
 */
async function askStart(defaultMinutes: number): Promise<{ intent: string; minutes: number } | undefined> {
  const lengths = [defaultMinutes, ...LENGTHS.filter((m) => m !== defaultMinutes)];
  const custom = vscode.l10n.t('Custom length…');
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { minutes?: number }>();
  qp.title = vscode.l10n.t('Start Focus Session');
  qp.placeholder = vscode.l10n.t('What will you focus on? (optional) Then pick a length.');
  qp.items = [
    ...lengths.map((m) => ({ label: minutesLabel(m), minutes: m, alwaysShow: true })),
    { label: custom, alwaysShow: true },
  ];
  const picked = await new Promise<{ intent: string; minutes?: number; custom: boolean } | undefined>((resolve) => {
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      resolve(item ? { intent: qp.value, minutes: item.minutes, custom: item.minutes === undefined } : undefined);
      qp.hide();
    });
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  if (!picked) return undefined;
  let minutes = picked.minutes;
  if (picked.custom) {
    const text = await vscode.window.showInputBox({
      title: vscode.l10n.t('Focus session length'),
      prompt: vscode.l10n.t('Minutes, from 1 to 240'),
      validateInput: (v) =>
        /^\d{1,3}$/.test(v.trim()) && +v >= 1 && +v <= 240
          ? undefined
          : vscode.l10n.t('Enter a whole number of minutes from 1 to 240.'),
    });
    if (text === undefined) return undefined;
    minutes = Number(text.trim());
  }
  return minutes === undefined ? undefined : { intent: sanitizeIntent(picked.intent), minutes };
}

const minutesLabel = (m: number) => plural(m, { one: '{0} minute', other: '{0} minutes' }, m);

async function pickNumber(options: number[], placeHolder: string): Promise<number | undefined> {
  const pick = await vscode.window.showQuickPick(
    options.map((m) => ({ label: vscode.l10n.t('+{0} minutes', m), minutes: m })),
    { placeHolder },
  );
  return pick?.minutes;
}

async function pickInterruption(): Promise<InterruptionKind | undefined> {
  const pick = await vscode.window.showQuickPick(
    INTERRUPTION_KINDS.map((interruption) => ({ label: interruptionLabel(interruption), interruption })),
    { title: vscode.l10n.t('Log Interruption'), placeHolder: vscode.l10n.t('What interrupted you?') },
  );
  return pick?.interruption;
}
