// faults.md 21, the half team.test.ts does not cover: writing through a symlinked folder on the way, and names that
// differ only in case. Nothing is read or written outside the team folder.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import { note } from '../fixtures/teamFolder';
import { pacewise } from './helpers';

describe('Team folder links and names in the real host', () => {
  let api: PacewiseApi;
  let team: Awaited<ReturnType<PacewiseApi['team']>>;
  const root = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;
  const outside = mkdtempSync(path.join(os.tmpdir(), 'pacewise-outside-'));
  const teamDir = () => path.join(root(), '.pacewise');

  before(async () => {
    api = await pacewise();
    team = await api.team();
  });

  afterEach(() => rmSync(teamDir(), { recursive: true, force: true }));
  after(() => rmSync(outside, { recursive: true, force: true }));

  async function shareQuestion(text: string) {
    const draft = await team.service.draftQuestion();
    await team.service.edit(draft.id, { type: 'text', field: 'question', value: text });
    const revision = team.service.drafts.find((d) => d.id === draft.id)?.revision as number;
    return { draft, outcome: await team.service.share(draft.id, revision) };
  }

  for (const linked of ['.pacewise', '.pacewise/notes'] as const) {
    it(`${linked} as a symlink to a folder elsewhere: nothing is read through it, a share writes nothing and keeps the draft`, async () => {
      const elsewhere = path.join(outside, linked.replace(/\W/g, '-'));
      mkdirSync(path.join(elsewhere, 'notes'), { recursive: true });
      const planted = note(301, { text: { keep: 'Planted elsewhere' } });
      writeFileSync(path.join(elsewhere, 'notes', `${planted.id}.json`), JSON.stringify(planted));
      writeFileSync(path.join(elsewhere, `${planted.id}.json`), JSON.stringify(planted));
      if (linked === '.pacewise/notes') mkdirSync(teamDir());
      symlinkSync(linked === '.pacewise' ? elsewhere : path.join(elsewhere, 'notes'), path.join(root(), linked));
      await team.service.load();
      const m = await team.model();
      assert.deepEqual(m.notes, [], 'the planted note is not read');
      assert.ok(
        m.unreadable.some((u) => u.path === linked && /symbolic link/.test(u.problem)),
        `${linked} is listed as refused`,
      );
      const before = readdirSync(elsewhere, { recursive: true }).sort();
      const { draft, outcome } = await shareQuestion('Is this written through the link?');
      assert.equal(outcome.ok, false);
      assert.match(!outcome.ok && 'error' in outcome ? outcome.error : '', /symbolic link; Pacewise does not write/);
      assert.deepEqual(readdirSync(elsewhere, { recursive: true }).sort(), before, 'nothing written elsewhere');
      assert.ok(
        team.service.drafts.some((d) => d.id === draft.id),
        'the draft is kept',
      );
    });
  }

  it('names that differ only in case: the lowercase file is read, the other is listed and never read', async () => {
    mkdirSync(path.join(teamDir(), 'notes'), { recursive: true });
    const lower = note(302, { id: 'abcdef00-0000-4000-8000-00000000c302', text: { keep: 'The real one' } });
    const upper = { ...lower, id: lower.id.toUpperCase(), text: { keep: 'A look-alike' } };
    writeFileSync(path.join(teamDir(), 'notes', `${lower.id}.json`), JSON.stringify(lower));
    writeFileSync(path.join(teamDir(), 'notes', `${upper.id}.json`), JSON.stringify(upper));
    await team.service.load();
    const m = await team.model();
    assert.deepEqual(
      m.notes.map((n) => n.id),
      [lower.id],
    );
    assert.ok(
      m.unreadable.some((u) => u.path === `.pacewise/notes/${upper.id}.json` && /lowercase uuid/.test(u.problem)),
      JSON.stringify(m.unreadable),
    );
    assert.ok(existsSync(path.join(teamDir(), 'notes', `${upper.id}.json`)), 'listed, not removed');
  });
});
