import * as vscode from 'vscode';
import { INSIGHT_RANGES, InsightRange } from '../core/insights';
import { TEMPLATE_IDS, TemplateId } from '../core/experimentTemplates';
import { SIGNAL_IDS } from '../core/signals';
import type { PacewiseStore } from '../storage/pacewiseStore';
import { DataAction, InsightsHostMessage, InsightsModel, parseInsightsMessage } from '../shared/insightsProtocol';
import { CommandId } from './commandIds';
import { insightsModel, signalSettings } from './insightsModel';
import type { SettingsReader } from './settingsReader';
import { webviewOptions, webviewShell } from './webviewShell';

const DATA_COMMANDS: Record<DataAction, string> = {
  exportJson: CommandId.exportData,
  exportSessions: CommandId.exportCsv,
  exportCheckins: CommandId.exportCsv,
  exportSummary: CommandId.exportSummary,
  importData: CommandId.importData,
  openFolder: CommandId.openDataFolder,
  deleteAll: CommandId.deleteAllData,
};

/** What the last snapshot cost (the test API and the benchmark read it). */
export interface InsightsTiming {
  range: InsightRange;
  /** Reading the store and computing the model, in the host. */
  computeMs: number;
  /** From creating the panel (or a range change) to the webview's first drawn snapshot. */
  interactiveMs?: number;
}

/**
 * The Insights panel (an editor tab): one webview per window, recomputed from the store when it opens, when the range
 * changes and when history, WIP or the relevant settings change while it is open.
 */
export class InsightsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private range: InsightRange = '30';
  private startedAt = 0;
  private stopWatching: (() => void) | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  timing: InsightsTiming | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: PacewiseStore,
    private readonly settings: SettingsReader,
    private readonly startExperiment: (template: TemplateId) => Promise<boolean>,
  ) {}

  /** Opens (or reveals) the panel; `arg` may name a range: `{ "range": "7" | "30" | "90" | "all" }`. */
  async show(arg?: unknown): Promise<boolean> {
    if (arg !== undefined) {
      const range = (arg as { range?: unknown } | null)?.range;
      if (typeof arg !== 'object' || !(INSIGHT_RANGES as readonly unknown[]).includes(range)) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            '{0}: invalid argument, expected {1}. Nothing was changed.',
            CommandId.showInsights,
            '{ "range": "7" | "30" | "90" | "all" }',
          ),
        );
        return false;
      }
      this.range = range as InsightRange;
    }
    this.startedAt = performance.now();
    this.timing = undefined;
    if (this.panel) {
      this.panel.reveal();
      await this.post();
      return true;
    }
    const panel = vscode.window.createWebviewPanel(
      'pacewise.insights',
      vscode.l10n.t('Pacewise Insights'),
      vscode.ViewColumn.Active,
      webviewOptions(this.extensionUri),
    );
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'pacewise.svg');
    panel.webview.html = webviewShell(panel.webview, this.extensionUri, 'insights');
    const listeners = [
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['pacewise.insights', 'pacewise.day', 'pacewise.wip'].some((s) => e.affectsConfiguration(s)))
          this.scheduleRefresh();
      }),
    ];
    this.stopWatching = this.store.watch(['history', 'wip'], () => this.scheduleRefresh());
    panel.onDidDispose(() => {
      for (const l of listeners) l.dispose();
      this.stopWatching?.();
      clearTimeout(this.refreshTimer);
      this.panel = undefined;
    });
    return true;
  }

  /** The model for a range as the panel would show it now (test API). */
  async model(range: InsightRange): Promise<InsightsModel> {
    return (await this.compute(range)).model;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.post(), 300);
  }

  private async compute(range: InsightRange): Promise<{ model: InsightsModel; ms: number }> {
    const t0 = performance.now();
    const [history, wip] = [await this.store.readAllHistory(), await this.store.readWip()];
    const s = this.settings.settings;
    const model = insightsModel(
      history,
      wip,
      { endOfDayMinutes: s.endOfDayMinutes, wipLimit: s.wipLimit },
      range,
      Date.now(),
    );
    return { model, ms: performance.now() - t0 };
  }

  private async post(): Promise<void> {
    if (!this.panel) return;
    const range = this.range;
    const { model, ms } = await this.compute(range);
    this.timing = { range, computeMs: ms };
    const msg: InsightsHostMessage = { type: 'insights', model, computedMs: ms };
    await this.panel?.webview.postMessage(msg);
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = parseInsightsMessage(raw);
    if (!msg) return; // unknown or malformed: ignored
    switch (msg.type) {
      case 'ready':
        return this.post();
      case 'range':
        if (!(INSIGHT_RANGES as readonly string[]).includes(msg.range)) return;
        this.range = msg.range as InsightRange;
        this.startedAt = performance.now();
        return this.post();
      case 'rendered':
        if (this.timing && this.timing.interactiveMs === undefined)
          this.timing = { ...this.timing, interactiveMs: performance.now() - this.startedAt };
        return;
      case 'mute':
        return this.mute(msg.id, msg.muted);
      case 'experiment':
        if ((TEMPLATE_IDS as readonly string[]).includes(msg.template))
          await this.startExperiment(msg.template as TemplateId);
        return;
      case 'data': {
        const arg =
          msg.action === 'exportSessions'
            ? { what: 'sessions' }
            : msg.action === 'exportCheckins'
              ? { what: 'checkins' }
              : undefined;
        const summaryArg = msg.action === 'exportSummary' ? { range: this.range } : undefined;
        await vscode.commands.executeCommand(DATA_COMMANDS[msg.action], arg ?? summaryArg);
        return;
      }
    }
  }

  /** Mutes or unmutes a signal in the user's settings (where it can also be undone by hand). */
  private async mute(id: string, muted: boolean): Promise<void> {
    if (!(SIGNAL_IDS as readonly string[]).includes(id)) return;
    const current = [...signalSettings().muted].filter((m) => m !== id);
    const next = muted ? [...current, id] : current;
    await vscode.workspace
      .getConfiguration('pacewise.insights')
      .update('mutedSignals', next.length ? next : undefined, vscode.ConfigurationTarget.Global);
    await this.post();
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
