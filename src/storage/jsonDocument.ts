import { Low } from 'lowdb';
import { DocSchema } from './docSchema';
import { withFileLock } from './fileLock';
import { PublishConflict, RecoveryReport, SafeAdapter } from './safeAdapter';

/** The outcome of a mutation: whether to write, and what to hand back to the caller. */
export interface Mutation<R> {
  changed: boolean;
  result: R;
  /** Replacement data; when absent the data passed in was mutated in place. */
  data?: unknown;
}

/** Conflicts in a row before an update gives up: each one means another writer's change was published first. */
const MAX_CONFLICTS = 50;

/**
 * One JSON document shared by every window's extension host. Reads need no lock (generations are published whole,
 * see generations.ts); every update re-reads under a cross-process lock, mutates and publishes the next generation.
 * When another writer published first (a lock broken from under a paused holder), the update reads again and
 * `mutate` runs again on what is there now: `mutate` must be a function of the data it is given.
 */
export class JsonDocument<T> {
  private readonly adapter: SafeAdapter<T>;
  private readonly lockPath: string;

  constructor(
    readonly file: string,
    private readonly schema: DocSchema<T>,
    onRecovery: (report: RecoveryReport) => void,
    private readonly onWarning?: (message: string) => void,
  ) {
    this.adapter = new SafeAdapter(file, schema, onRecovery);
    this.lockPath = `${file}.lock`;
  }

  get readOnly(): boolean {
    return this.adapter.readOnly;
  }

  /** The file holding the document now (its newest generation), or undefined before the first write. */
  currentFile(): Promise<string | undefined> {
    return this.adapter.currentFile();
  }

  /**
   * The document as on disk now. Every read parses a fresh object, so what is returned is the caller's own without a
   * copy — a copy doubled the cost of reading years. A damaged file is repaired under the lock first.
   */
  async read(): Promise<T> {
    const sound = await this.adapter.readIfSound();
    if (sound !== undefined) return sound;
    return this.locked(() => this.adapter.repair());
  }

  update<R>(mutate: (data: T) => Mutation<R> | Promise<Mutation<R>>): Promise<R> {
    return this.locked(async () => {
      // Constructed per update, over a view of the disk that remembers which generation it read.
      const db = new Low(this.adapter.transaction(), this.schema.defaults());
      await db.read();
      const outcome = await mutate(db.data);
      if (outcome.changed) {
        if (outcome.data !== undefined) db.data = outcome.data as T;
        await db.write();
      }
      return outcome.result;
    });
  }

  private async locked<R>(fn: () => Promise<R>): Promise<R> {
    for (let conflicts = 0; ; conflicts++) {
      try {
        return await withFileLock(this.lockPath, fn, this.onWarning);
      } catch (err) {
        if (!(err instanceof PublishConflict) || conflicts >= MAX_CONFLICTS) throw err;
      }
    }
  }
}
