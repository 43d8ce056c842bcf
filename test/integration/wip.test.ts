import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise, waitFor } from './helpers';

describe('Work in progress in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  const active = async () => (await store.readWip()).items.filter((i) => i.status === 'active');

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
  });

  it('add, park, resume and complete items through the commands', async () => {
    assert.equal(await exec('pacewise.addWipItem', { title: 'Parser refactor' }), true);
    const item = (await active()).find((i) => i.title === 'Parser refactor');
    assert.ok(item);
    assert.equal(await exec('pacewise.parkWipItem', { id: item.id }), true);
    assert.equal((await store.readWip()).items.find((i) => i.id === item.id)?.status, 'parked');
    assert.equal(await exec('pacewise.parkWipItem', { id: item.id }), false, 'parking a parked item changes nothing');
    assert.equal(await exec('pacewise.resumeWipItem', { id: item.id }), true);
    assert.equal(await exec('pacewise.completeWipItem', { id: item.id }), true);
    assert.equal((await store.readWip()).items.find((i) => i.id === item.id)?.status, 'done');
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
      const before = JSON.stringify(await store.readWip());
      assert.equal(await exec(command, arg), false);
      assert.equal(JSON.stringify(await store.readWip()), before);
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
