import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkinsCsv, csvField, sessionsCsv } from '../core/data/csv';
import { brk, checkin, interruption, session } from '../../test/fixtures/records';
import { Experiment } from '../core/experiments/experiments';
import { totalAdded } from '../core/data/importMerge';
import { collectExport, exportText, importData, parseExport } from './dataTransfer';
import { PacewiseStore } from './pacewiseStore';

async function newStore(): Promise<PacewiseStore> {
  const store = new PacewiseStore(await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-transfer-')), {
    onRecovery: () => undefined,
  });
  await store.open();
  return store;
}

const experiment = (id: string, status: Experiment['status']): Experiment => ({
  id,
  template: 'hardStop',
  hypothesis: 'Stopping at six keeps evenings calm',
  metrics: ['stress'],
  weeks: 2,
  startedAt: Date.UTC(2026, 9, 1),
  status,
  pauses: [],
  wipMaxByDay: { '2026-10-02': 2 },
});

/** A store with a bit of everything, spread over two years of months. */
async function seeded(): Promise<PacewiseStore> {
  const store = await newStore();
  await store.appendHistory({
    sessions: [
      session('s1', '2025-01-15T09:00', 25),
      session('s2', '2026-11-23T23:30', 50, { intent: 'Fix, "quoted"\nthing', wipId: 'w1', pastEndOfDay: true }),
    ],
    breaks: [brk('b1', '2026-11-23T09:30', 'skipped')],
    interruptions: [interruption('i1', '2026-11-23T10:00', 'urgentRequest')],
    checkins: [{ ...checkin('c1', '2026-11-23T11:00', 4), note: '=HYPERLINK("x")' }],
    workItems: [{ id: 'w0', title: 'Old item', createdAt: Date.UTC(2026, 9, 1), doneAt: Date.UTC(2026, 9, 4) }],
  });
  await store.update('wip', () => ({
    doc: {
      items: [{ id: 'w1', title: 'Item', status: 'active', createdAt: 1, activeSince: 1 }],
      currentId: 'w1',
      levels: { '2026-11-23': [2, 1, 3] },
    },
    changed: true,
    result: undefined,
  }));
  await store.update('journal', () => ({
    doc: {
      reflections: [{ id: 'r1', week: '2026-W47', at: 5, status: 'skipped' }],
      lessons: [
        {
          id: 'l1',
          createdAt: 1,
          updatedAt: 2,
          source: { kind: 'experiment', experimentId: 'e1' },
          tried: 'a',
          changed: 'b',
          keep: 'c',
          tell: 'd',
          tags: ['x'],
        },
      ],
    },
    changed: true,
    result: undefined,
  }));
  await store.update('experiments', () => ({
    doc: { experiments: [experiment('e1', 'concluded'), experiment('e2', 'active')] },
    changed: true,
    result: undefined,
  }));
  return store;
}

const when = new Date('2026-11-24T12:00:00Z');

describe('data export and import', () => {
  it('round-trips everything losslessly through an export file', async () => {
    const source = await seeded();
    const text = exportText(await collectExport(source), when);
    const parsed = parseExport(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
    const target = await newStore();
    const summary = await importData(target, parsed.data, false);
    assert.equal(totalAdded(summary), 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 2);
    assert.equal(exportText(await collectExport(target), when), text);
  });

  it('adds nothing the second time and writes nothing in a dry run', async () => {
    const source = await seeded();
    const parsed = parseExport(exportText(await collectExport(source), when));
    assert.ok(parsed.ok);
    const target = await newStore();
    const dry = await importData(target, parsed.data, true);
    assert.equal(dry.sessions.added, 2);
    assert.deepEqual(await fs.readdir(target.dir), [], 'a dry run writes no file');
    await importData(target, parsed.data, false);
    const again = await importData(target, parsed.data, false);
    assert.equal(totalAdded(again), 0);
    assert.equal(again.sessions.present, 2);
    assert.equal((await target.readAllHistory()).sessions.length, 2);
  });

  it('merges into existing data: keeps what is here, skips a second running experiment and a second reflection', async () => {
    const target = await newStore();
    await target.appendHistory({ sessions: [session('mine', '2026-11-20T09:00', 30)] });
    await target.update('experiments', () => ({
      doc: { experiments: [experiment('mine', 'paused')] },
      changed: true,
      result: undefined,
    }));
    await target.update('journal', () => ({
      doc: { reflections: [{ id: 'r-mine', week: '2026-W47', at: 9, status: 'skipped' }], lessons: [] },
      changed: true,
      result: undefined,
    }));
    const parsed = parseExport(exportText(await collectExport(await seeded()), when));
    assert.ok(parsed.ok);
    const summary = await importData(target, parsed.data, false);
    assert.equal(summary.skipped, 2);
    assert.deepEqual(
      (await target.read('experiments')).experiments.map((e) => e.id),
      ['mine', 'e1'],
    );
    assert.deepEqual(
      (await target.read('journal')).reflections.map((r) => r.id),
      ['r-mine'],
    );
    assert.deepEqual((await target.readAllHistory()).sessions.map((s) => s.id).sort(), ['mine', 's1', 's2']);
  });

  it('refuses a malformed file with a clear problem', async () => {
    const good = JSON.parse(exportText(await collectExport(await seeded()), when));
    const variant = (change: (j: typeof good) => void) => {
      const j = structuredClone(good);
      change(j);
      return JSON.stringify(j);
    };
    const cases: [string, string][] = [
      ['{"schema": "pacewise.export", "version": 1, "documents": {', 'the file is not valid JSON'],
      ['[]', 'the file is not a Pacewise export'],
      [variant((j) => (j.version = 2)), 'the export was made by a newer Pacewise'],
      [variant((j) => (j.documents.history.v = 9)), 'history was written by a newer Pacewise'],
      [variant((j) => (j.documents.history.data.sessions[1].outcome = 'won')), 'sessions[1] is malformed'],
      [variant((j) => (j.documents.history.data.checkins[0].stress = 7)), 'checkins[0] is malformed'],
      [variant((j) => (j.documents.wip.data.levels['2026-11-23'] = [1])), 'wip.levels[2026-11-23] is malformed'],
      [variant((j) => (j.documents.journal.data.lessons = 'x')), 'journal: the reflection or lesson list is malformed'],
      [
        variant((j) => (j.documents.history.data.sessions[0] = JSON.parse('{"__proto__": {"x": 1}}'))),
        'the file uses a reserved key (__proto__, constructor or prototype)',
      ],
    ];
    for (const [text, problem] of cases) assert.deepEqual(parseExport(text), { ok: false, problem }, problem);
  });

  it('reads an export whose history is still version 2 (before work items)', async () => {
    const j = JSON.parse(exportText(await collectExport(await newStore()), when));
    j.documents.history = {
      schema: 'pacewise.history',
      v: 2,
      data: { sessions: [], breaks: [], interruptions: [], checkins: [] },
    };
    const parsed = parseExport(JSON.stringify(j));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data.history.workItems, []);
  });

  it('deletes every file of the store, backups and damaged copies included', async () => {
    const store = await seeded();
    await fs.writeFile(path.join(store.dir, 'timer.json.corrupt-2026'), 'x');
    assert.ok(
      (await fs.readdir(store.dir)).some((n) => n.endsWith('.g1.json')),
      'older generations too',
    );
    assert.deepEqual(await store.deleteAll(), []);
    assert.deepEqual(await fs.readdir(store.dir), []);
    assert.equal((await store.readAllHistory()).sessions.length, 0);
    assert.deepEqual((await store.read('wip')).items, []);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      assert.equal(csvField(f)[0] === '"' ? csvField(f)[1] : csvField(f)[0], "'", f);
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(-1), '-1', 'numbers are numbers');
    assert.equal(csvField(undefined), '');
  });

  it('writes sessions and check-ins with a header, oldest first', async () => {
    const h = await (await seeded()).readAllHistory();
    const rows = sessionsCsv(h.sessions).split('\r\n');
    assert.equal(
      rows[0],
      'id,started,ended,intent,work_item,planned_minutes,focus_minutes,outcome,interruptions,past_end_of_day',
    );
    assert.ok(rows[1].startsWith('s1,2025-01-15T08:00:00.000Z,'));
    assert.ok(sessionsCsv(h.sessions).includes('"Fix, ""quoted""\nthing",w1,25,50,completed,0,true'));
    assert.equal(
      checkinsCsv(h.checkins),
      `id,at,energy,stress,focus,fairness,note,session\r\nc1,2026-11-23T10:00:00.000Z,3,4,3,4,"'=HYPERLINK(""x"")",\r\n`,
    );
  });
});
