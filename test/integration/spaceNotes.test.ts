// Notes Across Teams in the real host: the mentorship space's `.pacewise/` read with the team folder's reader — other
// teams' notes listed and searched, a damaged file listed, an answer to a question written as an annotation in the
// space, a micro-lesson shared with other teams through the same preview, drafts kept apart from the team's, a row's
// command carried out by the place that lists the note, bad arguments refused.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { note, uuid } from '../fixtures/teamFolder';
import { exec, pacewise, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('pacewise');

function writeSpaceNotes(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-space-notes-'));
  const notes = path.join(root, '.pacewise', 'notes');
  mkdirSync(notes, { recursive: true });
  const put = (n: number, over: Record<string, unknown>) =>
    writeFileSync(path.join(notes, `${uuid(n)}.json`), JSON.stringify(note(n, over)));
  put(801, { week: '2026-W44', text: { keep: 'Payments: no meetings before noon held for six weeks' } });
  put(802, {
    kind: 'question',
    week: '2026-W45',
    text: { question: 'How do you keep Fridays free?' },
    tags: ['meetingLoad'],
  });
  writeFileSync(path.join(notes, `${uuid(803)}.json`), '{"schema": "pacewise.note", ');
  return root;
}

describe('Notes across teams: the mentorship space read like a team folder', function () {
  this.timeout(60_000);
  let api: PacewiseApi;
  let space: Awaited<ReturnType<PacewiseApi['spaceNotes']>>;
  let root: string;
  const workspaceRoot = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;

  before(async () => {
    api = await pacewise();
    root = writeSpaceNotes();
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    // The Mentoring view reads (and watches) the same folder, as it does for a participant.
    const mentorship = api.mentorship().service;
    await waitFor(api, 'the Mentoring view reads the space', () => mentorship.state.kind === 'ready');
    space = await api.spaceNotes();
    await waitFor(api, 'the space notes are read', () => space.service.board.notes.length === 2);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('mentorship.space', undefined, vscode.ConfigurationTarget.Global);
    rmSync(root, { recursive: true, force: true });
  });

  it("lists other teams' notes newest first, the damaged file listed and untouched; the team's list has none of them", async () => {
    const m = await space.model();
    assert.equal(m.state, 'ready');
    assert.deepEqual(
      m.notes.map((n) => n.id),
      [uuid(802), uuid(801)],
    );
    assert.deepEqual(
      m.unreadable.map((u) => u.path),
      [`.pacewise/notes/${uuid(803)}.json`],
    );
    assert.equal(
      readFileSync(path.join(root, `.pacewise/notes/${uuid(803)}.json`), 'utf8'),
      '{"schema": "pacewise.note", ',
    );
    assert.deepEqual(
      (await space.model({ query: 'noon' })).notes.map((n) => n.id),
      [uuid(801)],
    );
    const team = await api.team();
    assert.ok(!team.service.board.notes.some((n) => n.note.id === uuid(801)));
  });

  it('a note a pull brings into the space appears without a command (file watcher)', async () => {
    writeFileSync(
      path.join(root, '.pacewise', 'notes', `${uuid(804)}.json`),
      JSON.stringify(note(804, { week: '2026-W46', text: { keep: 'Arrived with a pull' } })),
    );
    await waitFor(
      api,
      'the pulled note is listed',
      () => space.service.board.notes.some((n) => n.note.id === uuid(804)),
      10_000,
    );
  });

  it("an answer to another team's question is an annotation in the space — no README, nothing in the workspace", async () => {
    const draft = await space.service.draftAnnotation(uuid(802));
    assert.ok(draft);
    await space.service.edit(draft.id, {
      type: 'text',
      field: 'advice',
      value: 'We block Friday in the team calendar.',
    });
    const revision = space.service.drafts.find((d) => d.id === draft.id)?.revision as number;
    const done = await space.service.share(draft.id, revision);
    assert.deepEqual(done, { ok: true, path: `.pacewise/annotations/${uuid(802)}/${draft.id}.json` });
    const written = JSON.parse(readFileSync(path.join(root, done.ok ? done.path : ''), 'utf8'));
    assert.equal(written.text, 'We block Friday in the team calendar.');
    assert.equal(existsSync(path.join(root, '.pacewise', 'README.md')), false, 'the space has its own README');
    assert.equal(existsSync(path.join(workspaceRoot(), '.pacewise', 'annotations', uuid(802))), false);
    assert.equal((await space.model()).notes.find((n) => n.id === uuid(802))?.annotations, 1);
  });

  it('a micro-lesson shared with other teams: the draft waits in the space’s list only, the file goes to the space', async () => {
    assert.equal(await exec('pacewise.startExperiment', { template: 'hardStop', hypothesis: 'Evenings back' }), true);
    assert.equal(await exec('pacewise.concludeExperiment', { early: true }), true);
    const store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    const journal = await store.read('journal');
    const lesson = journal.lessons.find((l) => l.source.kind === 'experiment');
    assert.ok(lesson, 'concluding drafted a micro-lesson');
    assert.equal(await exec('pacewise.shareLessonAcrossTeams', { id: lesson.id }), true);
    const draft = space.service.drafts.find((d) => d.source.kind === 'lesson' && d.source.id === lesson.id);
    assert.ok(draft, 'the draft is in the space’s list');
    assert.equal(draft.target, 'space');
    const team = await api.team();
    assert.ok(!team.service.drafts.some((d) => d.id === draft.id), 'and not in the team’s');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await waitFor(api, `the preview in the space’s own tab (tabs: ${tabs().map((t) => t.label)})`, () =>
      tabs().some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.spaceNote')),
    );
    // Named by team only because the author chose to.
    assert.ok(await space.service.edit(draft.id, { type: 'text', field: 'team', value: 'Search' }));
    const revision = space.service.drafts.find((d) => d.id === draft.id)?.revision as number;
    const done = await space.service.share(draft.id, revision);
    assert.deepEqual(done, { ok: true, path: `.pacewise/notes/${draft.id}.json` });
    const file = JSON.parse(readFileSync(path.join(root, '.pacewise', 'notes', `${draft.id}.json`), 'utf8'));
    assert.equal(file.team, 'Search');
    assert.equal(file.v, '1.1');
    assert.equal((await space.model()).notes.find((n) => n.id === draft.id)?.team, 'Search');
    assert.equal(existsSync(path.join(workspaceRoot(), '.pacewise', 'notes', `${draft.id}.json`)), false);
    assert.ok(space.service.own.has(draft.id));
    // Withdrawn from the palette's command with the note's id: the space's file goes, the team folder is untouched.
    const withdrawn = await space.service.withdraw(draft.id);
    assert.deepEqual(withdrawn, { ok: true, files: 1 });
    assert.equal(existsSync(path.join(root, '.pacewise', 'notes', `${draft.id}.json`)), false);
  });

  it('Share with Other Teams… on one of your own team notes copies it to the space; a teammate’s note is refused', async () => {
    const team = (await api.team()).service;
    const asked = await team.draftQuestion();
    await team.edit(asked.id, { type: 'text', field: 'question', value: 'Who else tried no-meeting mornings?' });
    const shared = await team.share(asked.id, team.drafts.find((d) => d.id === asked.id)?.revision as number);
    assert.ok(shared.ok);
    const theirs = path.join(workspaceRoot(), '.pacewise', 'notes', `${uuid(807)}.json`);
    writeFileSync(theirs, JSON.stringify(note(807, { text: { keep: 'A teammate’s lesson' } })));
    await team.load();
    try {
      const before = space.service.drafts.length;
      assert.equal(await exec('pacewise.shareNoteAcrossTeams', { id: uuid(807) }), false, 'not this user’s note');
      assert.equal(space.service.drafts.length, before);
      assert.equal(await exec('pacewise.shareNoteAcrossTeams', { id: asked.id }), true);
      const copy = space.service.drafts.find((d) => d.source.kind === 'copy' && d.source.noteId === asked.id);
      assert.ok(copy);
      assert.equal(copy.fields.question, 'Who else tried no-meeting mornings?');
      const done = await space.service.share(copy.id, copy.revision);
      assert.deepEqual(done, { ok: true, path: `.pacewise/notes/${copy.id}.json` });
      assert.equal(JSON.parse(readFileSync(path.join(root, done.ok ? done.path : ''), 'utf8')).supersedes, undefined);
      assert.ok(
        existsSync(path.join(workspaceRoot(), '.pacewise', 'notes', `${asked.id}.json`)),
        'the team’s file stays',
      );
      await space.service.withdraw(copy.id);
    } finally {
      rmSync(path.join(workspaceRoot(), '.pacewise'), { recursive: true, force: true });
      await team.load();
    }
  });

  it("a row's command is carried out by the place that lists the note: Open shows it in the space's tab", async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await exec('pacewise.openTeamNote', { id: uuid(801) }), true);
    await waitFor(api, 'the note tab opens', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.spaceNote')),
    );
    assert.equal((await space.model(undefined, uuid(801))).detail?.id, uuid(801));
  });

  it('a space whose .pacewise/ a pull brings later: the first note and the next are seen by the watcher', async () => {
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'pacewise-space-fresh-'));
    await config().update('mentorship.space', fresh, vscode.ConfigurationTarget.Global);
    await waitFor(
      api,
      'the empty space is read',
      () => space.service.state === 'ready' && space.service.board.notes.length === 0,
    );
    mkdirSync(path.join(fresh, '.pacewise', 'notes'), { recursive: true });
    writeFileSync(path.join(fresh, '.pacewise', 'notes', `${uuid(805)}.json`), JSON.stringify(note(805)));
    await waitFor(api, 'the first note is listed', () => space.service.board.notes.length === 1, 10_000);
    writeFileSync(path.join(fresh, '.pacewise', 'notes', `${uuid(806)}.json`), JSON.stringify(note(806)));
    await waitFor(api, 'the next note is listed', () => space.service.board.notes.length === 2, 10_000);
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'back to the first space', () => space.service.board.notes.some((n) => n.note.id === uuid(801)));
    rmSync(fresh, { recursive: true, force: true });
  });

  it('bad arguments are refused and change nothing; a space that is gone shows no notes', async () => {
    const before = space.service.drafts.length;
    assert.equal(await exec('pacewise.shareLessonAcrossTeams', { id: '../../etc' }), false);
    assert.equal(await exec('pacewise.shareExperimentAcrossTeams', 42), false);
    assert.equal(await exec('pacewise.openTeamNote', { id: 7 }), false);
    assert.equal(space.service.drafts.length, before);
    await config().update('mentorship.space', path.join(root, 'gone'), vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the missing folder is seen', () => space.service.state === 'noFolder');
    assert.equal((await space.model()).notes.length, 0);
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the space is read again', () => space.service.board.notes.length >= 2);
  });
});
