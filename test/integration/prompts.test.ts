import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localDay, localDayRange } from '../../src/core/days';
import { transition } from '../../src/core/focus/timer';
import { DEFAULT_SETTINGS } from '../../src/core/userSettings';
import type { PacewiseApi } from '../../src/extension';
import { exec, otherWindowSession, pacewise, toIdle, waitFor as waitUntil } from './helpers';
import { PacewiseStore } from '../../src/storage/pacewiseStore';

let api: PacewiseApi;
let store: PacewiseStore;
const config = () => vscode.workspace.getConfiguration('pacewise');

describe('Boundaries, idle, recovery and concurrency in the real host', () => {
  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
  });

  beforeEach(() => toIdle(api));

  it('idle: no editor activity pauses the session; activity in the editor resumes it and keeps the away time', async () => {
    await config().update('session.idleMinutes', 0.05, vscode.ConfigurationTarget.Global); // 3 s
    try {
      await exec('pacewise.startFocusSession', { minutes: 25 });
      await waitUntil(api, 'the idle pause', () => !api.state().running, 8_000);
      assert.match(api.statusBar().text, /paused/);
      await new Promise((r) => setTimeout(r, 1_000));
      const editor = await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument({ content: 'typing…' }),
      );
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
      await waitUntil(api, 'the resume on activity', () => api.state().running, 4_000);
      const doc = await store.readTimer();
      assert.ok(
        doc.current?.kind === 'focus' && doc.current.away && doc.current.away.to - doc.current.away.from >= 1_000,
        'the away stretch is kept for the user to count',
      );
    } finally {
      await config().update('session.idleMinutes', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a session that runs out completes at the instant its time was up and is recorded once', async () => {
    const now = Date.now();
    await otherWindowSession(store, { id: 'short', intent: 'tiny', plannedMs: 1_500, startedAt: now });
    await waitUntil(
      api,
      'completion',
      async () => api.state().kind === 'idle' && (await store.readTimer()).current === null,
      6_000,
    );
    const [from, to] = localDayRange(now);
    const records = (await store.readHistory(from, to)).sessions.filter((s) => s.id === 'short');
    assert.equal(records.length, 1);
    assert.equal(records[0].outcome, 'completed');
    assert.equal(records[0].focusMs, 1_500);
    assert.equal(records[0].endedAt - records[0].startedAt, 1_500);
  });

  it('the end-of-session notice is taken by exactly one focused window', async function () {
    if (!vscode.window.state.focused) this.skip();
    await waitUntil(
      api,
      'the notice to be acknowledged',
      async () => (await store.readTimer()).notice === undefined,
      8_000,
    );
  });

  it('wind-down: after the end-of-day time the day summary is offered once a day', async function () {
    if (!vscode.window.state.focused) this.skip();
    await config().update('day.endOfDay', '00:00', vscode.ConfigurationTarget.Global);
    try {
      await exec('pacewise.logInterruption', { kind: 'other' }); // any change is a boundary that re-checks
      await waitUntil(
        api,
        'the wind-down to be shown',
        async () => (await store.readTimer()).windDownShownOn === localDay(Date.now()),
        8_000,
      );
    } finally {
      await config().update('day.endOfDay', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a damaged timer.json is moved aside and the running session restored from the backup', async () => {
    await exec('pacewise.startFocusSession', { minutes: 25, intent: 'survive' });
    const id = api.state().sessionId;
    // Damage the newest generation of the timer the way a torn copy would, then a change elsewhere: the session
    // before the damage is the one restored.
    const current = (await store.currentFile('timer'))!;
    await fs.writeFile(current, '{"schema":"pacewise.timer","v":1,"data":{"cur');
    await waitUntil(
      api,
      'the damaged file to be copied aside',
      async () => (await fs.readdir(api.storeDir)).some((n) => n.startsWith(`${path.basename(current)}.corrupt-`)),
      4_000,
    );
    assert.equal(api.state().sessionId, id);
    assert.equal((await store.readTimer()).current?.id, id, 'the restored file holds the session');
  });

  it('two windows pressing Start at once: one wins and both converge on its session', async () => {
    const [here, there] = await Promise.all([
      exec('pacewise.startFocusSession', { minutes: 25, intent: 'here' }),
      store.updateTimer((doc) => {
        const r = transition(
          doc,
          { type: 'start', intent: 'there', minutes: 25 },
          { now: Date.now(), settings: DEFAULT_SETTINGS, newId: () => `there-${Date.now()}` },
        );
        return { doc: r.doc, changed: r.changed, result: r.refusal };
      }),
    ]);
    const thereWon = there.result === undefined;
    assert.notEqual(here, thereWon, 'exactly one start succeeded');
    const stored = await store.readTimer();
    await waitUntil(
      api,
      'both windows to show the same session',
      () => api.state().sessionId === stored.current?.id,
      2_000,
    );
    assert.equal(api.state().intent, thereWon ? 'there' : 'here');
  });

  it('a store written by a newer Pacewise is read but never overwritten (downgrade)', async () => {
    const current = (await store.currentFile('timer'))!;
    const n = Number(/\.g(\d+)\.json$/.exec(current)![1]);
    // What a newer Pacewise would publish: the next generation, of a higher version.
    const file = current.replace(/\.g\d+\.json$/, `.g${n + 1}.json`);
    const newer = JSON.stringify({
      schema: 'pacewise.timer',
      v: 99,
      data: { current: null, completedSinceLongBreak: 0, fromTheFuture: true },
    });
    const before = await fs.readFile(current, 'utf8');
    await fs.writeFile(file, newer);
    try {
      await new Promise((r) => setTimeout(r, 300)); // the watcher re-reads the file
      assert.equal(await exec('pacewise.startFocusSession', { minutes: 25 }), false);
      assert.equal(await fs.readFile(file, 'utf8'), newer, 'nothing was written over it');
      assert.equal(await store.currentFile('timer'), file, 'and nothing published after it');
      assert.equal(api.state().kind, 'idle');
    } finally {
      await fs.writeFile(current.replace(/\.g\d+\.json$/, `.g${n + 2}.json`), before);
      await new Promise((r) => setTimeout(r, 300));
    }
  });
});
