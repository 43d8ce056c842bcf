// "Two checkouts of one repository exchange notes and annotations through git with no merge conflict": two clones
// of a bare remote write notes and annotations the way Share does, commit, pull and push in an interleaved order.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotationDraft, questionDraft } from './draftSources';
import { editDraft, previewDraft, ShareDraft } from './shareDraft';
import { buildBoard, LoadedAnnotation, LoadedNote } from './teamBoard';
import { parseAnnotation } from './teamAnnotation';
import { parseNote } from './teamNote';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function share(repo: string, draft: ShareDraft, field: 'question' | 'advice', text: string): void {
  const d = editDraft(draft, { type: 'text', field, value: text }, 1) as ShareDraft;
  const p = previewDraft(d, { names: [] });
  assert.deepEqual(p.problems, []);
  mkdirSync(path.dirname(path.join(repo, p.path)), { recursive: true });
  writeFileSync(path.join(repo, p.path), p.fileText);
}

function read(repo: string): { notes: LoadedNote[]; annotations: LoadedAnnotation[] } {
  const notes: LoadedNote[] = [];
  const annotations: LoadedAnnotation[] = [];
  const dir = path.join(repo, '.pacewise');
  for (const f of readdirSync(path.join(dir, 'notes'))) {
    const r = parseNote(readFileSync(path.join(dir, 'notes', f), 'utf8'));
    assert.ok(r.ok, f);
    notes.push({ note: r.value, path: f });
  }
  for (const n of readdirSync(path.join(dir, 'annotations')))
    for (const f of readdirSync(path.join(dir, 'annotations', n))) {
      const r = parseAnnotation(readFileSync(path.join(dir, 'annotations', n, f), 'utf8'));
      assert.ok(r.ok, f);
      annotations.push({ annotation: r.value, path: f });
    }
  return { notes, annotations };
}

describe('two teammates exchanging team notes through git', () => {
  let base: string;
  before(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'pacewise-exchange-'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('notes and annotations written on both sides at once merge with no conflict; a withdrawal propagates', function () {
    this.timeout(60_000);
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', encoding: 'utf8' });
    const remote = path.join(base, 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const clone = (name: string) => {
      const dir = path.join(base, name);
      execFileSync('git', ['clone', '-q', remote, dir], { stdio: 'pipe' });
      git(dir, 'config', 'user.email', `${name}@example.com`);
      git(dir, 'config', 'user.name', name);
      git(dir, 'config', 'commit.gpgsign', 'false');
      git(dir, 'config', 'pull.rebase', 'false');
      git(dir, 'checkout', '-q', '-B', 'main');
      return dir;
    };
    const a = clone('ana');
    writeFileSync(path.join(a, 'README.md'), '# project\n');
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'start');
    git(a, 'push', '-q', '-u', 'origin', 'main');
    const b = clone('ben');
    git(b, 'pull', '-q', 'origin', 'main');
    git(b, 'branch', '-q', '--set-upstream-to=origin/main', 'main');

    // Both ask a question the same week.
    share(a, questionDraft(uuid(1), '2026-W48', 0), 'question', 'How do you protect mornings?');
    share(b, questionDraft(uuid(2), '2026-W48', 0), 'question', 'Does a hard stop help you?');
    // Ana commits and pushes first; Ben commits, then pulls (a merge) before pushing.
    const bothCommit = (what: string) => {
      git(a, 'add', '-A');
      git(a, 'commit', '-q', '-m', `${what} a`);
      git(a, 'push', '-q');
      git(b, 'add', '-A');
      git(b, 'commit', '-q', '-m', `${what} b`);
      git(b, 'pull', '-q', '--no-edit');
      assert.equal(git(b, 'diff', '--name-only', '--diff-filter=U'), '', 'no conflicted files');
      git(b, 'push', '-q');
    };
    bothCommit('note');
    // Now both annotate the same note at once.
    git(a, 'pull', '-q');
    share(a, annotationDraft(uuid(11), uuid(2), '2026-W48', 0), 'advice', 'Yes, at 18:00 sharp.');
    share(b, annotationDraft(uuid(12), uuid(2), '2026-W48', 0), 'advice', 'Try it for two weeks.');
    bothCommit('advice');
    git(a, 'pull', '-q');
    for (const repo of [a, b]) {
      const { notes, annotations } = read(repo);
      const board = buildBoard(notes, annotations, new Set());
      assert.deepEqual(board.notes.map((n) => n.note.id).sort(), [uuid(1), uuid(2)]);
      assert.equal(board.annotations.get(uuid(2))?.length, 2);
    }
    // Ana withdraws her note: the deletion travels like any change.
    rmSync(path.join(a, `.pacewise/notes/${uuid(1)}.json`));
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'withdraw');
    git(a, 'push', '-q');
    git(b, 'pull', '-q');
    assert.deepEqual(
      read(b).notes.map((n) => n.note.id),
      [uuid(2)],
    );
  });
});
