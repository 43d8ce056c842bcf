import * as vscode from 'vscode';
import { localDay } from '../../core/days';
import { dayFacts } from '../../core/dayMetrics';
import {
  coolingOffSuggested,
  Experiment,
  ExperimentRefusal,
  experimentDay,
  pausedDays,
} from '../../core/experiments/experiments';
import { adherence, AdherenceDay } from '../../core/experiments/experimentTemplates';
import { ExperimentResult, experimentResult, resultHistoryFrom } from '../../core/experiments/experimentResult';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import { Disposable, disposing } from '../dispose';
import type { ExperimentService } from './experimentService';

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
 * What the running experiment has shown so far, read from the history: progress, the result at its end, and whether
 * the last week was too heavy for a new one. Loaded with the experiment commands and the sidebar, not at startup (the
 * running experiment itself, which sets the WIP limit, is ExperimentService's).
 */
export class ExperimentTracker extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private following = false;
  private cached: { progress?: ExperimentProgress; coolingOff: boolean } = { coolingOff: false };

  constructor(
    private readonly experiments: ExperimentService,
    private readonly store: PacewiseStore,
  ) {
    super();
  }

  /** The sidebar opened: keep progress and the cooling-off hint current as history and the experiment change. */
  start(): void {
    if (!this.following) {
      this.following = true;
      this._register(disposing(this.store.watch(['history'], () => void this.refresh())));
      // Only when the running experiment changed: a re-read of the same document (our own write coming back
      // through the watcher) reads no history again.
      let seen = JSON.stringify(this.experiments.active ?? null);
      this._register(
        this.experiments.onDidChange(() => {
          const now = JSON.stringify(this.experiments.active ?? null);
          if (now !== seen) void this.refresh();
          seen = now;
        }),
      );
    }
    void this.refresh();
  }

  /** Progress and the cooling-off hint as last computed (the sidebar renders synchronously). */
  get view(): { progress?: ExperimentProgress; coolingOff: boolean } {
    return this.cached;
  }

  private async refresh(): Promise<void> {
    try {
      const [progress, coolingOff] = await Promise.all([this.progress(), this.coolingOff()]);
      if (this.isDisposed) return;
      this.cached = { progress, coolingOff };
      this.changed.fire();
    } catch {
      // a read racing a recovery; the next change re-reads
    }
  }

  /** Day n of m and adherence so far, from the history of the experiment's days. */
  async progress(now = Date.now()): Promise<ExperimentProgress | undefined> {
    await this.experiments.ready;
    const e = this.experiments.active;
    if (!e) return undefined;
    const { day, of } = experimentDay(e, now);
    const paused = pausedDays(e, now);
    const days = dayFacts(await this.store.readHistory(e.startedAt, now + 1), e.startedAt, now + 1).filter(
      (d) => !paused.has(d.day),
    );
    const a = adherence(e.template, days, { wipMaxByDay: e.wipMaxByDay, wipLimit: e.wipLimit }, localDay(now));
    return { experiment: e, day, of, kept: a.kept, judged: a.judged, days: a.days };
  }

  /** Concludes the running experiment with its result fixed: before vs during per metric, adherence per day. */
  async conclude(): Promise<{ refusal?: ExperimentRefusal; experiment?: Experiment; result?: ExperimentResult }> {
    await this.experiments.ready;
    const e = this.experiments.active;
    if (!e) return { refusal: 'noneActive' };
    const now = Date.now();
    const result = experimentResult(await this.store.readHistory(resultHistoryFrom(e), now + 1), e, now);
    const refusal = await this.experiments.run({ type: 'conclude', result });
    return refusal ? { refusal } : { experiment: e, result };
  }

  /** Whether the last week was heavy enough to suggest a cooling-off week instead of a new experiment. */
  async coolingOff(now = Date.now()): Promise<boolean> {
    return coolingOffSuggested(await this.store.readHistory(now - 8 * DAY, now + 1), now);
  }
}
