// The quarterly pacing review in the real host: ratings seeded in the workspace's `.pacewise/ratings/` as a pull
// leaves them, the Office Hours & Reviews rows with four ratings (nothing but "not enough ratings yet") and with five
// (distributions that keep every number at five or more), a rating with words listed and not counted, the user's own
// rating written and replaced, the Markdown export, the offer's setting, and bad arguments refused.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { officeHoursNow } from '../../src/core/rituals/officeHoursNow';
import { addQuarters, quarterOf } from '../../src/core/rituals/quarters';
import { parseRatingCodes } from '../../src/core/team/ratingCode';
import { DIMENSIONS } from '../../src/core/team/teamRating';
import type { PacewiseApi } from '../../src/extension';
import type { ReviewService } from '../../src/vscode/rituals/reviewService';
import { RitualsNode, RitualsTree } from '../../src/vscode/rituals/ritualsTree';
import type { TeamService } from '../../src/vscode/team/teamService';
import { ratingId, writeRatings, writeRatingWithWords } from '../fixtures/ratings';
import { exec, pacewise, waitFor } from './helpers';
import { TestTreeView } from './testViews';

const config = () => vscode.workspace.getConfiguration('pacewise');

describe('The quarterly pacing review in the real host', function () {
  this.timeout(60_000);
  let api: PacewiseApi;
  let review: ReviewService;
  let team: TeamService;
  let tree: RitualsTree;
  let quarter: string;
  const root = () => (vscode.workspace.workspaceFolders as readonly vscode.WorkspaceFolder[])[0].uri.fsPath;
  const ratingsDir = () => path.join(root(), '.pacewise', 'ratings');
  const reviewsDir = () => path.join(root(), '.pacewise', 'reviews');
  const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  const lines = async (parent?: RitualsNode) =>
    (await tree.getChildren(parent)).map((n) => {
      const item = tree.getTreeItem(n);
      return [label(item), item.description].filter(Boolean).join(' | ');
    });
  const section = async () => {
    const top = await tree.getChildren();
    const node = top.find((n) => label(tree.getTreeItem(n)).startsWith('Quarterly review'));
    assert.ok(node, 'the review section is there');
    return { heading: tree.getTreeItem(node), rows: await lines(node) };
  };
  const ratings = () => team.ratings.all.filter((r) => r.rating.quarter === quarter).length;

  before(async () => {
    api = await pacewise();
    team = (await api.team()).service;
    review = api.rituals().review;
    // Offered from 30 days before the quarter's end: today (in December, or any last month) is inside.
    await config().update('review.offerDays', 45, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the setting is read', () => review.now().window.offered);
    quarter = review.now().window.quarter;
    rmSync(ratingsDir(), { recursive: true, force: true });
    const mentorship = api.mentorship().service;
    tree = new RitualsTree(
      new TestTreeView() as unknown as vscode.TreeView<RitualsNode>,
      mentorship,
      () =>
        mentorship.state.kind === 'ready'
          ? officeHoursNow(mentorship.state.space, mentorship.own()?.team, mentorship.thisWeek())
          : { kind: 'notSetUp' },
      { now: () => (team.state === 'ready' ? review.now() : undefined), onDidChange: team.onDidChange },
    );
  });

  after(async () => {
    tree?.dispose();
    await config().update('review.offerDays', undefined, vscode.ConfigurationTarget.Global);
    rmSync(ratingsDir(), { recursive: true, force: true });
    rmSync(reviewsDir(), { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await team.load();
  });

  it('four ratings and one with words: "not enough ratings yet", the file with words listed and not counted', async () => {
    writeRatings(
      root(),
      quarter,
      [1, 2, 3, 4].map((n) => ({ n, light: n === 1 ? 'red' : 'green' })),
    );
    writeRatingWithWords(root(), quarter, 99);
    writeRatings(root(), '2020-Q1', [{ n: 50, light: 'red' }]);
    await waitFor(api, 'the ratings are read', () => ratings() === 4 && team.ratings.all.length === 5, 10_000);
    const { heading, rows } = await section();
    assert.match(label(heading), new RegExp(`^Quarterly review: Q${quarter.slice(6)} ${quarter.slice(0, 4)}$`));
    assert.equal(heading.description, '4 ratings');
    assert.deepEqual(rows, [
      'Rate your team’s pacing (under a minute)…',
      'Walk through the review together…',
      'Not enough ratings yet | 1 more needed, results show from 5',
      '1 rating file could not be read | not counted',
    ]);
    const unreadable = review.now().unreadable;
    assert.equal(unreadable.length, 1);
    assert.equal(unreadable[0].path, `.pacewise/ratings/${ratingId(99)}.json`);
    assert.match(unreadable[0].problem, /a field a rating cannot have \(why\)/);
    // The Markdown says the count and nothing of the colours.
    assert.equal(await exec('pacewise.exportQuarterlyReview'), true);
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(text, /Not enough ratings yet: 4 of the 5 needed/);
    assert.doesNotMatch(text, /green|red \d|Ben/);
  });

  it('the user’s own rating makes five: distributions per dimension, every number at least five or merged', async () => {
    const done = await review.rate(Object.fromEntries(DIMENSIONS.map((d) => [d, ['green', 'better']])));
    assert.match(done.path, /^\.pacewise\/ratings\/[0-9a-f-]{36}\.json$/);
    const file = JSON.parse(readFileSync(path.join(root(), done.path), 'utf8'));
    assert.deepEqual(Object.keys(file), ['schema', 'v', 'id', 'quarter', 'ratings']);
    assert.equal(file.quarter, quarter);
    await waitFor(api, 'five ratings', () => ratings() === 5);
    const { heading, rows } = await section();
    assert.equal(heading.description, '5 ratings');
    // Four green and one red, both under five: shown only together (5); nobody chose amber.
    assert.deepEqual(rows, [
      'You rated this quarter | change your rating…',
      'Walk through the review together…',
      ...[
        'Sustainable pace',
        'Work in progress',
        'Meeting load',
        'Fairness of workload',
        'Clarity of priorities',
        'Safety to raise concerns',
      ].map((d) => `${d} | green or red 5`),
      '1 rating file could not be read | not counted',
    ]);
  });

  it('replacing the rating keeps one per person; with more ratings the distribution shows, merged where needed', async () => {
    const before = readdirSync(ratingsDir()).length;
    const mine = review.now().mine;
    assert.ok(mine);
    const done = await review.rate({ pace: ['amber', 'worse'] });
    assert.equal(done.replaced, mine.path);
    assert.equal(existsSync(path.join(root(), mine.path)), false, 'the earlier rating is deleted');
    assert.equal(readdirSync(ratingsDir()).length, before);
    writeRatings(
      root(),
      quarter,
      [5, 6, 7, 8, 9, 10].map((n) => ({ n, light: n < 8 ? 'amber' : 'green' })),
    );
    await waitFor(api, 'eleven ratings', () => ratings() === 11);
    const { rows } = await section();
    // Pace: 6 green, 4 amber (3 + the user's), 1 red → amber and red merged (5).
    assert.equal(rows[2], 'Sustainable pace | green 6 · amber or red 5');
    // Work in progress (the user skipped it now): 6 green, 3 amber, 1 red → 10 ratings, no safe split.
    assert.equal(rows[3], 'Work in progress | 10 ratings, not shown apart');
    assert.equal(await exec('pacewise.exportQuarterlyReview'), true);
    const md = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(md, /\| Sustainable pace \| green 6 · amber or red 5 \|/);
    assert.match(md, /No dimension was rated red by 5 or more\./);
    assert.match(md, new RegExp(`\`.pacewise/ratings/${ratingId(99)}.json\``));
  });

  it('a rating handed in as a code: nothing written by the rater, the collector adds it once, and it is known as the rater’s', async () => {
    const mine = review.now().mine;
    assert.ok(mine);
    const before = readdirSync(ratingsDir()).sort();
    const handed = await review.handIn({ safety: ['red', 'same'], pace: ['green', 'better'] });
    assert.match(
      handed.code,
      new RegExp(`^pacewise-rating:${quarter}:[0-9a-f-]{36}:pace=green/better,safety=red/same$`),
    );
    assert.equal(handed.replaced, mine.path);
    const after = readdirSync(ratingsDir()).sort();
    assert.deepEqual(
      after,
      before.filter((f) => `.pacewise/ratings/${f}` !== mine.path),
      'only the earlier file goes',
    );
    await waitFor(api, 'ten ratings', () => ratings() === 10);
    assert.equal(review.now().mine, undefined, 'not the user’s until the collector’s file is there');
    const read = parseRatingCodes(`${handed.code}\n${handed.code}`);
    assert.ok(read.ok);
    assert.equal(read.repeated, 1);
    const added = await review.addHandedIn(read.ratings);
    assert.equal(added.written.length, 1);
    await waitFor(api, 'eleven ratings again', () => ratings() === 11);
    assert.equal(review.now().mine?.path, added.written[0], 'the collector’s file is the rater’s own rating here');
    const file = JSON.parse(readFileSync(path.join(root(), added.written[0]), 'utf8'));
    assert.deepEqual(file.ratings, { pace: ['green', 'better'], safety: ['red', 'same'] });
    const again = await review.addHandedIn(read.ratings);
    assert.deepEqual(again, { written: [], already: 1 });
    const files = readdirSync(ratingsDir()).length;
    assert.equal(await exec('pacewise.addHandedInRatings', 'pacewise-rating:2026-Q4'), false);
    assert.equal(readdirSync(ratingsDir()).length, files);
  });

  it('the review page: last quarter’s actions, a review saved through the anonymizer, saved again in place of the first', async () => {
    mkdirSync(reviewsDir(), { recursive: true });
    const previous = addQuarters(quarter, -1);
    const lastId = '0b0e9d1c-1111-4a2b-9c3d-5e6f7a8b9c0d';
    writeFileSync(
      path.join(reviewsDir(), `${lastId}.json`),
      JSON.stringify({ schema: 'pacewise.review', v: '1.0', id: lastId, quarter: previous, actions: ['Stop at six'] }),
    );
    writeFileSync(path.join(reviewsDir(), 'not-a-review.json'), '{"schema":"pacewise.review","v":"1.0"}');
    await waitFor(
      api,
      'the reviews are read',
      () => team.reviews.length === 1 && review.meeting().reviewUnreadable.length === 1,
    );
    assert.equal(await exec('pacewise.openQuarterlyReview'), true);
    const reviewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('pacewise.review'));
    await waitFor(api, 'a webview tab for pacewise.review', () => reviewTab()?.isActive === true);
    const tab = reviewTab();
    assert.equal(tab?.label, 'Quarterly Review');
    const before = review.meeting();
    assert.deepEqual(before.lastActions, ['Stop at six']);
    assert.deepEqual(before.agreed, []);
    assert.equal(before.worth, undefined);
    const draft = await review.draftReview(
      ['Pair with ana@example.com on Fridays', '  ', 'Keep WIP at two', 'Keep WIP at two'],
      { yes: 6, partly: 3, no: 2 },
    );
    assert.equal(draft.redacted, 1);
    assert.equal(draft.review.quarter, quarter);
    assert.deepEqual(draft.review.actions, ['Pair with [email] on Fridays', 'Keep WIP at two']);
    // Six yes stand on their own; three and two only together (5).
    assert.deepEqual(draft.review.worth, {
      total: 11,
      shown: [{ key: 'yes', count: 6 }],
      merged: { keys: ['partly', 'no'], count: 5 },
    });
    const first = await review.saveReview(draft.review);
    assert.equal(first.replaced, 0);
    const file = JSON.parse(readFileSync(path.join(root(), first.path), 'utf8'));
    assert.equal(file.schema, 'pacewise.review');
    assert.deepEqual(file.actions, draft.review.actions);
    assert.doesNotMatch(JSON.stringify(file), /ana@example/);
    const saved = review.meeting();
    assert.deepEqual(saved.agreed, draft.review.actions);
    assert.notEqual(saved.savedKey, before.savedKey);
    // Saved again without counting hands: the earlier vote stays, the earlier file goes.
    const again = await review.draftReview(['Keep WIP at two'], { yes: 0, partly: 0, no: 0 });
    assert.deepEqual(again.review.worth, draft.review.worth);
    const second = await review.saveReview(again.review);
    assert.equal(second.replaced, 1);
    assert.equal(existsSync(path.join(root(), first.path)), false);
    assert.deepEqual(review.meeting().agreed, ['Keep WIP at two']);
    assert.deepEqual(review.meeting().lastActions, ['Stop at six']);
    // Four hands are too few to keep anything of the vote.
    assert.equal((await review.draftReview([], { yes: 3, partly: 1, no: 0 })).review.worth, undefined);
    assert.equal(await exec('pacewise.exportQuarterlyReview'), true);
    const md = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(md, /## 1\. What you agreed last quarter \(Q\d \d{4}\)\n\n- Stop at six\n/);
    assert.match(md, /## 5\. Actions agreed\n\n1\. Keep WIP at two\n/);
    assert.match(md, /## 6\. Was this worth our time\?\n\nSaved: worth it 6 · partly or not really 5\n/);
    assert.match(md, /`.pacewise\/reviews\/not-a-review.json`/);
    assert.equal(await exec('pacewise.openQuarterlyReview', 'Q4'), false);
  });

  it('offered from the setting’s days before the quarter’s end; bad arguments are refused and write nothing', async () => {
    await config().update('review.offerDays', 0, vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the offer follows the setting', () => review.now().window.offered === false || isLastDay());
    if (!isLastDay()) {
      const { heading } = await section();
      assert.match(String(heading.description), /^offered from /);
    }
    const files = readdirSync(ratingsDir()).length;
    assert.equal(await exec('pacewise.rateQuarter', 42), false);
    assert.equal(await exec('pacewise.rateQuarter', { ratings: { pace: ['red', 'worse'] } }), false);
    assert.equal(await exec('pacewise.exportQuarterlyReview', 'all'), false);
    assert.equal(readdirSync(ratingsDir()).length, files);
    await config().update('review.offerDays', 45, vscode.ConfigurationTarget.Global);
  });

  const isLastDay = () => {
    const now = review.now();
    return (
      now.window.endsOn === api.mentorship().service.today() ||
      now.window.quarter !== quarterOf(api.mentorship().service.today())
    );
  };
});
