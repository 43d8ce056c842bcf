// Build Organisation Digest… in the real host: the command line's run in a worker thread over a list of real git
// repositories (three teams and one missing path), the three files written beside the list, the report opened in an
// editor tab; bad arguments refused with nothing written; a list nothing of which can be read says so.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { makeDigestOrganisation } from '../fixtures/digestRepos';
import { exec, pacewise, waitFor } from './helpers';

describe('Build Organisation Digest… in the real host', function () {
  this.timeout(120_000);
  let root: string;
  let list: string;

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-digest-host-'));
    list = path.join(root, 'repos.txt');
    writeFileSync(list, `# the organisation\n${makeDigestOrganisation(path.join(root, 'org')).join('\n')}\n`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(root, { recursive: true, force: true });
  });

  it('writes the report beside the list and opens it in an editor tab', async () => {
    assert.equal(await exec('pacewise.buildOrganisationDigest', { repos: list }), true);
    const out = path.join(root, 'pacewise-digest');
    for (const f of ['index.html', 'digest.md', 'digest.json']) assert.ok(existsSync(path.join(out, f)), f);
    const json = JSON.parse(readFileSync(path.join(out, 'digest.json'), 'utf8'));
    assert.deepEqual(json.teams, ['Payments', 'Web']);
    assert.equal(json.repos.read, 3);
    assert.equal(json.repos.failed.length, 1);
    const tab = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.digest'));
    await waitFor(await pacewise(), 'the report is the active tab', () => tab()?.isActive === true);
    assert.equal(tab()?.label, 'Organisation Digest');
  });

  it('bad arguments are refused and write nothing; a list nothing of which can be read writes nothing', async () => {
    const out = path.join(root, 'elsewhere');
    for (const arg of [
      'repos.txt',
      { repos: 'repos.txt' },
      { repos: list, out: 'relative' },
      { repos: list, extra: true },
      { repos: 42 },
      [list],
    ])
      assert.equal(await exec('pacewise.buildOrganisationDigest', arg), false, JSON.stringify(arg));
    const missing = path.join(root, 'missing.txt');
    writeFileSync(missing, `${path.join(root, 'nowhere')}\n`);
    assert.equal(await exec('pacewise.buildOrganisationDigest', { repos: missing, out }), false);
    assert.equal(existsSync(out), false);
  });
});
