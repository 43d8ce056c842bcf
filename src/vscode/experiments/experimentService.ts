import * as vscode from 'vscode';
import {
  activeExperiment,
  applyExperiment,
  Experiment,
  ExperimentCommand,
  ExperimentRefusal,
  ExperimentsDoc,
} from '../../core/experiments/experiments';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { Disposable, disposing } from '../dispose';
import { WipService } from '../wip/wipService';

/**
 * Pacing experiments (`experiments.json`, shared by all windows like the timer). While "Limit WIP to N" runs, N is
 * the WIP limit everywhere, and the day's highest number of items in progress is recorded for its adherence.
 */
export class ExperimentService extends Disposable {
  private experiments: ExperimentsDoc = { experiments: [] };
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;

  constructor(
    private readonly store: PacewiseStore,
    private readonly wip: WipService,
    storeOpen: Promise<void>,
  ) {
    super();
    this._register(disposing(store.watch(['experiments'], () => void this.reload())));
    this._register(wip.onDidChange(() => void this.noteWip()));
    this.ready = storeOpen.then(() => this.reload());
  }

  get doc(): ExperimentsDoc {
    return this.experiments;
  }

  get active(): Experiment | undefined {
    return activeExperiment(this.experiments);
  }

  /** While "Limit WIP to N" runs, N: the WIP limit everywhere instead of the setting's. */
  get wipLimit(): number | undefined {
    const e = this.active;
    return e?.template === 'limitWip' && e.status === 'active' ? e.wipLimit : undefined;
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
        this.adopt(await this.store.read('experiments'));
      } catch {
        // a read racing a recovery; the next change re-reads
      }
    });
  }

  private adopt(doc: ExperimentsDoc): void {
    this.experiments = doc;
    this.changed.fire();
  }

  async run(cmd: ExperimentCommand): Promise<ExperimentRefusal | undefined> {
    await this.ready;
    const result = await this.serial(async () => {
      const { result, doc } = await this.store.update('experiments', (current) => {
        const r = applyExperiment(current, cmd, { now: Date.now(), newId: () => globalThis.crypto.randomUUID() });
        return { doc: r.doc, changed: r.changed, result: r.refusal };
      });
      this.adopt(doc);
      return result;
    });
    // Outside the queue: noteWip runs a command of its own.
    if (cmd.type === 'start' || cmd.type === 'resume') await this.noteWip();
    return result;
  }

  /** Records today's number of items in progress for a running "Limit WIP" experiment. */
  private async noteWip(): Promise<void> {
    if (this.wipLimit === undefined) return;
    const active = this.wip.items.items.filter((i) => i.status === 'active').length;
    await this.run({ type: 'noteWip', active }).catch(() => undefined);
  }
}
