import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise, toIdle, waitFor } from './helpers';

describe('Work in progress in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  const active = async () => (await store.read('wip')).items.filter((i) => i.status === 'active');

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
  });

  it('working on one item, then another, logs a context switch; sessions are tied to the item', async () => {
    await toIdle(api);
    const switches = async () =>
      (await store.readHistory(Date.now() - 3_600_000, Date.now() + 1_000)).interruptions.filter(
        (i) => i.kind === 'contextSwitch',
      ).length;
    const before = await switches();
    await exec('pacewise.addWipItem', { title: 'Tokenizer' });
    await exec('pacewise.addWipItem', { title: 'Release notes' });
    const [a, b] = (await active()).filter((i) => i.title === 'Tokenizer' || i.title === 'Release notes');
    assert.equal(await exec('pacewise.workOnWipItem', { id: a.id }), true);
    assert.equal(await switches(), before, 'choosing the first item is not a switch');
    assert.equal(await exec('pacewise.workOnWipItem', { id: b.id }), true);
    await waitFor(api, 'the context switch to be logged', async () => (await switches()) === before + 1);
    assert.equal(await exec('pacewise.startFocusSession', { minutes: 25 }), true);
    assert.equal(api.state().intent, b.title);
    const sessionId = api.state().sessionId;
    await exec('pacewise.stopSession');
    // The history record names the item, so later figures can count time per item.
    const history = await store.readHistory(Date.now() - 3_600_000, Date.now() + 1_000);
    assert.equal(history.sessions.find((s) => s.id === sessionId)?.wipId, b.id);
    // With its own intent the session keeps that intent and is still tied to the item.
    assert.equal(await exec('pacewise.startFocusSession', { minutes: 25, intent: 'Write the docs' }), true);
    const second = api.state().sessionId;
    await exec('pacewise.stopSession');
    const after = await store.readHistory(Date.now() - 3_600_000, Date.now() + 1_000);
    const record = after.sessions.find((s) => s.id === second);
    assert.deepEqual([record?.intent, record?.wipId], ['Write the docs', b.id]);
    for (const item of [a, b]) await exec('pacewise.completeWipItem', { id: item.id });
  });

  it('add, park, resume and complete items through the commands', async () => {
    assert.equal(await exec('pacewise.addWipItem', { title: 'Parser refactor' }), true);
    const item = (await active()).find((i) => i.title === 'Parser refactor');
    assert.ok(item);
    assert.equal(await exec('pacewise.parkWipItem', { id: item.id }), true);
    assert.equal((await store.read('wip')).items.find((i) => i.id === item.id)?.status, 'parked');
    assert.equal(await exec('pacewise.parkWipItem', { id: item.id }), false, 'parking a parked item changes nothing');
    assert.equal(await exec('pacewise.resumeWipItem', { id: item.id }), true);
    assert.equal(await exec('pacewise.completeWipItem', { id: item.id }), true);
    assert.equal((await store.read('wip')).items.find((i) => i.id === item.id)?.status, 'done');
  });

  for (const [command, arg] of [
    ['pacewise.addWipItem', { title: '' }],
    ['pacewise.addWipItem', { title: 'x'.repeat(121) }],
    ['pacewise.addWipItem', { title: 'ok', extra: 1 }],
    ['pacewise.addWipItem', 'just a string'],
    ['pacewise.completeWipItem', { id: 42 }],
    ['pacewise.completeWipItem', { id: 'no-such-item' }],
  ] as const) {
    it(`${command} ${JSON.stringify(arg).slice(0, 40)} is refused and changes nothing`, async () => {
      const before = JSON.stringify(await store.read('wip'));
      assert.equal(await exec(command, arg), false);
      assert.equal(JSON.stringify(await store.read('wip')), before);
    });
  }

  it('above the soft limit the status bar tooltip says so, and adding still works', async () => {
    await vscode.workspace.getConfiguration('pacewise').update('wip.limit', 1, vscode.ConfigurationTarget.Global);
    try {
      await exec('pacewise.addWipItem', { title: 'one' });
      assert.equal(await exec('pacewise.addWipItem', { title: 'two' }), true, 'the limit never blocks');
      const n = (await active()).length;
      await waitFor(api, 'the WIP line', () =>
        api.statusBar().tooltip.includes(`Work in progress: ${n}, above your limit of 1.`),
      );
    } finally {
      await vscode.workspace
        .getConfiguration('pacewise')
        .update('wip.limit', undefined, vscode.ConfigurationTarget.Global);
      for (const item of await active()) await exec('pacewise.completeWipItem', { id: item.id });
    }
  });
});
