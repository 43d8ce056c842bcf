// The editor tab for a share preview or a note (TeamNotePanel), as VS Code restores it after a reload: it shows the
// draft its page remembered, a state naming nothing (or something malformed) closes the tab and changes nothing, and
// closing the tab keeps the draft. The provider is the real one; only the WebviewPanel is the test's.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { TeamHostMessage } from '../../src/shared/teamProtocol';
import type { TeamService } from '../../src/vscode/team/teamService';
import { TeamView } from '../../src/vscode/team/teamView';
import { pacewise, waitFor } from './helpers';
import { TestWebviewPanel } from './testViews';

describe('team note tab: restored after a reload', () => {
  let api: PacewiseApi;
  let service: TeamService;
  let provider: TeamView;

  before(async () => {
    api = await pacewise();
    ({ service } = await api.team());
    const ext = vscode.extensions.getExtension('pacewise.pacewise') as vscode.Extension<unknown>;
    provider = new TeamView(ext.extensionUri, service, async () => false);
  });

  after(() => provider.dispose());

  const restored = (state: unknown) => {
    const panel = new TestWebviewPanel<TeamHostMessage>();
    provider.restore(panel as unknown as vscode.WebviewPanel, state);
    return panel;
  };

  it('with the id of a draft its page kept: the preview of that draft, titled as one', async function () {
    this.timeout(15_000);
    const draft = await service.draftQuestion();
    const panel = restored({ draftId: draft.id });
    assert.match(panel.webview.html, /data-part="note"/, 'the tab draws the note part of the team page');
    panel.send({ type: 'ready' });
    await waitFor(api, 'the restored preview', () => panel.last?.team.draft?.id === draft.id, 10_000);
    assert.equal(panel.title, 'Share preview');
    assert.equal(panel.disposed, false);
    // Closed by the user: the draft stays on this machine.
    panel.dispose();
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(
      service.drafts.some((d) => d.id === draft.id),
      'closing the tab discarded the draft',
    );
    await service.discard(draft.id);
  });

  for (const [what, state] of [
    ['nothing', undefined],
    ['a draft that no longer exists', { draftId: '00000000-0000-4000-8000-000000000000' }],
    ['a malformed id', { draftId: '../../etc/passwd', detailId: 42 }],
  ] as const)
    it(`with ${what}: the tab closes, no draft is made`, async function () {
      this.timeout(15_000);
      const drafts = service.drafts.length;
      const panel = restored(state);
      panel.send({ type: 'ready' });
      await waitFor(api, 'the tab to close', () => panel.disposed, 10_000);
      assert.equal(service.drafts.length, drafts);
    });
});
