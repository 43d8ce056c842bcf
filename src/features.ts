// The second composition root: everything beyond the timer — the sidebar, pacing questions, git signals, the weekly
// reflection, micro-lessons and the experiment commands. extension.ts requires this bundle (dist/features.js) on
// first use — the sidebar opens, a feature command runs, the first edit, the first session end — so activation
// loads only the timer's code.
import * as vscode from 'vscode';
import type { PacewiseStore } from './storage/pacewiseStore';
import type { ActivityMonitor } from './vscode/focus/activityMonitor';
import { CommandId, FeatureCommand, SIDEBAR_VIEW_ID } from './vscode/commandIds';
import { experimentCommands, startExperimentFlow } from './vscode/experiments/experimentCommands';
import { teamCommands } from './vscode/team/teamCommands';
import { TeamService } from './vscode/team/teamService';
import { TeamViewProvider } from './vscode/team/teamView';
import { teamModel } from './vscode/team/teamModel';
import type { TeamFilterModel, TeamModel } from './shared/teamProtocol';
import type { ExperimentService } from './vscode/experiments/experimentService';
import type { FocusController } from './vscode/focus/focusController';
import { GitSignals } from './vscode/git/gitSignals';
import { InsightsPanel } from './vscode/insights/insightsPanel';
import { FocusTrend } from './vscode/insights/focusTrend';
import { dataCommands } from './vscode/data/dataCommands';
import { summaryMarkdown } from './vscode/data/summaryMarkdown';
import { PSEUDONYM_SECRET_KEY } from './vscode/team/teamIdentity';
import { parallelWork } from './core/git/gitFacts';
import { PromptService } from './vscode/prompts/promptService';
import { ReflectionService, reflectOnWeekCommand } from './vscode/reflection/reflectionService';
import type { SettingsReader } from './vscode/settingsReader';
import { SidebarViewProvider } from './vscode/sidebar/sidebarView';
import type { WipService } from './vscode/wip/wipService';

/** What the timer side has built already and shares. */
export interface BaseServices {
  extensionUri: vscode.Uri;
  globalState: vscode.Memento;
  secrets: vscode.SecretStorage;
  store: PacewiseStore;
  settings: SettingsReader;
  controller: FocusController;
  wip: WipService;
  activity: ActivityMonitor;
  experiments: ExperimentService;
}

export interface Features extends vscode.Disposable {
  commands: Record<FeatureCommand, (arg?: unknown) => Promise<boolean>>;
  sidebar: SidebarViewProvider;
  prompts: PromptService;
  git: GitSignals;
  reflections: ReflectionService;
  team: TeamService;
  teamView: TeamViewProvider;
  insights: InsightsPanel;
  /** The Team notes view's snapshot for a filter (the extension's test API). */
  /** The Team notes view's snapshot for a filter, with one note open when `detailId` is given. */
  teamSnapshot(filter?: Partial<TeamFilterModel>, detailId?: string): Promise<TeamModel>;
}

export function createFeatures(base: BaseServices): Features {
  const { store, settings, controller, wip, experiments } = base;
  const git = new GitSignals(() => settings.settings.gitRecentDays);
  const prompts = new PromptService(
    base.extensionUri,
    base.globalState,
    store,
    controller,
    wip,
    settings,
    git,
    base.activity,
  );
  const reflections = new ReflectionService(store, wip, settings, () => controller.view().doc);
  const trend = new FocusTrend(store);
  const sidebar = new SidebarViewProvider(base.extensionUri, controller, settings, wip, prompts, git, {
    reflections,
    experiments,
    trend,
  });
  const team = new TeamService(store, base.secrets, reflections, experiments);
  const startFlow = startExperimentFlow(experiments);
  const teamView = new TeamViewProvider(base.extensionUri, team, (template, hypothesis) =>
    startFlow(undefined, { template, hypothesis }),
  );
  // Parallel work over time (insights): the day's highest, noted whenever git facts arrive.
  const noteParallel = git.onDidChange((facts) => {
    if (facts.state !== 'ok') return;
    const active = wip.items.items.filter((i) => i.status === 'active').map((i) => i.branch);
    void wip.noteParallelWork(parallelWork(active, facts)).catch(() => undefined);
  });
  const showSidebar = () => vscode.commands.executeCommand(`${SIDEBAR_VIEW_ID}.focus`);
  const insights = new InsightsPanel(base.extensionUri, store, settings, (template) =>
    startFlow(undefined, { template, hypothesis: '' }),
  );
  const insightSettings = () => ({
    endOfDayMinutes: settings.settings.endOfDayMinutes,
    wipLimit: settings.settings.wipLimit,
  });
  const data = dataCommands({
    store,
    summary: async (range, wellbeing) =>
      summaryMarkdown(
        {
          history: await store.readAllHistory(),
          wip: await store.readWip(),
          journal: await store.readJournal(),
          experiments: await store.readExperiments(),
        },
        insightSettings(),
        range,
        wellbeing,
        Date.now(),
      ),
    forgetAll: async () => {
      if (controller.view().doc.current) await controller.run({ type: 'discard' });
      await prompts.reset();
      await base.secrets.delete(PSEUDONYM_SECRET_KEY);
    },
  });
  const commands: Features['commands'] = {
    [CommandId.suggestPrompt]: async () => {
      const shown = await prompts.suggest(true);
      if (shown) await showSidebar();
      return shown;
    },
    [CommandId.resetPrompts]: async () => {
      await prompts.reset();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Pacewise: pacing questions start afresh — weights, quiet period and snooze forgotten.'),
      );
      return true;
    },
    [CommandId.reflectOnWeek]: reflectOnWeekCommand(reflections, showSidebar),
    ...experimentCommands(experiments, reflections, showSidebar),
    ...teamCommands(team, teamView, reflections, experiments),
    [CommandId.showInsights]: (arg) => insights.show(arg),
    ...data,
  };
  return {
    commands,
    sidebar,
    prompts,
    git,
    reflections,
    team,
    teamView,
    insights,
    teamSnapshot: (filter, detailId) =>
      teamModel(team, { filter: { query: '', kind: '', template: '', outcome: '', ...filter }, detailId }),
    dispose() {
      for (const d of [insights, trend, noteParallel, teamView, team, sidebar, reflections, prompts, git]) d.dispose();
    },
  };
}
