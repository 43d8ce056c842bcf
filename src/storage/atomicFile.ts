import { randomHex } from './randomHex';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Where the previous good version of a file is kept. */
export function backupPath(file: string): string {
  return `${file}.bak`;
}

/**
 * Replaces `file` with `content` so that readers see the old or the new file, never a torn one: a uniquely named
 * temp file (every process its own), mode 0600, fsync, then rename. A backup copy of the same content is written
 * first (`.bak`, not fsynced: it only matters if the main file is later damaged), so a damaged file can be restored
 * to its last good state without losing the latest change. On any error the previous file is untouched and the temp
 * files are removed.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = await writeTemp(file, content, true);
  try {
    const bak = await writeTemp(backupPath(file), content, false);
    await fs.rename(bak, backupPath(file)).catch(async (err) => {
      await fs.unlink(bak).catch(() => undefined);
      throw err;
    });
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
}

async function writeTemp(target: string, content: string, sync: boolean): Promise<string> {
  const tmp = `${target}.${process.pid}.${randomHex(6)}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(content, 'utf8');
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

/** Removes temp files left by a crash mid-write (older than a minute, so live writers are never disturbed). */
export async function removeStaleTempFiles(dir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.tmp') && !/\.lock\.\d+\.[0-9a-f]+$/.test(name)) continue;
    const full = path.join(dir, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat && now - stat.mtimeMs > 60_000) {
      await fs.unlink(full).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
