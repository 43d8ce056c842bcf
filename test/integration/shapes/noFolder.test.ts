// faults.md 23, a window with no folder: the timer, check-ins and exports work (the store is per user, not per
// folder); team notes say where they would come from and write nothing; no command throws.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../../src/extension';
import { exec, pacewise, waitFor } from '../helpers';

describe('A window with no folder open', () => {
  let api: PacewiseApi;
  const out = mkdtempSync(path.join(os.tmpdir(), 'pacewise-no-folder-'));

  before(async () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined, 'this window has no folder');
    api = await pacewise();
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  it('every host window here is a remote one (code-server: the extension host by the files, the workbench in a browser)', () => {
    // So each suite also runs as Pacewise runs over SSH or in a container: the store and the files on the remote.
    assert.ok(vscode.env.remoteName, 'a remote window');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('a focus session runs and is kept in the history, like in any window', async () => {
    assert.equal(await exec('pacewise.startFocusSession', { minutes: 25, intent: 'read without a folder' }), true);
    await waitFor(api, 'the session to show in the status bar', () => /\d+:\d\d/.test(api.statusBar().text));
    assert.equal(api.state().intent, 'read without a folder');
    assert.equal(await exec('pacewise.stopSession'), true);
    assert.equal(api.state().kind, 'idle');
    const file = path.join(out, 'export.json');
    assert.equal(await exec('pacewise.exportData', { path: file }), true);
    assert.match(readFileSync(file, 'utf8'), /read without a folder/);
  });

  it('team notes: the view says to open a folder; sharing writes nothing and keeps the draft', async () => {
    const { service, model } = await api.team();
    await service.load();
    const m = await model();
    assert.equal(m.state, 'noFolder');
    assert.deepEqual(m.notes, []);
    const draft = await service.draftQuestion();
    assert.ok(await service.edit(draft.id, { type: 'text', field: 'question', value: 'Where do notes go?' }));
    const revision = service.drafts.find((d) => d.id === draft.id)?.revision as number;
    assert.deepEqual(await service.share(draft.id, revision), { ok: false, reason: 'noFolder' });
    assert.ok(
      service.drafts.some((d) => d.id === draft.id),
      'the draft is kept for a window with a folder',
    );
    assert.equal(await service.inGit(), undefined);
  });

  it('git signals say there is nothing to read; the sidebar and the Team notes view open without errors', async () => {
    const facts = await api.gitFacts();
    assert.notEqual(facts.state, 'ok');
    assert.deepEqual(facts.repos, []);
    await exec('pacewise.showSidebar');
    await exec('pacewise.showTeamNotes');
    assert.ok(existsSync(api.storeDir), 'the store lives in the user’s global storage');
  });
});
