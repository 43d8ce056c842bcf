// The Team Notes view's rows (TeamTree) over the fixture folder in the real host: what each row says and carries, the
// search and filters as its description says them, bad command arguments, and disposal. The tree is the real one;
// only the TreeView it writes its description and message to is the test's.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { TeamFilterModel } from '../../src/shared/teamProtocol';
import type { TeamService } from '../../src/vscode/team/teamService';
import { TeamNode, TeamTree } from '../../src/vscode/team/teamTree';
import { HOSTILE_TEXT, note, TeamFixture, uuid, writeTeamFixture } from '../fixtures/teamFolder';
import { exec, pacewise } from './helpers';
import { TestTreeView } from './testViews';

const NONE: TeamFilterModel = { query: '', kind: '', template: '', outcome: '' };

describe('Team Notes view: a native tree', () => {
  let api: PacewiseApi;
  let service: TeamService;
  let fixture: TeamFixture;
  let view: TestTreeView;
  let tree: TeamTree;
  let filter = NONE;
  const root = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;
  const rows = async (parent?: TeamNode) => {
    const nodes = await tree.getChildren(parent);
    return nodes.map((n) => ({ node: n, item: tree.getTreeItem(n) }));
  };
  const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  const shown = async (f: TeamFilterModel) => {
    filter = f;
    await tree.refresh();
    return rows();
  };

  before(async () => {
    api = await pacewise();
    fixture = writeTeamFixture(root());
    ({ service } = await api.team());
    await service.load();
    view = new TestTreeView();
    tree = new TeamTree(view as unknown as vscode.TreeView<TeamNode>, service, () => filter);
    await tree.refresh();
  });

  after(() => {
    tree.dispose();
    rmSync(path.join(root(), '.pacewise'), { recursive: true, force: true });
  });

  it('lists every readable note, newest first, each row `{ id }` opening the note; then the summaries and the unreadable files', async () => {
    const all = await shown(NONE);
    const notes = all.filter((r) => r.item.contextValue?.startsWith('note'));
    assert.deepEqual(
      notes.map((r) => r.node.id).sort(),
      [...fixture.shown].sort(),
      'every note that must show is a row',
    );
    for (const { node, item } of notes) {
      assert.deepEqual(Object.keys(node), ['id'], 'a row is what its commands take: { id }');
      assert.equal(item.command?.command, 'pacewise.openTeamNote');
      assert.deepEqual(item.command?.arguments, [{ id: node.id }]);
      assert.equal(typeof item.tooltip, 'string', 'a teammate’s words are plain text, never markdown');
      assert.ok(item.accessibilityInformation?.label.startsWith(label(item)), 'the screen-reader name starts with it');
    }
    const weeks = notes
      .map((r) => String(r.item.description).match(/Week (\d+), (\d+)/))
      .map((m) => Number(m?.[2]) * 100 + Number(m?.[1]));
    assert.deepEqual(
      weeks,
      [...weeks].sort((a, b) => b - a),
      'newest week first',
    );
    // Drafts another test left on this machine come first; the groups below the notes.
    const groups = all
      .filter((r) => !r.item.contextValue?.startsWith('note'))
      .map((r) => label(r.item))
      .filter((g) => g !== 'Drafts on this machine');
    assert.equal(groups[0], 'Across the team');
    assert.match(groups[1], /^\d+ unreadable notes$/);
    const files = await rows(all.find((r) => label(r.item) === groups[1])!.node);
    for (const rel of Object.keys(fixture.unreadable))
      assert.ok(
        files.some((f) => label(f.item).endsWith(path.basename(rel))),
        `${rel} is listed under the unreadable files`,
      );
    assert.equal(view.description, String(fixture.shown.length), 'the view says how many notes it has');
  });

  it('a note made of markup is a row of plain text: no icon syntax, no markdown, the markup as written', async () => {
    const file = path.join(root(), '.pacewise', 'notes', `${uuid(30)}.json`);
    writeFileSync(
      file,
      JSON.stringify(note(30, { week: '2026-W47', text: { keep: HOSTILE_TEXT }, tags: ['<b>x</b>'] })),
    );
    try {
      await service.load();
      const hostile = (await shown(NONE)).find((r) => r.node.id === uuid(30));
      assert.ok(hostile, 'the hostile note is listed');
      assert.ok(!label(hostile.item).includes('$('), 'icon syntax is defused');
      assert.ok(label(hostile.item).includes('<script>'), 'the markup shows as its text');
      assert.equal(typeof hostile.item.tooltip, 'string');
      assert.ok(String(hostile.item.tooltip).includes('#<b>x</b>'), 'tags show as written');
    } finally {
      rmSync(file);
      await service.load();
    }
  });

  it('the search and the filters narrow the rows, and the description says what is in force; no match: no rows (the welcome says so)', async () => {
    const found = await shown({ ...NONE, query: 'mornings' });
    assert.equal(found.filter((r) => r.item.contextValue?.startsWith('note')).length, 1);
    assert.equal(view.description, `“mornings” · 1 of ${fixture.shown.length} notes`);
    const questions = await shown({ ...NONE, kind: 'question' });
    assert.ok(
      questions
        .filter((r) => r.item.contextValue?.startsWith('note'))
        .every((r) => /Question/.test(String(r.item.description))),
    );
    assert.match(view.description ?? '', new RegExp(`^Question for mentors · \\d+ of ${fixture.shown.length} notes$`));
    assert.equal(view.message, view.description, 'said above the rows too (a one-view container hides the header)');
    assert.deepEqual(await shown({ ...NONE, query: 'zzzz-nothing-has-this' }), []);
    await shown(NONE);
    assert.equal(view.description, String(fixture.shown.length));
  });

  it('own notes and notes of an experiment say so in their context value (Edit, Withdraw, Adopt appear only there)', async () => {
    const all = await shown(NONE);
    const adoptable = all.find((r) => r.node.id === uuid(1));
    assert.match(adoptable?.item.contextValue ?? '', /\badopt\b/);
    assert.doesNotMatch(adoptable?.item.contextValue ?? '', /\bown\b/, 'a teammate’s note is not the user’s own');
  });

  it('its commands refuse what a row never passes, with a clear message, and change nothing', async () => {
    const drafts = service.drafts.length;
    for (const command of ['pacewise.openTeamNote', 'pacewise.annotateTeamNote', 'pacewise.adoptTeamNote'])
      for (const arg of [undefined, 42, { id: '../../etc/passwd' }, { id: uuid(1), extra: true }])
        assert.equal(await exec(command, arg), false, `${command} ${JSON.stringify(arg)}`);
    assert.equal(await exec('pacewise.annotateTeamNote', { id: uuid(999_999) }), false, 'a note that is not there');
    assert.equal(await exec('pacewise.discardShareDraft', { id: uuid(999_999) }), false, 'a draft that is not there');
    assert.equal(service.drafts.length, drafts);
  });

  it('asked for rows before its first read, it answers once the folder is read — never an empty list first (a welcome text in between took the keyboard a command gave the list)', async () => {
    const fresh = new TeamTree(new TestTreeView() as unknown as vscode.TreeView<TeamNode>, service, () => NONE);
    try {
      const first = fresh.getChildren();
      assert.ok(!Array.isArray(first), 'the first answer waits for the read');
      assert.ok((await first).length >= fixture.shown.length);
    } finally {
      fresh.dispose();
    }
  });

  it('disposed, a change in the folder reaches it without a throw and writes nothing to the view', async () => {
    const lone = new TestTreeView();
    const gone = new TeamTree(lone as unknown as vscode.TreeView<TeamNode>, service, () => NONE);
    await gone.refresh();
    gone.dispose();
    lone.description = 'untouched';
    await service.load();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(lone.description, 'untouched');
  });
});
