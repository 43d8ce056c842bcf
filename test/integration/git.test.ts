import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { RepoFacts } from '../../src/core/git/gitFacts';
import { makeGitFixture, yesterdayAt } from '../fixtures/gitRepo';
import { exec, pacewise, waitFor } from './helpers';

function fixtureRepo(): { root: string; work: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'pacewise-git-'));
  const work = path.join(root, 'app');
  makeGitFixture(work, path.join(root, 'remote.git'));
  return { root, work };
}

describe('Git signals in the real host', () => {
  let api: PacewiseApi;
  let fixture: { root: string; work: string };

  const git = vscode.workspace.getConfiguration('git');

  before(async () => {
    api = await pacewise();
    fixture = fixtureRepo();
  });

  after(async () => {
    await git.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    rmSync(fixture.root, { recursive: true, force: true });
  });

  it('with Git disabled (git.enabled: false, as in every test run) the facts say so', async () => {
    assert.equal(git.get('enabled'), false);
    assert.equal((await api.gitFacts()).state, 'disabled');
  });

  it('enabling Git is noticed; the fixture repository is read', async function () {
    this.timeout(60_000);
    await git.update('autoRepositoryDetection', false, vscode.ConfigurationTarget.Global);
    await git.update('openRepositoryInParentFolders', 'never', vscode.ConfigurationTarget.Global);
    await git.update('enabled', true, vscode.ConfigurationTarget.Global);
    const gitExt = vscode.extensions.getExtension<{
      enabled: boolean;
      getAPI(v: 1): { openRepository(uri: vscode.Uri): Promise<unknown> };
    }>('vscode.git');
    assert.ok(gitExt, 'the built-in Git extension is present');
    await waitFor(api, 'Git to be enabled', () => gitExt.exports.enabled, 20_000);
    await gitExt.exports.getAPI(1).openRepository(vscode.Uri.file(fixture.work));
    await waitFor(api, 'Pacewise to see the repository', async () => (await appFacts()) !== undefined, 20_000);
  });

  const appFacts = async (): Promise<RepoFacts | undefined> =>
    (await api.gitFacts()).repos.find((r) => r.name === 'app');

  it('reads uncommitted files, unpushed and recent branches, stashes and late-night commits', async () => {
    let facts: RepoFacts | undefined;
    await waitFor(
      api,
      'git status of the fixture',
      async () => {
        facts = await appFacts();
        return facts?.uncommitted === 2;
      },
      15_000,
    );
    assert.ok(facts);
    assert.equal(facts.hasRemote, true);
    assert.deepEqual(facts.unpushed, ['feature'], 'old is contained in origin, main is pushed');
    assert.deepEqual([...facts.recent].sort(), ['feature', 'main', 'old']);
    assert.equal(facts.stashes, 1);
    assert.equal(facts.lateCommits, 1);
  });

  it('after a commit the facts follow: nothing uncommitted, main now ahead of origin', async () => {
    execFileSync('git', ['add', '-A'], { cwd: fixture.work });
    execFileSync('git', ['commit', '-q', '-m', 'tidy', `--date=${yesterdayAt(13, 0)}`], { cwd: fixture.work });
    await exec('git.refresh').then(undefined, () => undefined); // the file watcher would see it too, later
    await waitFor(api, 'the commit to be seen', async () => (await appFacts())?.uncommitted === 0, 15_000);
    assert.deepEqual((await appFacts())?.unpushed.sort(), ['feature', 'main']);
  });

  it('detached HEAD, a merge stopped on a conflict and a sparse checkout are read without errors (faults.md 25)', async function () {
    this.timeout(60_000);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: fixture.work, stdio: 'pipe' });
    const refreshed = async (what: string, holds: (f: RepoFacts) => boolean) => {
      await exec('git.refresh').then(undefined, () => undefined);
      await waitFor(
        api,
        what,
        async () => {
          const f = await appFacts();
          return f !== undefined && holds(f);
        },
        20_000,
      );
    };
    // Detached HEAD: the facts still come, the local branches are still listed.
    git('checkout', '-q', '--detach', 'HEAD~1');
    await refreshed('the facts at a detached HEAD', (f) => f.recent.includes('main'));
    git('checkout', '-q', 'main');
    // A merge stopped on a conflict: the conflicted file counts as uncommitted; nothing throws.
    git('checkout', '-q', '-b', 'clash');
    appendFileSync(path.join(fixture.work, 'notes.md'), 'theirs\n');
    git('commit', '-q', '-am', 'clash', `--date=${yesterdayAt(14, 0)}`);
    git('checkout', '-q', 'main');
    appendFileSync(path.join(fixture.work, 'notes.md'), 'ours\n');
    git('commit', '-q', '-am', 'ours', `--date=${yesterdayAt(14, 10)}`);
    assert.throws(() => git('merge', '-q', 'clash'), 'the fixture merge stops on a conflict');
    await refreshed('the facts mid-merge', (f) => f.uncommitted >= 1 && f.recent.includes('clash'));
    git('merge', '--abort');
    await refreshed('the facts after the merge was aborted', (f) => f.uncommitted === 0);
    // A sparse checkout that leaves files out: they are not "uncommitted".
    git('sparse-checkout', 'set', '--no-cone', '/notes.md');
    await refreshed('the facts in a sparse checkout', (f) => f.uncommitted === 0);
    git('sparse-checkout', 'disable');
    const facts = await api.gitFacts();
    assert.equal(facts.state, 'ok');
  });

  /** Clears the question on screen and the quiet period, then checks that nothing comes on its own for a while. */
  async function noQuestionPending(): Promise<void> {
    await new Promise((r) => setTimeout(r, 2_000)); // let the boundaries of earlier steps pass
    await exec('pacewise.resetPrompts');
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(api.prompt(), undefined, 'no question without a boundary');
  }

  it('a commit is a natural boundary: a late-night commit brings a question, with why it appeared', async function () {
    this.timeout(40_000);
    await noQuestionPending();
    // A second late-night commit this week (the fixture has one): the late-night signal holds from now on.
    appendFileSync(path.join(fixture.work, 'notes.md'), 'late again\n');
    execFileSync('git', ['commit', '-q', '-am', 'late again', `--date=${yesterdayAt(23, 40)}`], { cwd: fixture.work });
    await exec('git.refresh').then(undefined, () => undefined);
    await waitFor(api, 'a question after the commit', () => api.prompt() !== undefined, 20_000);
    assert.equal((await appFacts())?.lateCommits, 2);
    console.log(`      question after the commit, why: ${api.prompt()?.why}`);
  });

  it('a branch switch is a natural boundary too', async function () {
    this.timeout(40_000);
    await noQuestionPending();
    // A new branch from main keeps both late-night commits in its log, so a signal still holds after the switch.
    execFileSync('git', ['checkout', '-q', '-b', 'topic'], { cwd: fixture.work });
    await exec('git.refresh').then(undefined, () => undefined);
    await waitFor(api, 'a question after the branch switch', () => api.prompt() !== undefined, 20_000);
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: fixture.work });
  });
});
