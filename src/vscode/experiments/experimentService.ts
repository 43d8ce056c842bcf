import * as vscode from 'vscode';
import { localDay } from '../../core/days';
import { dayFacts } from '../../core/dayMetrics';
import {
  activeExperiment,
  applyExperiment,
  coolingOffSuggested,
  Experiment,
  ExperimentCommand,
  ExperimentRefusal,
  ExperimentsDoc,
  experimentDay,
  pausedDays,
} from '../../core/experiments/experiments';
import { adherence, AdherenceDay } from '../../core/experiments/experimentTemplates';
import { ExperimentResult, experimentResult, resultHistoryFrom } from '../../core/experiments/experimentResult';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { SettingsReader } from '../settingsReader';
import { WipService } from '../wip/wipService';

const DAY = 86_400_000;

/** Where the running experiment stands: day n of m and which days kept to the change. */
export interface ExperimentProgress {
  experiment: Experiment;
  day: number;
  of: number;
  kept: number;
  judged: number;
  days: AdherenceDay[];
}

/**
 * Pacing experiments (`experiments.json`, shared by all windows like the timer). While "Limit WIP to N" runs, N is
 * the WIP limit everywhere, and the day's highest number of items in progress is recorded for its adherence.
 */
export class ExperimentService implements vscode.Disposable {
  private experiments: ExperimentsDoc = { experiments: [] };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly stopWatching: () => void;
  private readonly subscription: vscode.Disposable;
  readonly ready: Promise<void>;

  constructor(
    private readonly store: PacewiseStore,
    private readonly settings: SettingsReader,
    private readonly wip: WipService,
    storeOpen: Promise<void>,
  ) {
    this.stopWatching = store.watch(['experiments'], () => void this.reload());
    this.subscription = wip.onDidChange(() => void this.noteWip());
    this.ready = storeOpen.then(() => this.reload());
  }

  get doc(): ExperimentsDoc {
    return this.experiments;
  }

  get active(): Experiment | undefined {
    return activeExperiment(this.experiments);
  }

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Commands and re-reads one after another: a re-read (another window wrote, or our own write came back through the
   * watcher) that began before a command's write must not land after it and bring the older document back.
   */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private reload(): Promise<void> {
    return this.serial(async () => {
      try {
        this.adopt(await this.store.readExperiments());
      } catch {
        // a read racing a recovery; the next change re-reads
      }
    });
  }

  private adopt(doc: ExperimentsDoc): void {
    const changedActive = activeExperiment(doc)?.id !== this.active?.id;
    this.experiments = doc;
    const e = this.active;
    this.settings.overrideWipLimit(e?.template === 'limitWip' && e.status === 'active' ? e.wipLimit : undefined);
    this.changed.fire();
    if (changedActive) void this.refresh();
  }

  async run(cmd: ExperimentCommand): Promise<ExperimentRefusal | undefined> {
    await this.ready;
    const result = await this.serial(async () => {
      const { result, doc } = await this.store.updateExperiments((current) => {
        const r = applyExperiment(current, cmd, { now: Date.now(), newId: () => globalThis.crypto.randomUUID() });
        return { doc: r.doc, changed: r.changed, result: r.refusal };
      });
      this.adopt(doc);
      return result;
    });
    // Outside the queue: noteWip runs a command of its own.
    if (cmd.type === 'start' || cmd.type === 'resume') await this.noteWip();
    if (cmd.type !== 'noteWip') void this.refresh();
    return result;
  }

  /** Records today's number of items in progress for a running "Limit WIP" experiment. */
  private async noteWip(): Promise<void> {
    const e = this.active;
    if (e?.template !== 'limitWip' || e.status !== 'active') return;
    const active = this.wip.items.items.filter((i) => i.status === 'active').length;
    await this.run({ type: 'noteWip', active }).catch(() => undefined);
  }

  /** Day n of m and adherence so far, from the history of the experiment's days. */
  async progress(now = Date.now()): Promise<ExperimentProgress | undefined> {
    await this.ready;
    const e = this.active;
    if (!e) return undefined;
    const { day, of } = experimentDay(e, now);
    const paused = pausedDays(e, now);
    const days = dayFacts(await this.store.readHistory(e.startedAt, now + 1), e.startedAt, now + 1).filter(
      (d) => !paused.has(d.day),
    );
    const a = adherence(e.template, days, { wipMaxByDay: e.wipMaxByDay, wipLimit: e.wipLimit }, localDay(now));
    return { experiment: e, day, of, kept: a.kept, judged: a.judged, days: a.days };
  }

  private watchingHistory: (() => void) | undefined;
  private cached: { progress?: ExperimentProgress; coolingOff: boolean } = { coolingOff: false };

  /** The sidebar opened: keep progress and the cooling-off hint current as history changes. */
  start(): void {
    this.watchingHistory ??= this.store.watch(['history'], () => void this.refresh());
    void this.refresh();
  }

  /** Progress and the cooling-off hint as last computed (the sidebar renders synchronously). */
  get view(): { progress?: ExperimentProgress; coolingOff: boolean } {
    return this.cached;
  }

  private async refresh(): Promise<void> {
    if (!this.watchingHistory) return;
    try {
      const [progress, coolingOff] = await Promise.all([this.progress(), this.coolingOff()]);
      this.cached = { progress, coolingOff };
      this.changed.fire();
    } catch {
      // a read racing a recovery; the next change re-reads
    }
  }

  /** Concludes the running experiment with its result fixed: before vs during per metric, adherence per day. */
  async conclude(): Promise<{ refusal?: ExperimentRefusal; experiment?: Experiment; result?: ExperimentResult }> {
    await this.ready;
    const e = this.active;
    if (!e) return { refusal: 'noneActive' };
    const now = Date.now();
    const result = experimentResult(await this.store.readHistory(resultHistoryFrom(e), now + 1), e, now);
    const refusal = await this.run({ type: 'conclude', result });
    return refusal ? { refusal } : { experiment: e, result };
  }

  /** Whether the last week was heavy enough to suggest a cooling-off week instead of a new experiment. */
  async coolingOff(now = Date.now()): Promise<boolean> {
    return coolingOffSuggested(await this.store.readHistory(now - 8 * DAY, now + 1), now);
  }

  dispose(): void {
    this.watchingHistory?.();
    this.stopWatching();
    this.subscription.dispose();
    this.changed.dispose();
  }
}
