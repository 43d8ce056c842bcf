import * as path from 'node:path';
import * as vscode from 'vscode';
import { Clock } from './core/clock';
import { PacewiseStore } from './storage/pacewiseStore';
import { ActivityMonitor } from './vscode/focus/activityMonitor';
import { FocusController, FocusView } from './vscode/focus/focusController';
import { Features } from './features';
import { registerFocusCommands } from './vscode/focus/focusCommands';
import { FocusPrompts } from './vscode/focus/focusPrompts';
import { FocusStatusBar } from './vscode/focus/focusStatusBar';
import { SettingsReader } from './vscode/settingsReader';
import { registerWipCommands, WipService } from './vscode/wip/wipService';
import { registerLazyTree } from './vscode/lazyTree';
import type { WipNode } from './vscode/wip/wipTree';
import type { LessonNode } from './vscode/reflection/lessonTree';
import type { TeamNode } from './vscode/team/teamTree';
import type { MentoringNode } from './vscode/mentorship/mentoringTree';
import type { RitualsFeature } from './vscode/rituals/ritualsFeature';
import type { RitualsNode } from './vscode/rituals/ritualsTree';
import type { MentorshipFeature } from './vscode/mentorship/mentorshipFeature';
import type { GitFacts } from './core/git/gitFacts';
import {
  SECTION_PART,
  SIDEBAR_PARTS,
  type ReflectionModel,
  type SidebarPart,
  type SidebarSection,
} from './shared/protocol';
import type { TeamFilterModel, TeamModel } from './shared/teamProtocol';
import type { TeamService } from './vscode/team/teamService';
import type { SidebarViewProvider } from './vscode/sidebar/sidebarView';
import type { InsightRange } from './core/insights/insights';
import type { InsightsModel } from './shared/insightsProtocol';
import type { InsightsTiming } from './vscode/insights/insightsPanel';
import { summarizeWip } from './core/wip/wip';
import {
  CommandId,
  FEATURE_COMMANDS,
  INSIGHTS_VIEW_TYPE,
  LESSONS_VIEW_ID,
  SIDEBAR_VIEW_IDS,
  WIP_TREE_MIME,
  WIP_VIEW_ID,
  TEAM_NOTE_VIEW_TYPE,
  TEAM_VIEW_ID,
  SPACE_NOTES_VIEW_ID,
  SPACE_NOTE_VIEW_TYPE,
  MENTORING_VIEW_ID,
  RITUALS_VIEW_ID,
} from './vscode/commandIds';
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
    model(filter?: Partial<TeamFilterModel>, detailId?: string, draftId?: string): Promise<TeamModel>;
  }>;
  /** Notes across teams as their view sees them: the same over the mentorship space (loads the feature). */
  spaceNotes(): Promise<{
    service: TeamService;
    model(filter?: Partial<TeamFilterModel>, detailId?: string, draftId?: string): Promise<TeamModel>;
  }>;
  /** The mentorship space as the Mentoring view reads it, and this user's check-ins (loads the feature). */
  mentorship(): MentorshipFeature;
  /** Office hours and the quarterly review: their commands, the review's service and a tree (loads the features). */
  rituals(): RitualsFeature;
  /** The Insights panel: its model for a range, and what its last snapshot cost (loads the features). */
  insights(): { model(range: InsightRange): Promise<InsightsModel>; timing(): InsightsTiming | undefined };
  /** The provider of the sidebar's webview views (loads the features), to hand it views a test controls. */
  sidebarViews(): SidebarViewProvider;
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
  const experiments = new ExperimentService(store, wip, controller.ready);
  const wipLimit = () => experiments.wipLimit ?? settings.settings.wipLimit;
  focusPrompts.attach(controller);
  const contextKeys = new ContextKeys();

  // The view first (it takes the keyboard focus), then the section: the view scrolls to it once it is drawn.
  const showSidebar = async (target: SidebarPart | SidebarSection = 'now') => {
    const section = target in SECTION_PART ? (target as SidebarSection) : undefined;
    const part = section ? SECTION_PART[section] : (target as SidebarPart);
    await vscode.commands.executeCommand(`${SIDEBAR_VIEW_IDS[part]}.focus`);
    if (section) features.sidebar.view.reveal(section);
  };
  const features = new Features(
    {
      extensionUri: context.extensionUri,
      globalState: context.globalState,
      secrets: context.secrets,
      store,
      settings,
      controller,
      wip,
      activity,
      experiments,
      wipLimit,
      showSidebar,
    },
    path.join(context.extensionPath, 'dist'),
  );
  const showWip = () => {
    const s = settings.settings;
    statusBar.setWip(summarizeWip(wip.items, Date.now(), wipLimit(), s.wipAgingDays));
  };
  // The end of a session is a natural moment for a pacing question (the first one loads the features).
  let lastSessionEnd: string | undefined;
  const onSessionEnd = (view: FocusView) => {
    const notice = view.doc.notice;
    if (notice?.kind !== 'sessionEnded' || notice.id === lastSessionEnd) return;
    lastSessionEnd = notice.id;
    void features.prompts.service.suggest(false);
    features.mentoringBoundary();
  };
  // The first edit starts the typing-pause boundary and git following: loaded after the keystroke, not during it.
  const firstEdit = activity.onDidEdit(() => {
    firstEdit.dispose();
    setTimeout(() => features.prompts, 0);
  });
  context.subscriptions.push(
    settings,
    activity,
    focusPrompts,
    controller,
    statusBar,
    wip,
    experiments,
    features,
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
    experiments.onDidChange(() => {
      showWip();
      contextKeys.set('pacewise:experiment', experiments.active !== undefined);
    }),
    settings.onDidChange(() => showWip()),
    ...registerWipCommands(wip),
    ...registerFocusCommands(controller, settings, () => {
      const doc = wip.items;
      return doc.items.find((i) => i.id === doc.currentId && i.status === 'active');
    }),
    ...FEATURE_COMMANDS.map((id) =>
      vscode.commands.registerCommand(id, async (arg?: unknown) => {
        const done = await features.run(id, arg);
        if (done && id === CommandId.showInsights) contextKeys.set('pacewise:didShowInsights', true);
        if (done && id === CommandId.checkIn) contextKeys.set('pacewise:didCheckIn', true);
        return done;
      }),
    ),
    // Both views keep their document while hidden: showing the sidebar again is then a repaint instead of a new
    // document and script (docs/benchmarks.md: first renders), for the memory of one idle document each.
    ...SIDEBAR_PARTS.map((part) =>
      vscode.window.registerWebviewViewProvider(
        SIDEBAR_VIEW_IDS[part],
        { resolveWebviewView: (view) => features.sidebar.view.resolveWebviewView(view, part) },
        { webviewOptions: { retainContextWhenHidden: true } },
      ),
    ),
    registerLazyTree<WipNode>(WIP_VIEW_ID, (view) => features.wipTree(view), WIP_TREE_MIME),
    registerLazyTree<LessonNode>(LESSONS_VIEW_ID, (view) => features.lessonTree(view)),
    registerLazyTree<TeamNode>(TEAM_VIEW_ID, (view) => features.teamTree(view)),
    registerLazyTree<TeamNode>(SPACE_NOTES_VIEW_ID, (view) => features.spaceNotesTree(view)),
    registerLazyTree<MentoringNode>(MENTORING_VIEW_ID, (view) => features.mentoringTree(view)),
    registerLazyTree<RitualsNode>(RITUALS_VIEW_ID, (view) => features.ritualsTree(view)),
    vscode.window.registerWebviewPanelSerializer(TEAM_NOTE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => features.team.view.restore(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(SPACE_NOTE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => features.team.space.view.restore(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(INSIGHTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => features.insights.restore(panel, state),
    }),
    vscode.commands.registerCommand(CommandId.showSidebar, () => showSidebar()),
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
    prompt: () => features.loadedPrompts?.service.current,
    gitFacts: async () => {
      const git = features.git;
      await git.start();
      return git.refresh();
    },
    reflection: async () => {
      const reflections = features.reflection.service;
      await reflections.start();
      return reflections.model(Date.now());
    },
    team: async () => {
      const team = features.team;
      await team.service.start();
      return { service: team.service, model: (filter, detailId, draftId) => team.snapshot(filter, detailId, draftId) };
    },
    spaceNotes: async () => {
      const { space } = features.team;
      await space.service.start();
      return {
        service: space.service,
        model: (filter, detailId, draftId) => space.snapshot(filter, detailId, draftId),
      };
    },
    sidebarViews: () => features.sidebar.view,
    mentorship: () => features.mentorship,
    rituals: () => features.rituals,
    insights: () => {
      const insights = features.insights;
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
