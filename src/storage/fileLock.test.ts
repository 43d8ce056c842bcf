import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { withFileLock } from './fileLock';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('file lock', () => {
  it('a waiter gets its turn while another writes in a loop, before the loop ends', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-lock-'));
    const lock = path.join(dir, 'doc.json.lock');
    let loopDone = 0;
    // The loop takes the lock back synchronously on release: without a handoff the waiter never sees it free.
    const loop = (async () => {
      for (let i = 0; i < 300; i++) await withFileLock(lock, () => sleep(3));
      loopDone = performance.now();
    })();
    await sleep(30);
    let waiterGot = 0;
    await withFileLock(lock, async () => {
      waiterGot = performance.now();
    });
    await loop;
    assert.ok(waiterGot < loopDone, 'the waiter had the lock before the loop finished');
    assert.deepEqual(await fs.readdir(dir), [], 'no lock or owner file left behind');
  });
});
