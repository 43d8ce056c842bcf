import * as path from 'node:path';
import * as vscode from 'vscode';
import { Clock } from './core/clock';
import { PacewiseStore } from './storage/pacewiseStore';
import { ActivityMonitor } from './vscode/activityMonitor';
import { registerCheckinCommand } from './vscode/checkinCommand';
import { FocusController } from './vscode/focusController';
import { registerFocusCommands } from './vscode/focusCommands';
import { FocusPrompts } from './vscode/focusPrompts';
import { FocusStatusBar } from './vscode/focusStatusBar';
import { SettingsReader } from './vscode/settingsReader';
import { SidebarViewProvider } from './vscode/sidebarView';
import { registerWipCommands, WipService } from './vscode/wipService';
import { PromptService } from './vscode/promptService';
import { GitSignals } from './vscode/gitSignals';
import { GitFacts } from './core/gitFacts';
import type { ReflectionModel } from './shared/protocol';
import { summarizeWip } from './core/wip';
import { CommandId } from './vscode/commandIds';
import { ReflectionService, registerReflectionCommand } from './vscode/reflectionService';
import { ExperimentService } from './vscode/experimentService';
import { registerExperimentCommands } from './vscode/experimentCommands';

const systemClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };

/** What activate() returns: read-only views for tests and other extensions. */
export interface PacewiseApi {
  storeDir: string;
  statusBar(): { text: string; tooltip: string; ariaLabel: string };
  state(): {
    kind: 'idle' | 'focus' | 'break';
    remainingMs: number;
    running: boolean;
    intent?: string;
    sessionId?: string;
  };
  ready: Promise<void>;
  /** The pacing question the sidebar shows now, if any. */
  prompt(): { text: string; why: string } | undefined;
  /** Reads git now (as the sidebar does) and returns the facts. */
  gitFacts(): Promise<GitFacts>;
  /** This week's reflection as the sidebar shows it. */
  reflection(): Promise<ReflectionModel>;
}

/** Composition root: builds the services, registers them, and does no I/O before returning. */
export function activate(context: vscode.ExtensionContext): PacewiseApi {
  const storeDir = path.join(context.globalStorageUri.fsPath, 'store');
  const settings = new SettingsReader();
  const activity = new ActivityMonitor(() => controller.noteActivity());
  const focusPrompts = new FocusPrompts(activity, settings);
  const store = new PacewiseStore(storeDir, {
    onRecovery: (report) => focusPrompts.recovered(report),
    onWarning: (message) => console.warn(`[pacewise] ${message}`),
  });
  const controller = new FocusController(store, settings, systemClock, focusPrompts);
  const statusBar = new FocusStatusBar();
  const wip = new WipService(store, () => {
    void controller.run({ type: 'interruption', kind: 'contextSwitch' }).catch(() => undefined);
  });
  const git = new GitSignals(() => settings.settings.gitRecentDays);
  const pacingPrompts = new PromptService(
    context.extensionUri,
    context.globalState,
    store,
    controller,
    wip,
    settings,
    git,
    activity,
  );
  const experiments = new ExperimentService(store, settings, wip, controller.ready);
  const reflections = new ReflectionService(store, wip, settings, () => controller.view().doc);
  const sidebar = new SidebarViewProvider(context.extensionUri, controller, settings, wip, pacingPrompts, git, {
    reflections,
    experiments,
  });
  const showSidebar = () => vscode.commands.executeCommand(`${SidebarViewProvider.viewId}.focus`);
  focusPrompts.attach(controller);
  const showWip = () => {
    const s = settings.settings;
    statusBar.setWip(summarizeWip(wip.items, Date.now(), s.wipLimit, s.wipAgingDays));
  };
  context.subscriptions.push(
    settings,
    activity,
    focusPrompts,
    controller,
    statusBar,
    wip,
    git,
    controller.onDidChange((view) => statusBar.render(view)),
    wip.onDidChange(() => showWip()),
    settings.onDidChange(() => showWip()),
    ...registerWipCommands(wip),
    pacingPrompts,
    vscode.commands.registerCommand(CommandId.suggestPrompt, async () => {
      const shown = await pacingPrompts.suggest(true);
      if (shown) await showSidebar();
      return shown;
    }),
    vscode.commands.registerCommand(CommandId.resetPrompts, async () => {
      await pacingPrompts.reset();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Pacewise: pacing questions start afresh — weights, quiet period and snooze forgotten.'),
      );
      return true;
    }),
    ...registerFocusCommands(controller, settings, () => {
      const doc = wip.items;
      return doc.items.find((i) => i.id === doc.currentId && i.status === 'active');
    }),
    registerCheckinCommand(controller),
    sidebar,
    vscode.window.registerWebviewViewProvider(SidebarViewProvider.viewId, sidebar),
    vscode.commands.registerCommand(CommandId.showSidebar, showSidebar),
    reflections,
    registerReflectionCommand(reflections, showSidebar),
    experiments,
    ...registerExperimentCommands(experiments, reflections, showSidebar),
  );
  controller.ready.then(
    () => statusBar.render(controller.view()),
    (err) =>
      void vscode.window.showErrorMessage(vscode.l10n.t('Pacewise could not open its data folder: {0}', String(err))),
  );
  return {
    storeDir,
    ready: controller.ready,
    prompt: () => pacingPrompts.current,
    gitFacts: async () => {
      await git.start();
      return git.refresh();
    },
    reflection: async () => {
      await reflections.start();
      return reflections.model(Date.now());
    },
    statusBar: () => statusBar.snapshot,
    state: () => {
      const view = controller.view();
      const cur = view.doc.current;
      return {
        kind: cur ? cur.kind : 'idle',
        remainingMs: view.remainingMs,
        running: view.running,
        intent: cur?.kind === 'focus' ? cur.intent : undefined,
        sessionId: cur?.id,
      };
    },
  };
}

export function deactivate(): void {
  // Nothing to flush: every state transition was persisted when it happened.
}
