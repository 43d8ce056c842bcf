import { randomHex } from './randomHex';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** How long to wait for another process's lock before giving up with an error. */
const LOCK_TIMEOUT_MS = 15_000;
/** A lock held this long by a live process is broken anyway: critical sections here take milliseconds. */
const LOCK_MAX_HOLD_MS = 10_000;

export class LockTimeoutError extends Error {}

interface Owner {
  pid: number;
  token: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// The lock's own files are a few bytes: synchronous calls take microseconds and skip two thread-pool round trips
// per operation, which was most of a small write's cost.
function readOwner(lockPath: string): Owner | undefined {
  try {
    const [pid, token] = readFileSync(lockPath, 'utf8').split(' ');
    return { pid: Number(pid), token };
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding a cross-process lock file. The lock is created atomically with its owner inside
 * (write a unique file, then hard-link it to the lock name: link fails if the name exists). A lock whose owner
 * process is gone is broken at once; one held past LOCK_MAX_HOLD_MS (waited on a monotonic clock, so wall-clock
 * jumps do not matter) is broken too. Release only removes a lock that still carries our token, and never throws.
 */
export async function withFileLock<R>(
  lockPath: string,
  fn: () => Promise<R>,
  onWarning?: (m: string) => void,
): Promise<R> {
  const token = randomHex(8);
  const mine = `${lockPath}.${process.pid}.${token}`;
  writeFileSync(mine, `${process.pid} ${token}`, { mode: 0o600 });
  const started = performance.now();
  let seenOwner: string | undefined;
  let seenSince = started;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(mine, lockPath);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = readOwner(lockPath);
      const now = performance.now();
      const key = owner ? `${owner.pid} ${owner.token}` : undefined;
      if (key !== seenOwner) {
        seenOwner = key;
        seenSince = now;
      }
      const dead = owner !== undefined && owner.pid !== process.pid && !isAlive(owner.pid);
      if (dead || now - seenSince > LOCK_MAX_HOLD_MS) {
        if (!dead) onWarning?.(`Broke a lock held for over ${LOCK_MAX_HOLD_MS} ms: ${lockPath}`);
        removeIfOwner(lockPath, owner);
        continue;
      }
      if (now - started > LOCK_TIMEOUT_MS) throw new LockTimeoutError(`Timed out waiting for ${lockPath}`);
      await sleep(Math.min(20, 1 + attempt) + Math.random() * 3);
    }
  } finally {
    unlinkQuietly(mine);
  }
  try {
    return await fn();
  } finally {
    const owner = readOwner(lockPath);
    if (owner?.token === token) unlinkQuietly(lockPath);
    else onWarning?.(`Lock was taken over while held: ${lockPath}`);
  }
}

function removeIfOwner(lockPath: string, owner: Owner | undefined): void {
  const current = readOwner(lockPath);
  if (current?.token === owner?.token) unlinkQuietly(lockPath);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
