import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localWeekRange, isoWeek } from '../../src/core/reflection/weekly';
import { REFLECTION_DAYS } from '../../src/core/userSettings';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise, toIdle, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('pacewise');
const today = () => REFLECTION_DAYS[((new Date().getDay() + 6) % 7) + 1];
const tomorrowOrOff = () => (today() === 'sunday' ? 'off' : REFLECTION_DAYS[REFLECTION_DAYS.indexOf(today()) + 1]);

describe('Weekly reflection in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  const week = () => isoWeek(Date.now());
  const record = async () => (await store.read('journal')).reflections.find((r) => r.week === week());

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    await toIdle(api);
  });

  after(async () => {
    await config().update('reflection.day', undefined, vscode.ConfigurationTarget.Global);
  });

  it('is offered from the configured day, not before it, and never when off', async () => {
    await config().update('reflection.day', today(), vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the reflection to be due', async () => (await api.reflection()).due);
    await config().update('reflection.day', tomorrowOrOff(), vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the reflection not to be due', async () => !(await api.reflection()).due);
    await config().update('reflection.day', 'off', vscode.ConfigurationTarget.Global);
    assert.equal((await api.reflection()).due, false);
  });

  it('an unknown reflection day keeps the previous one', async () => {
    await config().update('reflection.day', today(), vscode.ConfigurationTarget.Global);
    await waitFor(api, 'the reflection to be due', async () => (await api.reflection()).due);
    await config().update('reflection.day', 'someday', vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await api.reflection()).due, true);
  });

  it('the palette command opens the form in the sidebar', async () => {
    assert.equal(await exec('pacewise.reflectOnWeek'), true);
    await waitFor(api, 'the form to open', async () => (await api.reflection()).open);
  });

  for (const bad of [{ helped: 5 }, { helped: ' ', drained: '' }, 'it went fine', { helped: 'a', mood: 'b' }]) {
    it(`refuses ${JSON.stringify(bad)} and saves nothing`, async () => {
      const before = await record();
      assert.equal(await exec('pacewise.reflectOnWeek', bad), false);
      assert.deepEqual(await record(), before);
    });
  }

  it('saves the answers with the week’s facts; new sessions and check-ins show in the facts', async () => {
    assert.equal(await exec('pacewise.reflectOnWeek', { helped: 'Quiet mornings', nextChange: 'Fewer reviews' }), true);
    const first = await record();
    assert.ok(first?.facts && first.answers);
    assert.deepEqual(first.answers, { helped: 'Quiet mornings', drained: '', nextChange: 'Fewer reviews' });
    const model = await api.reflection();
    assert.equal(model.due, false, 'a saved week is no longer offered');
    assert.equal(model.open, false, 'saving closes the form');
    assert.deepEqual(model.saved, first.answers);

    // Another window finishes two 30-minute sessions and a check-in this week.
    const [from] = localWeekRange(Date.now());
    const at = (n: number) => from + Math.floor(((Date.now() - from) * n) / 4);
    await store.appendHistory({
      sessions: [1, 2].map((n) => ({
        id: `reflection-${n}`,
        intent: '',
        startedAt: at(n),
        endedAt: at(n) + 1,
        plannedMs: 1_800_000,
        focusMs: 1_800_000,
        outcome: 'completed' as const,
        interruptions: 0,
        pastEndOfDay: false,
      })),
      checkins: [{ id: 'reflection-c', at: at(3), energy: 5, stress: 1, focus: 5, fairness: 5 }],
    });
    const focusRow = (m: Awaited<ReturnType<PacewiseApi['reflection']>>) =>
      m.facts.find((f) => f.term === 'Focus')?.value ?? '';
    await waitFor(api, 'the facts to follow', async () => (await api.reflection()).facts !== model.facts);
    await waitFor(api, 'two more sessions', async () =>
      focusRow(await api.reflection()).includes(`in ${first.facts!.sessions + 2} sessions`),
    );
    assert.equal(await exec('pacewise.reflectOnWeek', { helped: 'Quiet mornings', drained: 'Reviews' }), true);
    const second = await record();
    assert.equal(second?.id, first.id, 'one reflection per week, updated in place');
    assert.equal(second?.facts?.sessions, first.facts.sessions + 2);
    assert.equal(second?.facts?.completed, first.facts.completed + 2);
    assert.equal(second?.facts?.focusMinutes, first.facts.focusMinutes + 60);
    assert.equal(second?.facts?.checkins, first.facts.checkins + 1);
    assert.equal(second?.answers?.drained, 'Reviews');
  });

  it('a lesson drafted in another window shows here; the journal is shared like the timer', async () => {
    await store.update('journal', (doc) => {
      const lessons = [
        ...doc.lessons.filter((l) => !(l.source.kind === 'reflection' && l.source.week === week())),
        {
          id: 'lesson-from-elsewhere',
          createdAt: Date.now(),
          updatedAt: Date.now(),
          source: { kind: 'reflection' as const, week: week() },
          tried: 'Fewer reviews',
          changed: '',
          keep: 'Quiet mornings',
          tell: 'Try it for a week',
          tags: ['wip'],
        },
      ];
      return { doc: { ...doc, lessons }, changed: true, result: undefined };
    });
    await waitFor(
      api,
      'the lesson to arrive',
      async () => (await api.reflection()).lessonId === 'lesson-from-elsewhere',
    );
  });
});
