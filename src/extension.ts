import * as path from 'node:path';
import * as vscode from 'vscode';
import { Clock } from './core/clock';
import { PacewiseStore } from './storage/pacewiseStore';
import { ActivityMonitor } from './vscode/focus/activityMonitor';
import { registerCheckinCommand } from './vscode/focus/checkinCommand';
import { FocusController, FocusView } from './vscode/focus/focusController';
import type { Features } from './features';
import { registerFocusCommands } from './vscode/focus/focusCommands';
import { FocusPrompts } from './vscode/focus/focusPrompts';
import { FocusStatusBar } from './vscode/focus/focusStatusBar';
import { SettingsReader } from './vscode/settingsReader';
import { registerWipCommands, WipService } from './vscode/wip/wipService';
import type { GitFacts } from './core/git/gitFacts';
import type { ReflectionModel } from './shared/protocol';
import type { TeamFilterModel, TeamModel } from './shared/teamProtocol';
import type { TeamService } from './vscode/team/teamService';
import type { InsightRange } from './core/insights/insights';
import type { InsightsModel } from './shared/insightsProtocol';
import type { InsightsTiming } from './vscode/insights/insightsPanel';
import { summarizeWip } from './core/wip/wip';
import { CommandId, FEATURE_COMMANDS, INSIGHTS_VIEW_TYPE, SIDEBAR_VIEW_ID, TEAM_VIEW_ID } from './vscode/commandIds';
import { ExperimentService } from './vscode/experiments/experimentService';
import { ContextKeys } from './vscode/contextKeys';

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
  /** Team sharing as the Team notes view sees it: the service and the view's snapshot (loads the features). */
  team(): Promise<{
    service: TeamService;
    model(filter?: Partial<TeamFilterModel>, detailId?: string): Promise<TeamModel>;
  }>;
  /** The Insights panel: its model for a range, and what its last snapshot cost (loads the features). */
  insights(): { model(range: InsightRange): Promise<InsightsModel>; timing(): InsightsTiming | undefined };
}

/** Composition root: builds the timer's services, registers everything, and does no I/O before returning. */
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
  const experiments = new ExperimentService(store, settings, wip, controller.ready);
  focusPrompts.attach(controller);
  const contextKeys = new ContextKeys();

  let features: Features | undefined;
  /** Requires features.js once (see src/features.ts); everything beyond the timer is built there. */
  const loadFeatures = (): Features => {
    if (!features) {
      // A runtime path, so esbuild leaves it alone and the second bundle is read only now.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createFeatures } = require(path.join(__dirname, 'features.js')) as typeof import('./features');
      features = createFeatures({
        extensionUri: context.extensionUri,
        globalState: context.globalState,
        secrets: context.secrets,
        store,
        settings,
        controller,
        wip,
        activity,
        experiments,
      });
      context.subscriptions.push(features);
    }
    return features;
  };
  const showWip = () => {
    const s = settings.settings;
    statusBar.setWip(summarizeWip(wip.items, Date.now(), s.wipLimit, s.wipAgingDays));
  };
  // The end of a session is a natural moment for a pacing question (the first one loads the features).
  let lastSessionEnd: string | undefined;
  const onSessionEnd = (view: FocusView) => {
    const notice = view.doc.notice;
    if (notice?.kind !== 'sessionEnded' || notice.id === lastSessionEnd) return;
    lastSessionEnd = notice.id;
    void loadFeatures().prompts.suggest(false);
  };
  // The first edit starts the typing-pause boundary and git following: loaded after the keystroke, not during it.
  const firstEdit = activity.onDidEdit(() => {
    firstEdit.dispose();
    setTimeout(() => loadFeatures(), 0);
  });
  context.subscriptions.push(
    settings,
    activity,
    focusPrompts,
    controller,
    statusBar,
    wip,
    experiments,
    firstEdit,
    controller.onDidChange((view) => {
      statusBar.render(view);
      contextKeys.timer(view.doc);
      onSessionEnd(view);
    }),
    wip.onDidChange((doc) => {
      showWip();
      contextKeys.wip(doc);
    }),
    experiments.onDidChange(() => contextKeys.set('pacewise:experiment', experiments.active !== undefined)),
    settings.onDidChange(() => showWip()),
    ...registerWipCommands(wip),
    ...registerFocusCommands(controller, settings, () => {
      const doc = wip.items;
      return doc.items.find((i) => i.id === doc.currentId && i.status === 'active');
    }),
    registerCheckinCommand(controller, () => contextKeys.set('pacewise:didCheckIn', true)),
    ...FEATURE_COMMANDS.map((id) =>
      vscode.commands.registerCommand(id, async (arg?: unknown) => {
        const done = await loadFeatures().commands[id](arg);
        if (done && id === CommandId.showInsights) contextKeys.set('pacewise:didShowInsights', true);
        return done;
      }),
    ),
    vscode.window.registerWebviewViewProvider(SIDEBAR_VIEW_ID, {
      resolveWebviewView: (view) => loadFeatures().sidebar.resolveWebviewView(view),
    }),
    vscode.window.registerWebviewViewProvider(TEAM_VIEW_ID, {
      resolveWebviewView: (view) => loadFeatures().teamView.resolveWebviewView(view),
    }),
    vscode.window.registerWebviewPanelSerializer(INSIGHTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => loadFeatures().insights.restore(panel, state),
    }),
    vscode.commands.registerCommand(CommandId.showSidebar, () =>
      vscode.commands.executeCommand(`${SIDEBAR_VIEW_ID}.focus`),
    ),
  );
  controller.ready.then(
    () => {
      statusBar.render(controller.view());
      contextKeys.timer(controller.view().doc);
    },
    (err) =>
      void vscode.window.showErrorMessage(vscode.l10n.t('Pacewise could not open its data folder: {0}', String(err))),
  );
  return {
    storeDir,
    ready: controller.ready,
    prompt: () => features?.prompts.current,
    gitFacts: async () => {
      const { git } = loadFeatures();
      await git.start();
      return git.refresh();
    },
    reflection: async () => {
      const { reflections } = loadFeatures();
      await reflections.start();
      return reflections.model(Date.now());
    },
    team: async () => {
      const { team, teamSnapshot } = loadFeatures();
      await team.start();
      return { service: team, model: teamSnapshot };
    },
    insights: () => {
      const { insights } = loadFeatures();
      return { model: (range) => insights.model(range), timing: () => insights.timing };
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
