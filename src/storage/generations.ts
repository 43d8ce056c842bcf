import { promises as fs, linkSync } from 'node:fs';
import * as path from 'node:path';
import { randomHex } from './randomHex';

/**
 * A document is kept as numbered generations beside its name: `timer.json` is `timer.g41.json`, `timer.g42.json`, …;
 * the newest one that can be read is the document. A writer that read generation N publishes N + 1 by hard-linking
 * a complete, fsynced temp file to that name. link fails when the name exists, so of two writers that read the same
 * generation exactly one wins and the other reads again and applies its change again — however long either of them
 * was paused in between. The lock (fileLock) only keeps writers from colliding; no record depends on it.
 *
 * Old generations: the newest KEEP stay whole (they are the backups); older ones are emptied, not removed, so their
 * names stay taken and a writer paused since then still cannot publish over them; an emptied name is removed after
 * EMPTY_TTL_MS. A writer refuses to publish what it read more than STALE_READ_MS ago, so a name can only be reused by
 * a writer stalled for EMPTY_TTL_MS between two adjacent statements (see publish).
 */
export const KEEP = 3;
export const EMPTY_TTL_MS = 10 * 60_000;
export const STALE_READ_MS = 60_000;

export interface Generation {
  n: number;
  path: string;
}

/** `dir/timer.json` → `dir/timer.g7.json`. */
export function generationPath(file: string, n: number): string {
  return `${file.replace(/\.json$/, '')}.g${n}.json`;
}

const GENERATION = /^(.+)\.g(\d+)\.json$/;

/** The generation a store file name holds (`timer.g7.json` → 7, a pre-generation `timer.json` → 0), if any. */
export function generationOf(name: string): number | undefined {
  const m = GENERATION.exec(name);
  if (m) return Number(m[2]);
  return name.endsWith('.json') ? 0 : undefined;
}

/** The document a store file name belongs to (`timer.g7.json` → `timer.json`), for watchers and listings. */
export function documentOf(name: string): string | undefined {
  const m = GENERATION.exec(name);
  if (m) return `${m[1]}.json`;
  if (name.endsWith('.json')) return name;
  return undefined;
}

/**
 * The document's generations, newest first. A file written by Pacewise before generations (`timer.json`) counts as
 * generation 0 until KEEP newer ones exist. (`timer.json.bak` is not one: see writeBackup.)
 */
export async function listGenerations(file: string, names?: string[]): Promise<Generation[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const all = names ?? (await fs.readdir(dir).catch(() => [] as string[]));
  const out: Generation[] = [];
  for (const name of all) {
    if (name === base) out.push({ n: 0, path: file });
    else {
      const m = GENERATION.exec(name);
      if (m && `${m[1]}.json` === base) out.push({ n: Number(m[2]), path: path.join(dir, name) });
    }
  }
  return out.sort((a, b) => b.n - a.n);
}

/** When a writer read the generation it builds on, on both clocks (a wall-clock jump or a suspend moves only one). */
export interface ReadMark {
  wall: number;
  mono: number;
}

export const markRead = (): ReadMark => ({ wall: Date.now(), mono: performance.now() });

/**
 * Publishes `content` as generation `n` of `file`. Returns false, changing nothing, when that generation exists
 * already (another writer won) or what it was built on was read too long ago: the caller reads again and retries.
 */
export async function publish(file: string, n: number, content: string, readAt: ReadMark): Promise<boolean> {
  const target = generationPath(file, n);
  const tmp = await writeTemp(target, content);
  try {
    // The age check and the link are adjacent synchronous statements: nothing else of ours runs between them.
    if (Date.now() - readAt.wall > STALE_READ_MS || performance.now() - readAt.mono > STALE_READ_MS) return false;
    try {
      linkSync(tmp, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  } finally {
    await fs.unlink(tmp).catch(() => undefined);
  }
  await syncDir(path.dirname(file));
  return true;
}

/** Where a copy of the newest generation is kept, should that one be damaged later. */
export function backupPath(file: string): string {
  return `${file}.bak`;
}

/**
 * Replaces the backup with a copy of generation `n` (temp file and rename; not fsynced: it only matters when the
 * newest generation is damaged later, and the generation before it is the fallback of the fallback). Two writers may
 * leave an older copy here; its `gen` says which generation it is, so it is only used for that one.
 */
export async function writeBackup(file: string, n: number, envelope: object): Promise<void> {
  // Best effort, after the generation is published: a full disk here must not report a saved change as failed.
  const tmp = await writeTemp(backupPath(file), JSON.stringify({ ...envelope, gen: n }), false).catch(() => undefined);
  if (!tmp) return;
  await fs.rename(tmp, backupPath(file)).catch(async () => {
    await fs.unlink(tmp).catch(() => undefined);
  });
}

/** Writes a uniquely named temp file beside `target`: mode 0600, fsynced. Removed again on any error. */
export async function writeTemp(target: string, content: string | Buffer, sync = true): Promise<string> {
  const tmp = `${target}.${process.pid}.${randomHex(6)}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(content);
    await handle.chmod(0o600);
    if (sync) await handle.sync();
    await handle.close();
    return tmp;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Makes a new name in `dir` durable (Windows cannot open a folder for this; NTFS journals the name itself). */
async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported here
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Empties the generations that just fell out of the newest KEEP (walking down until one is empty already), and every
 * EMPTY_SWEEP-th generation, or when `sweep` is asked, removes names empty for EMPTY_TTL_MS and the pre-generation
 * files once KEEP newer generations exist. Never touches the newest KEEP. Errors are ignored: it runs again.
 */
export async function collect(
  file: string,
  newest: number,
  opts: { sweep?: boolean; now?: number; names?: string[] } = {},
): Promise<void> {
  // Only the generations that just fell out are still whole: no listing needed for them.
  for (let n = newest - KEEP; n > 0; n--) {
    const g = generationPath(file, n);
    const stat = await fs.stat(g).catch(() => undefined);
    if (!stat || stat.size === 0) break;
    await fs.truncate(g, 0).catch(() => undefined);
  }
  if (!opts.sweep && newest % EMPTY_SWEEP !== 0) return;
  const now = opts.now ?? Date.now();
  for (const g of await listGenerations(file, opts.names)) {
    if (g.n > newest - KEEP) continue;
    if (g.n <= 0) {
      await fs.unlink(g.path).catch(() => undefined);
      continue;
    }
    const stat = await fs.stat(g.path).catch(() => undefined);
    if (stat?.size === 0 && now - stat.mtimeMs > EMPTY_TTL_MS) await fs.unlink(g.path).catch(() => undefined);
    else if (stat && stat.size > 0) await fs.truncate(g.path, 0).catch(() => undefined);
  }
}

const EMPTY_SWEEP = 64;

/**
 * Cleans up after crashes, for every document in `dir`: temp files and lock leftovers older than a minute (a live
 * writer's are fresh) and old generations (see collect). Returns how many temp and lock files were removed.
 */
export async function cleanFolder(dir: string, now = Date.now()): Promise<number> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  const documents = new Set<string>();
  for (const name of names) {
    const doc = documentOf(name);
    if (doc && !name.includes('.corrupt-')) documents.add(doc);
    if (!name.endsWith('.tmp') && !/\.lock\.(\d+\.|broken\.)[0-9a-f]+$/.test(name)) continue;
    const full = path.join(dir, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat && now - stat.mtimeMs > 60_000) {
      await fs.unlink(full).catch(() => undefined);
      removed++;
    }
  }
  for (const doc of documents) {
    const file = path.join(dir, doc);
    const newest = (await listGenerations(file, names))[0]?.n ?? 0;
    await collect(file, newest, { sweep: true, now, names });
  }
  return removed;
}
