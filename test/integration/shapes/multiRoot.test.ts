// faults.md 23, a multi-root workspace: which folder's `.pacewise/` is read (the setting, else the first that has
// one), the view naming it, writes going there; the same folder listed twice; a virtual folder (a file system
// provider, no disk, no git) read and written through VS Code's file system.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../../src/extension';
import { MULTI_ROOT } from '../../fixtures/multiRoot';
import { note, uuid } from '../../fixtures/teamFolder';
import { pacewise, waitFor } from '../helpers';
import { MemoryFileSystem } from './memoryFileSystem';

describe('A multi-root workspace', () => {
  let api: PacewiseApi;
  let team: Awaited<ReturnType<PacewiseApi['team']>>;
  const config = () => vscode.workspace.getConfiguration('pacewise.team');
  const folders = () => vscode.workspace.workspaceFolders ?? [];
  const shown = async () => (await team.model()).notes.map((n) => n.id);
  const useFolder = async (name: string | undefined, expected: string[]) => {
    await config().update('folder', name, vscode.ConfigurationTarget.Workspace);
    await waitFor(api, `the notes of ${name ?? 'the default folder'}`, async () => {
      await team.service.load();
      return JSON.stringify(await shown()) === JSON.stringify(expected);
    });
  };

  before(async () => {
    assert.ok(vscode.workspace.workspaceFile, 'this window is a multi-root workspace');
    api = await pacewise();
    team = await api.team();
  });

  after(() => config().update('folder', undefined, vscode.ConfigurationTarget.Workspace));

  it('the same folder listed twice is one workspace folder; its notes are shown once', () => {
    const names = folders().map((f) => f.name);
    assert.deepEqual(names, MULTI_ROOT.folders);
  });

  it('without the setting, the first folder that has a .pacewise/ is read, and the view says which', async () => {
    await useFolder(undefined, [uuid(MULTI_ROOT.notes.beta)]);
    const m = await team.model();
    assert.equal(m.state, 'ready');
    assert.equal(m.folderName, 'beta');
    assert.match(m.folderLine ?? '', /“beta” \(one of 3\).*pacewise\.team\.folder/);
  });

  it('pacewise.team.folder chooses another; a note shared there is written into that folder and said so', async () => {
    await useFolder('gamma', [uuid(MULTI_ROOT.notes.gamma)]);
    const draft = await team.service.draftQuestion();
    assert.ok(await team.service.edit(draft.id, { type: 'text', field: 'question', value: 'Which folder is this?' }));
    assert.equal(
      (await team.model({}, undefined, draft.id)).draft?.destination,
      'Written into the workspace folder “gamma”.',
    );
    const revision = team.service.drafts.find((d) => d.id === draft.id)?.revision as number;
    const shared = await team.service.share(draft.id, revision);
    assert.ok(shared.ok);
    const gamma = folders().find((f) => f.name === 'gamma') as vscode.WorkspaceFolder;
    assert.ok(existsSync(path.join(gamma.uri.fsPath, shared.path)), 'written into gamma');
    const beta = folders().find((f) => f.name === 'beta') as vscode.WorkspaceFolder;
    assert.deepEqual(readdirSync(path.join(beta.uri.fsPath, '.pacewise', 'notes')), [`${uuid(201)}.json`]);
    // A folder without a .pacewise/ shows no notes (and is where a first note would go).
    await useFolder('alpha', []);
    assert.equal((await team.model()).state, 'ready');
  });

  it('a virtual folder (no disk, no git) is read and written through VS Code’s file system', async function () {
    this.timeout(20_000);
    const memory = new MemoryFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('pacewise-test-memory', memory);
    const root = vscode.Uri.parse('pacewise-test-memory:/virtual');
    const body = note(203, { text: { keep: 'Kept nowhere on disk' } });
    memory.seed(`/virtual/.pacewise/notes/${body.id}.json`, JSON.stringify(body));
    const added = new Promise<void>((resolve) => {
      const l = vscode.workspace.onDidChangeWorkspaceFolders(() => (l.dispose(), resolve()));
    });
    assert.ok(vscode.workspace.updateWorkspaceFolders(folders().length, 0, { uri: root, name: 'virtual' }));
    await added;
    try {
      await useFolder('virtual', [uuid(203)]);
      assert.equal(await team.service.inGit(), undefined, 'whether a virtual folder is in git cannot be told');
      const draft = await team.service.draftQuestion();
      await team.service.edit(draft.id, { type: 'text', field: 'question', value: 'Does a virtual folder work?' });
      const revision = team.service.drafts.find((d) => d.id === draft.id)?.revision as number;
      const shared = await team.service.share(draft.id, revision);
      assert.ok(shared.ok);
      assert.match(memory.text(`/virtual/${shared.path}`) ?? '', /Does a virtual folder work\?/);
      assert.match(memory.text('/virtual/.pacewise/README.md') ?? '', /How to withdraw a note/);
    } finally {
      const removed = new Promise<void>((resolve) => {
        const l = vscode.workspace.onDidChangeWorkspaceFolders(() => (l.dispose(), resolve()));
      });
      vscode.workspace.updateWorkspaceFolders(folders().length - 1, 1);
      await removed;
      registration.dispose();
    }
  });
});
