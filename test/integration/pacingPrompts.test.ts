import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { SIGNALS } from '../../src/core/prompts/prompts';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, otherWindowSession, pacewise, toIdle, waitFor } from './helpers';

describe('Pacing prompts in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    await toIdle(api);
    // Earlier suites end sessions and commit: start from a clean slate, as a user can.
    assert.equal(await exec('pacewise.resetPrompts'), true);
    assert.equal(api.prompt(), undefined);
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
      for (const item of (await store.read('wip')).items.filter((i) => i.status === 'active')) {
        await exec('pacewise.completeWipItem', { id: item.id });
      }
    }
  });

  it('a pause in typing is a natural moment: with a signal holding, a question appears after the pause', async () => {
    const config = vscode.workspace.getConfiguration('pacewise');
    await exec('pacewise.resetPrompts');
    await config.update('wip.limit', 1, vscode.ConfigurationTarget.Global);
    await config.update('prompts.typingPauseSeconds', 1, vscode.ConfigurationTarget.Global);
    try {
      await exec('pacewise.addWipItem', { title: 'pause test one' });
      await exec('pacewise.addWipItem', { title: 'pause test two' });
      const doc = await vscode.workspace.openTextDocument({ content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      for (const ch of 'typing') {
        await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), ch));
        assert.equal(api.prompt(), undefined, 'never while typing');
      }
      await waitFor(
        api,
        'a question after the typing pause',
        () => api.prompt()?.why.includes('your limit is 1') === true,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await config.update('prompts.typingPauseSeconds', undefined, vscode.ConfigurationTarget.Global);
      await config.update('wip.limit', undefined, vscode.ConfigurationTarget.Global);
      for (const item of (await store.read('wip')).items.filter((i) => i.status === 'active')) {
        await exec('pacewise.completeWipItem', { id: item.id });
      }
    }
  });

  it('on demand a question is always offered', async () => {
    assert.equal(await exec('pacewise.suggestPrompt'), true);
    assert.ok(api.prompt());
  });

  describe('a team playbook (.pacewise/playbook.json)', () => {
    const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri;
    const playbookUri = () => vscode.Uri.joinPath(folder()!, '.pacewise', 'playbook.json');
    const write = (text: string) => vscode.workspace.fs.writeFile(playbookUri(), new TextEncoder().encode(text));
    const askFresh = async () => {
      await exec('pacewise.resetPrompts');
      await exec('pacewise.suggestPrompt');
      return api.prompt();
    };

    after(async () => {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder()!, '.pacewise'), { recursive: true });
      await exec('pacewise.resetPrompts');
    });

    it('overrides a built-in question; the question says it comes from the team', async () => {
      await write(
        JSON.stringify({
          note: 'unknown fields are fine',
          // Every signal, so it is the first pick whatever earlier suites left in today's history.
          prompts: [{ id: 'disc-01', category: 'discovery', signals: SIGNALS, text: 'Team question: what is done?' }],
        }),
      );
      await waitFor(
        api,
        'the playbook question',
        async () => (await askFresh())?.text === 'Team question: what is done?',
      );
      assert.match(api.prompt()?.why ?? '', /From your team’s playbook\./);
    });

    it('a broken playbook changes nothing else: the built-in questions are back', async () => {
      await write('{ "prompts": [ { "id": 1 } ');
      await waitFor(api, 'the built-in question', async () => {
        const p = await askFresh();
        return p !== undefined && !p.text.startsWith('Team question');
      });
    });
  });
});
