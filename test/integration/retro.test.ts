// The retrospective across the teams of a mentorship space in the real host: ratings in the space's
// `.pacewise/ratings/`, each with its team; per team, results only from five of its own ratings (a team under five shows
// no count at all, nothing is added up across teams); a rating written for one's team and replaced; the Markdown export;
// the retrospective's page and its review saved in the space; bad arguments refused.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addWeeks } from '../../src/core/mentorship/calendarWeeks';
import type { PacewiseApi } from '../../src/extension';
import type { MentorshipService } from '../../src/vscode/mentorship/mentorshipService';
import type { RetroService } from '../../src/vscode/rituals/retroService';
import { RitualsNode, RitualsTree } from '../../src/vscode/rituals/ritualsTree';
import { addQuarters } from '../../src/core/rituals/quarters';
import { writeRatings } from '../fixtures/ratings';
import { note, uuid } from '../fixtures/teamFolder';
import { exec, pacewise, waitFor } from './helpers';
import { TestTreeView } from './testViews';

const config = () => vscode.workspace.getConfiguration('pacewise');

describe('The retrospective across teams in the real host', function () {
  this.timeout(60_000);
  let api: PacewiseApi;
  let service: MentorshipService;
  let space: Awaited<ReturnType<PacewiseApi['spaceNotes']>>['service'];
  let retro: RetroService;
  let tree: RitualsTree;
  let root: string;
  const ratingsDir = () => path.join(root, '.pacewise', 'ratings');
  const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  const line = (n: RitualsNode) => {
    const item = tree.getTreeItem(n);
    return [label(item), item.description].filter(Boolean).join(' | ');
  };

  before(async () => {
    api = await pacewise();
    service = api.mentorship().service;
    root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-retro-'));
    writeFileSync(
      path.join(root, 'charter.json'),
      JSON.stringify({
        schema: 'pacewise.charter',
        v: '1.0',
        objectives: 'Learn pacing',
        officeHours: { teams: ['Web', 'Payments', 'Search'], everyWeeks: 1, start: addWeeks(service.thisWeek(), -1) },
      }),
    );
    await config().update('review.offerDays', 45, vscode.ConfigurationTarget.Global);
    await config().update('mentorship.space', root, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the space is read', () => service.state.kind === 'ready' && service.state.root === root);
    space = (await api.spaceNotes()).service;
    await waitFor(api, 'the space’s notes place is open', () => space.state === 'ready');
    retro = api.rituals().retro;
    tree = new RitualsTree(
      new TestTreeView() as unknown as vscode.TreeView<RitualsNode>,
      service,
      () => ({ kind: 'notSetUp' }),
      undefined,
      { now: () => (space.state === 'ready' ? retro.now() : undefined), onDidChange: space.onDidChange },
    );
  });

  after(async () => {
    tree?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('mentorship.space', undefined, vscode.ConfigurationTarget.Global);
    await config().update('review.offerDays', undefined, vscode.ConfigurationTarget.Global);
    rmSync(root, { recursive: true, force: true });
  });

  it('five ratings of Web show Web’s spread; four of Payments show nothing, not even four; unknown teams count nowhere', async () => {
    const quarter = retro.quarter;
    writeRatings(root, quarter, [
      ...[1, 2, 3, 4, 5].map((n) => ({ n, light: 'green' as const, lights: { pace: 'red' as const }, team: 'web' })),
      ...[6, 7, 8, 9].map((n) => ({ n, light: 'red' as const, team: 'payments' })),
      ...[10, 11].map((n) => ({ n, light: 'red' as const, team: 'mobile' })),
      { n: 12, light: 'amber' as const },
    ]);
    await space.load();
    await waitFor(api, 'twelve ratings in the space', () => space.ratings.all.length === 12);
    const now = retro.now();
    assert.deepEqual(
      now.results.teams.map((t) => [t.name, t.results?.ratings]),
      [
        ['Payments', undefined],
        ['Search', undefined],
        ['Web', 5],
      ],
    );
    assert.equal(now.results.unmatched, 3);
    await waitFor(api, 'the view follows', async () => (await tree.getChildren()).length > 0);
    const top = await tree.getChildren();
    const section = top.find((n) => line(n).startsWith('Retrospective across teams'));
    assert.ok(section, 'the retrospective’s row is there');
    assert.match(line(section), /^Retrospective across teams: Q[1-4] \d{4} \| 1 of 3 teams with enough ratings$/);
    assert.deepEqual((await tree.getChildren(section)).map(line), [
      'Rate your team’s pacing across teams…',
      'Walk through the retrospective together…',
      'Payments | not enough ratings yet',
      'Search | not enough ratings yet',
      'Web | 5 ratings · rated red by 5+: Sustainable pace',
    ]);

    assert.equal(await exec('pacewise.exportRetroAcrossTeams'), true);
    const md = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(md, /^# Pacing retrospective across teams: Q[1-4] \d{4} \(/);
    assert.match(md, /1 of 3 teams have enough ratings to show\./);
    assert.match(md, /### Payments\n\nNot enough ratings yet: results show from 5 ratings of the team\.\n/);
    assert.match(md, /### Web\n\n5 ratings, distributions only\./);
    assert.match(md, /\| Sustainable pace \| green 0 · amber 0 · red 5 \|/);
    assert.match(
      md,
      /## 4\. Where to start\n\n- Web — Sustainable pace: at least 5 rated it red\. Proposed experiment: Hard stop/,
    );
    assert.match(md, /3 ratings name no team of the space and are counted nowhere\./);
    // No number a smaller group could be read from: not Payments' four, not a total across teams.
    assert.doesNotMatch(md, /\b4 ratings|\b9 ratings|\b12 ratings/);
  });

  it('a rating for one’s team is written to the space with its team key, and a second one replaces it', async () => {
    const before = readdirSync(ratingsDir()).length;
    const first = await retro.rate('Payments', { pace: ['amber', 'same'], safety: ['green', 'better'] });
    const file = JSON.parse(readFileSync(path.join(root, first.path), 'utf8'));
    assert.deepEqual(Object.keys(file), ['schema', 'v', 'id', 'quarter', 'team', 'ratings']);
    assert.equal(file.team, 'payments');
    assert.equal(readdirSync(ratingsDir()).length, before + 1);
    await waitFor(api, 'Payments has five', () => retro.now().results.teams[0].results?.ratings === 5);
    assert.deepEqual(retro.now().mine, { path: first.path, team: 'Payments' });
    const second = await retro.rate('Payments', { pace: ['green', 'same'] });
    assert.equal(second.replaced, first.path);
    assert.equal(readdirSync(ratingsDir()).length, before + 1);
    assert.equal(retro.now().results.teams[0].results?.ratings, 5);
    await assert.rejects(retro.rate('Nobody', { pace: ['green', 'same'] }), /does not know the team/);
  });

  it('the retrospective’s page: last quarter’s actions, what the space shared, a review saved in the space through the anonymizer', async () => {
    const quarter = retro.quarter;
    const reviewsDir = path.join(root, '.pacewise', 'reviews');
    const notesDir = path.join(root, '.pacewise', 'notes');
    mkdirSync(reviewsDir, { recursive: true });
    mkdirSync(notesDir, { recursive: true });
    const lastId = '0b0e9d1c-2222-4a2b-9c3d-5e6f7a8b9c0d';
    writeFileSync(
      path.join(reviewsDir, `${lastId}.json`),
      JSON.stringify({
        schema: 'pacewise.review',
        v: '1.0',
        id: lastId,
        quarter: addQuarters(quarter, -1),
        actions: ['Share one lesson a month'],
      }),
    );
    const week = service.thisWeek();
    writeFileSync(
      path.join(notesDir, `${uuid(901)}.json`),
      JSON.stringify(note(901, { week, text: { keep: 'Meeting-free mornings held' } })),
    );
    await space.load();
    await waitFor(api, 'the space’s review and lesson are read', () => retro.meeting().lastActions.length === 1);
    const before = retro.meeting();
    assert.deepEqual(before.lastActions, ['Share one lesson a month']);
    assert.ok(
      before.tried.some((n) => n.id === uuid(901)),
      'the lesson shared this quarter is listed',
    );
    assert.deepEqual(
      before.proposals.map((p) => [p.team, p.dimension]),
      [['Web', 'pace']],
    );

    assert.equal(await exec('pacewise.openRetroAcrossTeams'), true);
    const retroTab = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.retro'));
    await waitFor(api, 'a webview tab for pacewise.retro', () => retroTab()?.isActive === true);
    assert.equal(retroTab()?.label, 'Retrospective Across Teams');

    const draft = await retro.draftReview(['Web: try a hard stop, ask bo@example.org', 'Share one lesson a month'], {
      yes: 7,
      partly: 0,
      no: 0,
    });
    assert.equal(draft.redacted, 1);
    assert.equal(draft.review.quarter, quarter);
    // Zeros are shown: no one is hidden behind them.
    assert.deepEqual(draft.review.worth, {
      total: 7,
      shown: [
        { key: 'yes', count: 7 },
        { key: 'partly', count: 0 },
        { key: 'no', count: 0 },
      ],
    });
    const saved = await retro.saveReview(draft.review);
    assert.match(saved.path, /^\.pacewise\/reviews\/[0-9a-f-]{36}\.json$/);
    const file = JSON.parse(readFileSync(path.join(root, saved.path), 'utf8'));
    assert.deepEqual(file.actions, ['Web: try a hard stop, ask [email]', 'Share one lesson a month']);
    assert.deepEqual(retro.meeting().agreed, file.actions);

    assert.equal(await exec('pacewise.exportRetroAcrossTeams'), true);
    const md = vscode.window.activeTextEditor?.document.getText() ?? '';
    for (const step of [
      /## 1\. What you agreed last quarter \(Q\d \d{4}\)\n\n- Share one lesson a month\n/,
      /## 2\. How each team rated the quarter\n/,
      /## 3\. What the teams shared this quarter\n\n- Meeting-free mornings held · /,
      /## 5\. Actions agreed\n\n1\. Web: try a hard stop, ask \\\[email\\\]\n2\. Share one lesson a month\n/,
      /## 6\. Was this worth our time\?\n\nSaved: worth it 7 · partly 0 · not really 0\n/,
    ])
      assert.match(md, step);
    // A bad argument opens nothing.
    assert.equal(await exec('pacewise.openRetroAcrossTeams', { team: 'web' }), false);
  });

  it('bad arguments are refused and write nothing', async () => {
    const before = readdirSync(ratingsDir()).join();
    assert.equal(await exec('pacewise.rateQuarterAcrossTeams', { team: 'web' }), false);
    assert.equal(await exec('pacewise.rateQuarterAcrossTeams', 'web'), false);
    assert.equal(await exec('pacewise.exportRetroAcrossTeams', 42), false);
    assert.equal(readdirSync(ratingsDir()).join(), before);
  });
});
