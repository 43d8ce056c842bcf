import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, otherWindowSession, pacewise, toIdle, waitFor } from './helpers';

describe('Pacing prompts in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    await toIdle(api);
  });

  it('at the end of a session with more work in progress than the limit, a WIP question appears with its reason', async () => {
    const config = vscode.workspace.getConfiguration('pacewise');
    await config.update('wip.limit', 1, vscode.ConfigurationTarget.Global);
    try {
      await exec('pacewise.addWipItem', { title: 'prompt test one' });
      await exec('pacewise.addWipItem', { title: 'prompt test two' });
      await otherWindowSession(store, { id: `ends-${Date.now()}`, plannedMs: 1_000, startedAt: Date.now() });
      await waitFor(
        api,
        'a prompt after the session ended',
        () => api.prompt()?.why.includes('items in progress; your limit is 1') === true,
        8_000,
      );
      assert.ok(api.prompt()?.text.length);
    } finally {
      await config.update('wip.limit', undefined, vscode.ConfigurationTarget.Global);
      for (const item of (await store.readWip()).items.filter((i) => i.status === 'active')) {
        await exec('pacewise.completeWipItem', { id: item.id });
      }
    }
  });

  it('on demand a question is always offered', async () => {
    assert.equal(await exec('pacewise.suggestPrompt'), true);
    assert.ok(api.prompt());
  });
});
