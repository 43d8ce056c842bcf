import { randomHex } from './randomHex';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Where the previous good version of a file is kept. */
export function backupPath(file: string): string {
  return `${file}.bak`;
}

/**
 * Replaces `file` with `content` so that readers see the old or the new file, never a torn one: a uniquely named
 * temp file (every process its own), mode 0600, fsync, then rename. The version being replaced is kept as the
 * backup through a hard link (no copy). On any error the previous file is untouched and the temp file removed.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomHex(6)}.tmp`;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(content, 'utf8');
    await handle.chmod(0o600);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await keepBackup(file);
    await fs.rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
}

async function keepBackup(file: string): Promise<void> {
  const bakTmp = `${backupPath(file)}.${process.pid}.${randomHex(4)}.tmp`;
  try {
    await fs.link(file, bakTmp);
    await fs.rename(bakTmp, backupPath(file));
  } catch (err) {
    await fs.unlink(bakTmp).catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
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
