import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { DocSchema, readEnvelope } from './docSchema';
import {
  backupPath,
  collect,
  Generation,
  generationPath,
  listGenerations,
  markRead,
  publish,
  ReadMark,
  writeBackup,
} from './generations';

/** What happened when a stored file could not be read; the host tells the user exactly this. */
export interface RecoveryReport {
  file: string;
  reason: string;
  movedTo: string;
  recoveredRecords: number;
  /** Records that appear in the damaged file beyond what the backup held (an estimate from the raw text). */
  unreadableRecords: number;
  fromBackup: boolean;
}

export class ReadOnlyStoreError extends Error {}
/** Another writer published first, or what we read is too old to build on: read again and retry. */
export class PublishConflict extends Error {}

type Parsed<T> = { ok: true; data: T; newer: boolean } | { ok: false; reason: string };

/** What a read found: the data, the generation it belongs to, and the damaged newest generation if there is one. */
interface Loaded<T> {
  data: T;
  /** The newest generation on disk (0 when there is none). */
  n: number;
  readAt: ReadMark;
  newer: boolean;
  damaged?: { gen: Generation; raw: string; reason: string; fromBackup: boolean };
}

/**
 * Reads and writes one document's generations (generations.ts) and never silently resets data: when the newest
 * generation cannot be read (damaged, of a wrong shape) the newest good one is used, the damaged one copied aside
 * byte for byte, and the good data published as a new generation — always under the document's lock (`repair`), so a
 * reader never sees a missing or empty document because of it. A file from a newer version makes the document
 * read-only. lowdb reaches the disk only through `transaction()`, one per update.
 */
export class SafeAdapter<T> {
  /** Set when the file on disk was written by a newer Pacewise: nothing may be written over it. */
  readOnly = false;

  constructor(
    private readonly file: string,
    private readonly schema: DocSchema<T>,
    private readonly onRecovery: (report: RecoveryReport) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The document as on disk now, or undefined when the newest generation is damaged (repair under the lock). */
  async readIfSound(): Promise<T | undefined> {
    const loaded = await this.load();
    return loaded.damaged ? undefined : loaded.data;
  }

  /** The newest generation's path, or undefined when there is none yet. */
  async currentFile(): Promise<string | undefined> {
    return (await listGenerations(this.file))[0]?.path;
  }

  /** Reads under the document's lock, repairing a damaged newest generation first. */
  async repair(): Promise<T> {
    return (await this.loadRepaired()).data;
  }

  /** One update's view of the disk, for lowdb: `read` remembers the generation, `write` publishes the next one. */
  transaction(): Adapter<T> {
    let base: Loaded<T> | undefined;
    return {
      read: async () => {
        base = await this.loadRepaired();
        return base.data;
      },
      write: async (data: T) => {
        if (!base) throw new Error('write before read');
        if (base.newer) {
          throw new ReadOnlyStoreError(
            `${this.file} was written by a newer version of Pacewise; it is kept read-only.`,
          );
        }
        const envelope = this.envelope(data);
        if (!(await publish(this.file, base.n + 1, JSON.stringify(envelope), base.readAt))) throw new PublishConflict();
        await writeBackup(this.file, base.n + 1, envelope);
        await collect(this.file, base.n + 1);
      },
    };
  }

  private envelope(data: T): object {
    return { schema: this.schema.name, v: this.schema.version, data };
  }

  /** Must run under the lock: a damaged newest generation is copied aside and superseded before anything builds on it. */
  private async loadRepaired(): Promise<Loaded<T>> {
    const loaded = await this.load();
    if (!loaded.damaged) return loaded;
    const { gen, raw, reason, fromBackup } = loaded.damaged;
    const movedTo = `${gen.path}.corrupt-${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}`;
    await fs.copyFile(gen.path, movedTo);
    await fs.chmod(movedTo, 0o600).catch(() => undefined);
    if (!(await publish(this.file, loaded.n + 1, JSON.stringify(this.envelope(loaded.data)), loaded.readAt))) {
      throw new PublishConflict(); // someone wrote meanwhile without the lock: read again
    }
    this.onRecovery({
      file: this.file,
      reason,
      movedTo,
      recoveredRecords: fromBackup ? this.schema.countRecords(loaded.data) : 0,
      unreadableRecords: Math.max(0, countIds(raw) - (fromBackup ? countIds(JSON.stringify(loaded.data)) : 0)),
      fromBackup,
    });
    return { ...loaded, n: loaded.n + 1, damaged: undefined, readAt: markRead() };
  }

  /**
   * The newest generation that can be read. A generation that cannot be read counts as damaged only while it is
   * still the newest: one emptied or removed under a stale listing (see collect) sends the read round again.
   */
  private async load(): Promise<Loaded<T>> {
    const quick = await this.loadFromHint();
    if (quick) return quick;
    for (let round = 0; ; round++) {
      const readAt = markRead();
      const gens = await listGenerations(this.file);
      this.hint = gens[0]?.n;
      if (gens.length === 0) return { data: this.schema.defaults(), n: 0, readAt, newer: false };
      let firstFailure: { gen: Generation; raw: string; reason: string } | undefined;
      let vanished = false;
      let found: Parsed<T> | undefined;
      for (const gen of gens) {
        const raw = await readText(gen.path);
        if (raw === undefined) {
          vanished = true;
          break;
        }
        const parsed = this.parse(raw);
        if (parsed.ok) {
          found = parsed;
          break;
        }
        firstFailure ??= { gen, raw, reason: parsed.reason };
      }
      const newest = gens[0];
      if (found?.ok && !firstFailure) {
        this.readOnly = found.newer;
        return { data: found.data, n: newest.n, readAt, newer: found.newer };
      }
      // Something could not be read: damage only if the listing was not stale.
      const stillNewest = !vanished && (await listGenerations(this.file))[0]?.n === newest.n;
      if (!stillNewest && round < 20) continue;
      // The backup is a copy of one generation: when it is of the damaged one, nothing is lost at all.
      const copy = await this.backupOf(newest.n);
      const fallback = copy ?? (found?.ok ? found.data : undefined);
      const failure = firstFailure ?? { gen: newest, raw: '', reason: 'the file could not be read' };
      const damaged = { ...failure, fromBackup: fallback !== undefined };
      return { data: fallback ?? this.schema.defaults(), n: newest.n, readAt, newer: false, damaged };
    }
  }

  /** The newest generation seen last time; the next read looks there and above before listing the folder. */
  private hint: number | undefined;

  /**
   * Generations are published one above the other, so from the last newest one a read only needs to look upwards
   * (a listing of the folder costs more with every emptied generation in it). Anything unusual — the hinted file gone,
   * or the newest one unreadable — goes the long way.
   */
  private async loadFromHint(): Promise<Loaded<T> | undefined> {
    if (this.hint === undefined || this.hint <= 0) return undefined;
    const readAt = markRead();
    let n = this.hint;
    let raw = await readText(generationPath(this.file, n));
    if (!raw) return undefined;
    for (;;) {
      const next = await readText(generationPath(this.file, n + 1));
      if (next === undefined) break;
      n++;
      raw = next;
    }
    const parsed = this.parse(raw);
    if (!parsed.ok) return undefined;
    this.hint = n;
    this.readOnly = parsed.newer;
    return { data: parsed.data, n, readAt, newer: parsed.newer };
  }

  private async backupOf(n: number): Promise<T | undefined> {
    const raw = await readText(backupPath(this.file));
    if (raw === undefined) return undefined;
    const parsed = this.parse(raw);
    if (!parsed.ok || parsed.newer) return undefined;
    // Written before generations: a copy of the file that is now generation 0.
    const gen = (JSON.parse(raw.replace(/^\ufeff/, '')) as { gen?: unknown }).gen ?? 0;
    return gen === n ? parsed.data : undefined;
  }

  private parse(raw: string): Parsed<T> {
    // A BOM or CRLF from an editor does not damage the data, so it is accepted; NUL bytes mean a torn disk write.
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
    if (text.includes('\u0000')) return { ok: false, reason: 'the file contains NUL bytes' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'the file is not valid JSON (truncated or damaged)' };
    }
    return readEnvelope(json, this.schema);
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Every record carries an `id`, so counting them in raw text estimates records even in a damaged file. */
function countIds(text: string): number {
  return (text.match(/"id"\s*:/g) ?? []).length;
}
