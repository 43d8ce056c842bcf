import assert from 'node:assert/strict';
import { promises as fs, utimesSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanFolder, collect, generationPath, KEEP, listGenerations, markRead, publish } from './generations';

async function docFile(): Promise<string> {
  return path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-gen-')), 'doc.json');
}

describe('generations', () => {
  it('publishing a generation that exists fails and changes nothing: exactly one of two writers wins', async () => {
    const file = await docFile();
    const at = markRead();
    const results = await Promise.all([publish(file, 1, 'a', at), publish(file, 1, 'b', at)]);
    assert.deepEqual([...results].sort(), [false, true]);
    const winner = results[0] ? 'a' : 'b';
    assert.equal(await fs.readFile(generationPath(file, 1), 'utf8'), winner);
    assert.deepEqual(
      (await fs.readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp')),
      [],
      'no temp file left',
    );
  });

  it('a writer does not publish what it read over a minute ago (on either clock)', async () => {
    const file = await docFile();
    assert.equal(await publish(file, 1, 'late', { wall: Date.now() - 61_000, mono: performance.now() }), false);
    assert.equal(await publish(file, 1, 'late', { wall: Date.now(), mono: performance.now() - 61_000 }), false);
    assert.deepEqual(await listGenerations(file), []);
  });

  it('old generations are emptied, not removed (their names stay taken), and removed once empty for 10 minutes', async () => {
    const file = await docFile();
    for (let n = 1; n <= 6; n++) assert.ok(await publish(file, n, `v${n}`, markRead()));
    await collect(file, 6);
    const sizes = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => (await fs.stat(generationPath(file, n))).size));
    assert.deepEqual(sizes, [0, 0, 0, 2, 2, 2], `the newest ${KEEP} stay whole`);
    assert.equal(await publish(file, 2, 'a paused writer', markRead()), false, 'an emptied name is still taken');
    // An hour later (mtime moved back): the empty ones go, the newest stay.
    const hourAgo = (Date.now() - 3_600_000) / 1000;
    for (const n of [1, 2]) utimesSync(generationPath(file, n), hourAgo, hourAgo);
    await cleanFolder(path.dirname(file));
    assert.deepEqual(
      (await listGenerations(file)).map((g) => g.n),
      [6, 5, 4, 3],
    );
  });

  it('a file from before generations counts as generation 0 until three newer ones exist', async () => {
    const file = await docFile();
    await fs.writeFile(file, 'legacy');
    assert.deepEqual(
      (await listGenerations(file)).map((g) => g.n),
      [0],
    );
    for (let n = 1; n <= KEEP; n++) await publish(file, n, `v${n}`, markRead());
    await collect(file, KEEP, { sweep: true });
    await assert.rejects(fs.access(file), 'the pre-generation file is gone once superseded');
  });
});
