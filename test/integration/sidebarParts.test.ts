// The sidebar's webview views — Now, Experiment, This Week — drawn by one provider from one snapshot: each view is sent
// its part only when that part changed (the countdown reaches Now alone), an announcement and a revealed section go
// to the view they belong to, and nothing is posted to a view before its page said it listens.
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { HostMessage, SidebarPart } from '../../src/shared/protocol';
import type { SidebarViewProvider } from '../../src/vscode/sidebar/sidebarView';
import { exec, pacewise, toIdle, waitFor } from './helpers';
import { TestWebviewView } from './testViews';

describe('sidebar views: one snapshot, each view its part', () => {
  let api: PacewiseApi;
  let provider: SidebarViewProvider;
  const views = new Map<SidebarPart, TestWebviewView<HostMessage>>();

  before(async () => {
    api = await pacewise();
    await toIdle(api);
    provider = api.sidebarViews();
    for (const part of ['now', 'experiment', 'week'] as const) {
      const view = new TestWebviewView<HostMessage>();
      provider.resolveWebviewView(view as unknown as vscode.WebviewView, part);
      views.set(part, view);
    }
  });

  after(async () => {
    for (const view of views.values()) view.dispose();
    await toIdle(api);
  });

  const got = (part: SidebarPart) => (views.get(part) as TestWebviewView<HostMessage>).posts;

  it('is silent until a page says ready, then sends each view one snapshot', async function () {
    this.timeout(10_000);
    await new Promise((r) => setTimeout(r, 300));
    for (const part of views.keys()) assert.equal(got(part).length, 0, `${part} was posted to before it was ready`);
    for (const view of views.values()) view.send({ type: 'ready' });
    await waitFor(api, 'a snapshot in every view', () => [...views.keys()].every((p) => got(p).length > 0));
  });

  it('while a session counts down, Now gets every second and Experiment and This Week nothing', async function () {
    this.timeout(20_000);
    await exec('pacewise.startFocusSession', { intent: 'Parts', minutes: 25 });
    // Starting a session changes the week's facts once; let that settle before counting.
    await new Promise((r) => setTimeout(r, 1_500));
    const before = { now: got('now').length, experiment: got('experiment').length, week: got('week').length };
    await new Promise((r) => setTimeout(r, 3_500));
    assert.ok(got('now').length - before.now >= 2, `Now got ${got('now').length - before.now} snapshots in 3.5 s`);
    assert.equal(got('experiment').length, before.experiment, 'the countdown reached Experiment');
    assert.equal(got('week').length, before.week, 'the countdown reached This Week');
    assert.match(got('now').at(-1)?.timer.remaining ?? '', /^2[45]:\d\d$/);
    await exec('pacewise.stopSession');
  });

  it('a revealed section goes to its view alone, once', async function () {
    this.timeout(10_000);
    const start = { now: got('now').length, week: got('week').length };
    provider.reveal('reflection');
    await waitFor(api, 'the reveal in This Week', () =>
      got('week')
        .slice(start.week)
        .some((m) => m.reveal),
    );
    // Counted from this reveal on: one an earlier suite asked for before these views existed is not this one.
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(
      got('week')
        .slice(start.week)
        .filter((m) => m.reveal === 'reflection').length,
      1,
      'revealed once',
    );
    assert.ok(
      got('now')
        .slice(start.now)
        .every((m) => m.reveal === undefined),
      'Now was told to reveal This Week’s section',
    );
  });

  it('hidden, a view is sent nothing; shown again, it gets the snapshot at once', async function () {
    this.timeout(10_000);
    const week = views.get('week') as TestWebviewView<HostMessage>;
    week.setVisible(false);
    const sent = week.posts.length;
    await exec('pacewise.reflectOnWeek', { helped: 'Parts test', drained: '', nextChange: '' });
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(week.posts.length, sent, 'a hidden view was posted to');
    week.setVisible(true);
    await waitFor(api, 'the saved reflection in This Week', () => week.last?.reflection.saved?.helped === 'Parts test');
  });
});
