// faults.md 30, the part a real webview cannot be made to do on cue: a team note's tab hidden behind another tab and
// shown again (it resyncs with what changed meanwhile), and messages that arrive after VS Code disposed it (nothing
// is posted into a disposed webview, nothing throws). The view is the real one; only the WebviewPanel is the test's.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { TeamHostMessage } from '../../src/shared/teamProtocol';
import { TeamView } from '../../src/vscode/team/teamView';
import { note, uuid } from '../fixtures/teamFolder';
import { pacewise, waitFor } from './helpers';
import { TestWebviewPanel } from './testViews';

describe('A team note’s tab: hidden, shown again, disposed', () => {
  let api: PacewiseApi;
  let provider: TeamView;
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
    provider = new TeamView(ext.extensionUri, service, async () => false);
    process.on('unhandledRejection', onUnhandled);
  });

  after(() => {
    process.off('unhandledRejection', onUnhandled);
    provider.dispose();
    rmSync(path.join(root(), '.pacewise'), { recursive: true, force: true });
  });

  const ids = (m: TeamHostMessage | undefined) => m?.team.notes.map((n) => n.id) ?? [];
  /** The tab with note 401 open, as VS Code hands it back after a reload, its page listening. */
  const opened = () => {
    const panel = new TestWebviewPanel<TeamHostMessage>();
    provider.restore(panel as unknown as vscode.WebviewPanel, { detailId: uuid(401) });
    panel.send({ type: 'ready' });
    return panel;
  };

  it('behind another tab, it is sent nothing; shown again, it gets a snapshot with what changed meanwhile', async function () {
    this.timeout(20_000);
    const view = opened();
    await waitFor(api, 'the first snapshot', () => ids(view.last).includes(uuid(401)));
    view.setVisible(false);
    const sent = view.posts.length;
    writeNote(402); // a teammate's note arrives by git pull while the view is hidden
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(view.posts.length, sent, 'nothing is posted to a tab behind another');
    view.setVisible(true);
    await waitFor(api, 'the snapshot after showing again', () => ids(view.last).includes(uuid(402)));
    view.dispose(); // closed by the user: the next test's tab is the only one
  });

  it('after dispose: a reply still on its way and later messages post nothing and throw nothing; a new view gets them', async function () {
    this.timeout(20_000);
    const view = opened();
    await waitFor(api, 'the first snapshot', () => view.posts.length > 0);
    // An intent whose snapshot is computed asynchronously, then the tab goes before it is ready.
    view.send({ type: 'note', op: 'open', id: uuid(401) });
    view.dispose();
    for (let i = 0; i < 200; i++) view.send(i % 2 ? { type: 'ready' } : { type: 'nonsense', i });
    writeNote(403);
    await new Promise((r) => setTimeout(r, 2_000));
    assert.equal(view.postsAfterDispose, 0, 'nothing was posted into the disposed webview');
    // VS Code restores the tab again when it comes back: only the new one is spoken to.
    const again = opened();
    await waitFor(api, 'the new view to get the notes', () => ids(again.last).includes(uuid(403)));
    assert.equal(view.postsAfterDispose, 0);
    assert.deepEqual(unhandled, [], 'no unhandled rejection');
  });
});
