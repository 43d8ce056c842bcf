import * as vscode from 'vscode';
import { badArgument } from '../badArgument';
import { INSIGHT_RANGES, InsightRange } from '../../core/insights/insights';
import { TEMPLATE_IDS, TemplateId } from '../../core/experiments/experimentTemplates';
import { SIGNAL_IDS } from '../../core/insights/signals';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import type { HistoryAppend } from '../../core/types';
import { addDays, startOfDay } from 'date-fns';
import { DataAction, InsightsModel, parseInsightsMessage } from '../../shared/insightsProtocol';
import { CommandId, INSIGHTS_VIEW_TYPE } from '../commandIds';
import { insightsModel, signalSettings } from './insightsModel';
import type { SettingsReader } from '../settingsReader';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';
import { Disposable, disposing } from '../dispose';

/** Days back the gentle signals look (computeSignals reads 62 days before today). */
const SIGNAL_DAYS = 63;

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
export class InsightsPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private range: InsightRange = '30';
  private startedAt = 0;
  /** Set from a show or a period change until the webview reports the snapshot drawn. */
  private measuring = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  timing: InsightsTiming | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: PacewiseStore,
    private readonly settings: SettingsReader,
    private readonly startExperiment: (template: TemplateId) => Promise<boolean>,
    /** The WIP limit now (a running "Limit WIP" experiment's, else the setting's). */
    private readonly wipLimit: () => number,
  ) {
    super();
    this._register(disposing(() => this.panel?.dispose()));
  }

  /** Opens (or reveals) the panel; `arg` may name a range: `{ "range": "7" | "30" | "90" | "all" }`. */
  async show(arg?: unknown): Promise<boolean> {
    if (arg !== undefined) {
      const range = (arg as { range?: unknown } | null)?.range;
      if (typeof arg !== 'object' || !(INSIGHT_RANGES as readonly unknown[]).includes(range))
        return badArgument(CommandId.showInsights, '{ "range": "7" | "30" | "90" | "all" }');
      this.range = range as InsightRange;
    }
    this.awaitRender();
    if (this.panel) {
      this.panel.reveal();
      await this.post();
      return true;
    }
    this.attach(
      vscode.window.createWebviewPanel(
        INSIGHTS_VIEW_TYPE,
        vscode.l10n.t('Pacewise Insights'),
        vscode.ViewColumn.Active,
        webviewOptions(this.extensionUri),
      ),
    );
    return true;
  }

  /** Takes back the panel VS Code restored after a reload, with the range the webview remembered. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const range = (state as { range?: unknown } | undefined)?.range;
    if ((INSIGHT_RANGES as readonly unknown[]).includes(range)) this.range = range as InsightRange;
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.extensionUri);
    this.awaitRender();
    this.attach(panel);
  }

  /** The next drawn snapshot completes a measurement of how long the panel took to become interactive. */
  private awaitRender(): void {
    this.startedAt = performance.now();
    this.timing = undefined;
    this.measuring = true;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'pacewise.svg');
    panel.webview.html = webviewShell(panel.webview, this.extensionUri, 'insights');
    // What lives as long as this panel (a new one after a close is attached afresh).
    const held = vscode.Disposable.from(
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      this.settings.onDidChange(() => this.scheduleRefresh()),
      disposing(
        this.store.watch(['history'], () => {
          this.cache = undefined;
          this.scheduleRefresh();
        }),
      ),
      disposing(this.store.watch(['wip'], () => this.scheduleRefresh())),
    );
    void this.loadHistory(this.range).catch(() => undefined);
    panel.onDidDispose(() => {
      held.dispose();
      this.cache = undefined;
      clearTimeout(this.refreshTimer);
      this.panel = undefined;
    });
  }

  /** The model for a range as the panel would show it now (test API). */
  async model(range: InsightRange): Promise<InsightsModel> {
    return (await this.compute(range, this.store.readAllHistory())).model;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.post(), 300);
  }

  /**
   * History read while the panel is open: the months a period needs (at least the 63 days the signals look at), all of
   * it for "All time" — started with the webview so the read overlaps its boot, read again only after history
   * changed, and dropped when the panel closes (years of records are not kept in memory).
   */
  private cache: { from: number; history: Promise<HistoryAppend> } | undefined;
  private loadHistory(range: InsightRange): Promise<HistoryAppend> {
    const today = startOfDay(Date.now());
    const from = range === 'all' ? -Infinity : addDays(today, -Math.max(Number(range), SIGNAL_DAYS)).getTime();
    if (!this.cache || this.cache.from > from) {
      const history = (
        from === -Infinity ? this.store.readAllHistory() : this.store.readHistory(from, addDays(today, 1).getTime())
      ).catch((err: unknown) => {
        this.cache = undefined;
        throw err;
      });
      this.cache = { from, history };
    }
    return this.cache.history;
  }

  private async compute(
    range: InsightRange,
    read: Promise<HistoryAppend> = this.loadHistory(range),
  ): Promise<{ model: InsightsModel; ms: number }> {
    const t0 = performance.now();
    const [history, wip] = [await read, await this.store.read('wip')];
    const s = this.settings.settings;
    const model = insightsModel(
      history,
      wip,
      { endOfDayMinutes: s.endOfDayMinutes, wipLimit: this.wipLimit() },
      range,
      Date.now(),
      signalSettings(this.settings),
    );
    return { model, ms: performance.now() - t0 };
  }

  private async post(): Promise<void> {
    if (!this.panel) return;
    const range = this.range;
    const { model, ms } = await this.compute(range);
    if (this.measuring) this.timing = { range, computeMs: ms };
    if (this.panel) await postTo(this.panel.webview, 'insights', { type: 'insights', model, computedMs: ms });
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
        this.awaitRender();
        return this.post();
      case 'rendered':
        if (this.measuring && this.timing) {
          this.timing = { ...this.timing, interactiveMs: performance.now() - this.startedAt };
          this.measuring = false;
        }
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
    const current = [...signalSettings(this.settings).muted].filter((m) => m !== id);
    const next = muted ? [...current, id] : current;
    await this.settings.update('insights.mutedSignals', next.length ? next : undefined);
    await this.post();
  }
}
