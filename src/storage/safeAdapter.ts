import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { backupPath, writeFileAtomic } from './atomicFile';
import { DocSchema, readEnvelope } from './docSchema';

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

type Parsed<T> = { ok: true; data: T; newer: boolean } | { ok: false; reason: string };

/**
 * A lowdb adapter that never silently resets data: unreadable or wrong-shaped files are moved aside and the last good
 * backup restored (lowdb's own adapters throw on a truncated file and keep defaults on `null`). Writes are atomic
 * with mode 0600 and keep the previous version as the backup. A file from a newer version makes the store read-only.
 */
export class SafeAdapter<T> implements Adapter<T> {
  /** Set when the file on disk was written by a newer Pacewise: nothing may be written over it. */
  readOnly = false;

  constructor(
    private readonly file: string,
    private readonly schema: DocSchema<T>,
    private readonly onRecovery: (report: RecoveryReport) => void,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<T> {
    const raw = await readText(this.file);
    if (raw === undefined) {
      // No file: a first run, or the file was deleted; a backup left behind is still worth restoring.
      const bak = await readText(backupPath(this.file));
      if (bak !== undefined) {
        const parsed = this.parse(bak);
        if (parsed.ok) return this.restore(parsed.data, 'the file was missing', undefined, bak);
      }
      return this.schema.defaults();
    }
    const parsed = this.parse(raw);
    if (parsed.ok) {
      this.readOnly = parsed.newer;
      return parsed.data;
    }
    return this.recover(raw, parsed.reason);
  }

  async write(data: T): Promise<void> {
    if (this.readOnly) {
      throw new ReadOnlyStoreError(`${this.file} was written by a newer version of Pacewise; it is kept read-only.`);
    }
    await writeFileAtomic(this.file, JSON.stringify({ schema: this.schema.name, v: this.schema.version, data }));
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

  private async recover(raw: string, reason: string): Promise<T> {
    const movedTo = `${this.file}.corrupt-${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(this.file, movedTo);
    const bak = await readText(backupPath(this.file));
    const parsed = bak === undefined ? undefined : this.parse(bak);
    if (parsed?.ok && bak !== undefined) return this.restore(parsed.data, reason, movedTo, raw);
    // No good backup: the damaged file stays aside for the user; the store starts over beside it, never over it.
    const data = this.schema.defaults();
    this.onRecovery({
      file: this.file,
      reason,
      movedTo,
      recoveredRecords: 0,
      unreadableRecords: countIds(raw),
      fromBackup: false,
    });
    return data;
  }

  private async restore(data: T, reason: string, movedTo: string | undefined, damaged: string): Promise<T> {
    await this.write(data);
    const recovered = this.schema.countRecords(data);
    this.onRecovery({
      file: this.file,
      reason,
      movedTo: movedTo ?? '',
      recoveredRecords: recovered,
      unreadableRecords: Math.max(0, countIds(damaged) - countIds(JSON.stringify(data))),
      fromBackup: true,
    });
    return data;
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
