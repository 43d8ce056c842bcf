// faults.md 30, the part a real webview cannot be made to do on cue: the Team notes view hidden and shown again
// (it resyncs with what changed meanwhile), and messages that arrive after VS Code disposed the view (nothing is
// posted into a disposed webview, nothing throws). The provider is the real one; only the WebviewView is the test's.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { TeamHostMessage } from '../../src/shared/teamProtocol';
import { TeamViewProvider } from '../../src/vscode/team/teamView';
import { note, uuid } from '../fixtures/teamFolder';
import { pacewise, waitFor } from './helpers';
import { TestWebviewView } from './testViews';

describe('Team notes view: hidden, shown again, disposed', () => {
  let api: PacewiseApi;
  let provider: TeamViewProvider;
  const root = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;
  const notesDir = () => path.join(root(), '.pacewise', 'notes');
  const writeNote = (n: number) =>
    writeFileSync(path.join(notesDir(), `${uuid(n)}.json`), JSON.stringify(note(n, { week: '2026-W48' })));
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  before(async () => {
    api = await pacewise();
    const { service } = await api.team();
    mkdirSync(notesDir(), { recursive: true });
    writeNote(401);
    await service.load();
    const ext = vscode.extensions.getExtension('pacewise.pacewise') as vscode.Extension<unknown>;
    provider = new TeamViewProvider(ext.extensionUri, service, async () => false);
    process.on('unhandledRejection', onUnhandled);
  });

  after(() => {
    process.off('unhandledRejection', onUnhandled);
    provider.dispose();
    rmSync(path.join(root(), '.pacewise'), { recursive: true, force: true });
  });

  const ids = (m: TeamHostMessage | undefined) => m?.team.notes.map((n) => n.id) ?? [];

  it('hidden, it is sent nothing; shown again, it gets a snapshot with what changed meanwhile', async function () {
    this.timeout(20_000);
    const view = new TestWebviewView<TeamHostMessage>();
    provider.resolveWebviewView(view as unknown as vscode.WebviewView);
    view.send({ type: 'ready' });
    await waitFor(api, 'the first snapshot', () => ids(view.last).includes(uuid(401)));
    view.setVisible(false);
    const sent = view.posts.length;
    writeNote(402); // a teammate's note arrives by git pull while the view is hidden
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(view.posts.length, sent, 'nothing is posted to a hidden view');
    view.setVisible(true);
    await waitFor(api, 'the snapshot after showing again', () => ids(view.last).includes(uuid(402)));
  });

  it('after dispose: a reply still on its way and later messages post nothing and throw nothing; a new view gets them', async function () {
    this.timeout(20_000);
    const view = new TestWebviewView<TeamHostMessage>();
    provider.resolveWebviewView(view as unknown as vscode.WebviewView);
    view.send({ type: 'ready' });
    await waitFor(api, 'the first snapshot', () => view.posts.length > 0);
    // A filter whose snapshot is computed asynchronously, then the view goes before it is ready.
    view.send({ type: 'filter', filter: { query: 'Lesson', kind: '', template: '', outcome: '' } });
    view.dispose();
    for (let i = 0; i < 200; i++) view.send(i % 2 ? { type: 'ready' } : { type: 'nonsense', i });
    writeNote(403);
    await new Promise((r) => setTimeout(r, 2_000));
    assert.equal(view.postsAfterDispose, 0, 'nothing was posted into the disposed webview');
    // VS Code resolves the view again when it comes back: only the new one is spoken to.
    const again = new TestWebviewView<TeamHostMessage>();
    provider.resolveWebviewView(again as unknown as vscode.WebviewView);
    again.send({ type: 'ready' });
    await waitFor(api, 'the new view to get the notes', () => ids(again.last).includes(uuid(403)));
    assert.equal(view.postsAfterDispose, 0);
    assert.deepEqual(unhandled, [], 'no unhandled rejection');
  });
});
