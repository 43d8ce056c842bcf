import assert from 'node:assert/strict';
import { promises as fs, utimesSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanFolder } from './generations';
import { DocSchema, isObject } from './docSchema';
import { JsonDocument } from './jsonDocument';

interface V2 {
  items: { id: string; title: string }[];
}

/** A schema at version 2 whose version 1 stored `names: string[]`: exercises the migration path. */
const schema: DocSchema<V2> = {
  name: 'test.doc',
  version: 2,
  defaults: () => ({ items: [] }),
  validate: (d) => (isObject(d) && Array.isArray(d.items) ? (d as unknown as V2) : 'no items'),
  migrations: {
    1: (d) => ({ items: ((d as { names: string[] }).names ?? []).map((title, i) => ({ id: `m${i}`, title })) }),
  },
  countRecords: (d) => d.items.length,
};

describe('safe adapter', () => {
  it('migrates an old version on read and writes the current version back on the next change', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-migrate-'));
    const file = path.join(dir, 'doc.json');
    await fs.writeFile(file, JSON.stringify({ schema: 'test.doc', v: 1, data: { names: ['a', 'b'], extra: 1 } }));
    const doc = new JsonDocument(file, schema, () => assert.fail('no recovery expected'));
    assert.deepEqual(
      (await doc.read()).items.map((i) => i.title),
      ['a', 'b'],
    );
    await doc.update((d) => {
      d.items.push({ id: 'c', title: 'c' });
      return { changed: true, result: undefined };
    });
    const stored = JSON.parse(await fs.readFile((await doc.currentFile())!, 'utf8'));
    assert.equal(stored.v, 2);
    assert.equal(stored.data.items.length, 3);
  });

  it('a version with no migration path is treated as unreadable, never guessed at', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-migrate-'));
    const file = path.join(dir, 'doc.json');
    await fs.writeFile(file, JSON.stringify({ schema: 'test.doc', v: 0, data: {} }));
    const reasons: string[] = [];
    await new JsonDocument(file, schema, (r) => reasons.push(r.reason)).read();
    assert.match(reasons[0], /no migration from version 0/);
  });

  it('removes temp files left by a crash, but not fresh ones of a live writer', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-tmp-'));
    const old = path.join(dir, 'timer.json.123.abcdef.tmp');
    const fresh = path.join(dir, 'timer.json.456.abcdef.tmp');
    await fs.writeFile(old, 'x');
    await fs.writeFile(fresh, 'x');
    const twoMinutesAgo = (Date.now() - 120_000) / 1000;
    utimesSync(old, twoMinutesAgo, twoMinutesAgo);
    assert.equal(await cleanFolder(dir), 1);
    assert.deepEqual(await fs.readdir(dir), ['timer.json.456.abcdef.tmp']);
  });
});
