import { randomHex } from './randomHex';
import {
  linkSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How long to wait for another process's lock before giving up with an error. */
const LOCK_TIMEOUT_MS = 15_000;
/** A lock whose file has not changed for this long is broken: its holder renews it every HEARTBEAT_MS. */
const LEASE_MS = 10_000;
const HEARTBEAT_MS = 2_000;
/** A waiter waiting longer than this polls quickly, and the holder that releases the lock leaves it the next turn. */
const LONG_WAIT_MS = 200;
/** How long a holder leaves the lock to such a waiter before taking it back. */
const HANDOFF_MS = 20;

/** Per lock path: until when this process leaves the lock to the waiters it saw when it released it. */
const handoffUntil = new Map<string, number>();

export class LockTimeoutError extends Error {}

interface Owner {
  pid: number;
  token: string;
  /** Host, boot and pid namespace of the owner: its pid means something only where these match ours. */
  where: string | undefined;
}

let here: string | undefined;
/** Where this process runs. A pid is only checked in the same kernel boot and pid namespace (containers, NFS). */
function whereWeRun(): string {
  if (here === undefined) {
    const read = (f: () => string) => {
      try {
        return f().trim();
      } catch {
        return '-';
      }
    };
    const boot = read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
    const pidNamespace = read(() => readlinkSync('/proc/self/ns/pid'));
    here = `${os.hostname()}/${boot}/${pidNamespace}`.replace(/\s/g, '_');
  }
  return here;
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
function readOwner(lockPath: string): (Owner & { seen: string }) | undefined {
  try {
    const text = readFileSync(lockPath, 'utf8');
    const [pid, token, where] = text.split(' ');
    // The modification time is part of what is seen: the holder's heartbeat changes it.
    return { pid: Number(pid), token, where, seen: `${text}@${statSync(lockPath).mtimeMs}` };
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding a cross-process lock file. The lock is created atomically with its owner inside (write a
 * unique file, then hard-link it to the lock name: link fails if the name exists). While `fn` runs the holder renews
 * the lock's time. A lock is broken when its owner is known dead (same host, boot and pid namespace, pid gone) or when
 * it has not been renewed for LEASE_MS of our monotonic clock (a paused or vanished holder; wall-clock jumps do not
 * matter). Breaking renames the lock away first, so a lock another waiter has just taken is handed back, never lost.
 * Release only removes a lock that still carries our token, and never throws. Writers never rely on the lock alone:
 * a holder paused past its lease cannot publish over what others wrote meanwhile (see generations.ts).
 */
export async function withFileLock<R>(
  lockPath: string,
  fn: () => Promise<R>,
  onWarning?: (m: string) => void,
): Promise<R> {
  const token = randomHex(8);
  const mine = `${lockPath}.${process.pid}.${token}`;
  writeFileSync(mine, `${process.pid} ${token} ${whereWeRun()}`, { mode: 0o600 });
  await leaveTurnToWaiters(lockPath);
  const started = performance.now();
  let seen: string | undefined;
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
      if (owner?.seen !== seen) {
        seen = owner?.seen;
        seenSince = now;
      }
      const dead = owner !== undefined && isDead(owner);
      if (owner && (dead || now - seenSince > LEASE_MS)) {
        if (!dead) onWarning?.(`Broke a lock not renewed for ${LEASE_MS} ms: ${lockPath}`);
        breakLock(lockPath, owner.token, token);
        continue;
      }
      if (now - started > LOCK_TIMEOUT_MS) throw new LockTimeoutError(`Timed out waiting for ${lockPath}`);
      await sleep(now - started > LONG_WAIT_MS ? Math.random() * 2 : Math.min(20, 1 + attempt) + Math.random() * 3);
    }
  } finally {
    unlinkQuietly(mine);
  }
  const heartbeat = setInterval(() => {
    if (readOwner(lockPath)?.token !== token) return;
    const t = new Date();
    try {
      utimesSync(lockPath, t, t);
    } catch {
      // gone: the next holder's business now
    }
  }, HEARTBEAT_MS);
  heartbeat.unref?.();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    const owner = readOwner(lockPath);
    if (owner?.token === token) {
      unlinkQuietly(lockPath);
      if (othersWaiting(lockPath, mine)) handoffUntil.set(lockPath, performance.now() + HANDOFF_MS);
    } else onWarning?.(`Lock was taken over while held: ${lockPath}`);
  }
}

// Without this a process writing in a loop takes the lock back within microseconds of releasing it, while waiters
// poll every few milliseconds: under steady contention one of them could wait out LOCK_TIMEOUT_MS (seen on CI).
// Only a waiter that has waited long is handed the turn, so short contention costs nothing.
async function leaveTurnToWaiters(lockPath: string): Promise<void> {
  const until = handoffUntil.get(lockPath);
  if (until === undefined) return;
  handoffUntil.delete(lockPath);
  while (performance.now() < until && !exists(lockPath)) await sleep(1);
}

/** Whether another process has waited long for the lock: each waiter keeps its owner file beside it while it waits. */
function othersWaiting(lockPath: string, mine: string): boolean {
  const dir = path.dirname(lockPath);
  const prefix = `${path.basename(lockPath)}.`;
  const ours = path.basename(mine);
  const now = Date.now();
  try {
    return readdirSync(dir).some((name) => {
      if (!name.startsWith(prefix) || name === ours || !/^\d+\.[0-9a-f]+$/.test(name.slice(prefix.length)))
        return false;
      try {
        // Written when its wait began. One left by a waiter that was killed is ignored once older than any wait.
        const waited = now - statSync(path.join(dir, name)).mtimeMs;
        return waited > LONG_WAIT_MS && waited < LOCK_TIMEOUT_MS + LEASE_MS;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function isDead(owner: Owner): boolean {
  // A lock written before owners said where they run is from this machine.
  const local = owner.where === undefined || owner.where === whereWeRun();
  return local && owner.pid !== process.pid && Number.isInteger(owner.pid) && owner.pid > 0 && !isAlive(owner.pid);
}

/** Removes the lock if it is still `staleToken`'s: renamed away first, and handed back if it was someone else's. */
function breakLock(lockPath: string, staleToken: string, ourToken: string): void {
  const aside = `${lockPath}.broken.${ourToken}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // already gone
  }
  if (readOwner(aside)?.token !== staleToken) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // taken again meanwhile; two holders at worst, and publishing refuses the one that read too early
    }
  }
  unlinkQuietly(aside);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
