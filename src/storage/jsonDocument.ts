import { Low } from 'lowdb';
import { DocSchema } from './docSchema';
import { withFileLock } from './fileLock';
import { RecoveryReport, SafeAdapter } from './safeAdapter';

/** The outcome of a mutation: whether to write, and what to hand back to the caller. */
export interface Mutation<R> {
  changed: boolean;
  result: R;
  /** Replacement data; when absent the data passed in was mutated in place. */
  data?: unknown;
}

/**
 * One JSON file shared by every window's extension host. Reads need no lock (writes are atomic renames); every
 * update re-reads the file under a cross-process lock, mutates, and writes, so concurrent windows never lose a write.
 */
export class JsonDocument<T> {
  private readonly adapter: SafeAdapter<T>;
  private readonly db: Low<T>;

  constructor(
    readonly file: string,
    schema: DocSchema<T>,
    onRecovery: (report: RecoveryReport) => void,
    private readonly onWarning?: (message: string) => void,
  ) {
    // Constructed explicitly: lowdb's presets switch to an in-memory adapter when NODE_ENV=test.
    this.adapter = new SafeAdapter(file, schema, onRecovery);
    this.db = new Low(this.adapter, schema.defaults());
  }

  get readOnly(): boolean {
    return this.adapter.readOnly;
  }

  /**
   * The document as on disk now. Every read and every update parses a fresh object (the adapter never hands out one
   * twice), so what is returned is the caller's own without a copy — a copy doubled the cost of reading years.
   */
  async read(): Promise<T> {
    await this.db.read();
    return this.db.data;
  }

  async update<R>(mutate: (data: T) => Mutation<R> | Promise<Mutation<R>>): Promise<R> {
    return withFileLock(
      `${this.file}.lock`,
      async () => {
        await this.db.read();
        const outcome = await mutate(this.db.data);
        if (outcome.changed) {
          if (outcome.data !== undefined) this.db.data = outcome.data as T;
          await this.db.write();
        }
        return outcome.result;
      },
      this.onWarning,
    );
  }
}
