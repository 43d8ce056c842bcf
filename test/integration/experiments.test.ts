import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localDay } from '../../src/core/days';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise, waitFor } from './helpers';

describe('Pacing experiments in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  const active = async () =>
    (await store.read('experiments')).experiments.find((e) => e.status === 'active' || e.status === 'paused');
  const finishAllWip = async () => {
    for (const item of (await store.read('wip')).items.filter((i) => i.status === 'active'))
      await exec('pacewise.completeWipItem', { id: item.id });
  };

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
    await finishAllWip();
    const left = await active();
    if (left) await exec('pacewise.abandonExperiment', { reason: 'left over' });
  });

  after(finishAllWip);

  it('"Limit WIP to 1" lowers the WIP limit everywhere and records the day’s highest WIP; abandoning gives it back', async () => {
    const hypothesis = 'One thing at a time makes afternoons calmer';
    assert.equal(
      await exec('pacewise.startExperiment', { template: 'limitWip', wipLimit: 1, hypothesis, weeks: 1 }),
      true,
    );
    const e = await active();
    assert.deepEqual(
      [e?.template, e?.wipLimit, e?.weeks, e?.hypothesis, e?.status],
      ['limitWip', 1, 1, hypothesis, 'active'],
    );
    await exec('pacewise.addWipItem', { title: 'experiment one' });
    await exec('pacewise.addWipItem', { title: 'experiment two' });
    await waitFor(api, 'the lower limit in the tooltip', () =>
      api.statusBar().tooltip.includes('Work in progress: 2, above your limit of 1.'),
    );
    await waitFor(
      api,
      'the day’s WIP to be recorded',
      async () => (await active())?.wipMaxByDay[localDay(Date.now())] === 2,
    );
    assert.equal(await exec('pacewise.abandonExperiment', { reason: 'a release week' }), true);
    const ended = (await store.read('experiments')).experiments.find((x) => x.id === e?.id);
    assert.deepEqual([ended?.status, ended?.abandonReason], ['abandoned', 'a release week']);
    // Two items are within the setting's limit of 3 again.
    await waitFor(api, 'the setting’s limit back', () => api.statusBar().tooltip.includes('Work in progress: 2.'));
  });

  it('one experiment at a time: a second start is refused and changes nothing', async () => {
    assert.equal(await exec('pacewise.startExperiment', { template: 'hardStop', hypothesis: 'Evenings back' }), true);
    const before = JSON.stringify(await store.read('experiments'));
    assert.equal(await exec('pacewise.startExperiment', { template: 'focusBlocks', hypothesis: 'Mornings' }), false);
    assert.equal(JSON.stringify(await store.read('experiments')), before);
    assert.equal(await exec('pacewise.abandonExperiment', { reason: '' }), true);
  });

  for (const bad of [
    { template: 'limitEverything', hypothesis: 'h' },
    { template: 'limitWip', hypothesis: 'h' },
    { template: 'hardStop', hypothesis: '' },
    { template: 'hardStop', hypothesis: 'h', weeks: 9 },
    { template: 'custom', hypothesis: 'h', title: 'Walk at lunch' },
    { template: 'hardStop', hypothesis: 'h', owner: 'me' },
    'limitWip',
  ]) {
    it(`refuses ${JSON.stringify(bad)} and starts nothing`, async () => {
      const before = JSON.stringify(await store.read('experiments'));
      assert.equal(await exec('pacewise.startExperiment', bad), false);
      assert.equal(JSON.stringify(await store.read('experiments')), before);
    });
  }

  it('an experiment written before a restart (or by another window) is picked up, its WIP limit applied', async () => {
    await exec('pacewise.addWipItem', { title: 'restart one' });
    await store.update('experiments', (doc) => ({
      doc: {
        experiments: [
          ...doc.experiments,
          {
            id: 'from-before-the-restart',
            template: 'limitWip' as const,
            hypothesis: 'Finishing beats starting',
            metrics: ['stress' as const],
            weeks: 2,
            startedAt: Date.now() - 3 * 86_400_000,
            status: 'active' as const,
            pauses: [],
            wipLimit: 2,
            wipMaxByDay: {},
          },
        ],
      },
      changed: true,
      result: undefined,
    }));
    await waitFor(api, 'the limit of 2', () => api.statusBar().tooltip.includes('above your limit of 2'));
    assert.equal(await exec('pacewise.abandonExperiment', { reason: 'done testing' }), true);
    await waitFor(api, 'the limit back', () => !api.statusBar().tooltip.includes('limit of 2'));
  });

  it('abandon with nothing running, or with a bad argument, changes nothing', async () => {
    assert.equal(await exec('pacewise.abandonExperiment', { reason: 'x' }), false);
    await exec('pacewise.startExperiment', { template: 'hardStop', hypothesis: 'Evenings back' });
    const before = JSON.stringify(await store.read('experiments'));
    assert.equal(await exec('pacewise.abandonExperiment', { reason: 7 }), false);
    assert.equal(JSON.stringify(await store.read('experiments')), before);
    assert.equal(await exec('pacewise.abandonExperiment', { reason: 'cleanup' }), true);
  });

  it('concluding fixes the comparison in the record and drafts a micro-lesson; export opens them as Markdown', async function () {
    this.timeout(20_000);
    assert.equal(await exec('pacewise.startExperiment', { template: 'hardStop', hypothesis: 'Evenings back' }), true);
    const id = (await active())?.id;
    // A check-in after the start: the experiment's first day with data.
    assert.equal(await exec('pacewise.checkIn', { energy: 4, stress: 2, focus: 4, fairness: 4 }), true);
    assert.equal(await exec('pacewise.concludeExperiment', { early: true }), true);
    const done = (await store.read('experiments')).experiments.find((e) => e.id === id);
    assert.equal(done?.status, 'concluded');
    const stress = done?.result?.metrics.find((m) => m.metric === 'stress');
    assert.deepEqual([stress?.during, stress?.duringDays, stress?.confidence], [2, 1, 'tooFew']);
    const lesson = (await store.read('journal')).lessons.find(
      (l) => l.source.kind === 'experiment' && l.source.experimentId === id,
    );
    assert.equal(lesson?.tried, 'Hard stop at the end of the day: Evenings back');
    assert.match(lesson?.changed ?? '', /Stress: too few days to tell/);
    assert.equal(await exec('pacewise.concludeExperiment'), false, 'nothing left to conclude');
    assert.equal(await exec('pacewise.exportLessons'), true);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'markdown');
    assert.match(editor?.document.getText() ?? '', /## Experiment: Hard stop at the end of the day/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  // Each template, started and concluded in the real host: its measures compared, its daily rule judged on today's
  // history (a day with data), or no rule for the templates that have none.
  for (const [template, extra, ruled] of [
    ['limitWip', { wipLimit: 3 }, true],
    ['focusBlocks', {}, true],
    ['noMeetingMornings', {}, true],
    ['reprioritise', { title: 'the migration' }, false],
    ['hardStop', {}, true],
    ['breakDiscipline', {}, true],
    ['batchMessages', {}, true],
    ['custom', { title: 'Walk at lunch', metrics: ['energy', 'stress'] }, false],
  ] as const) {
    it(`template ${template}: start, a day with data, conclude with its measures and adherence`, async () => {
      assert.equal(
        await exec('pacewise.startExperiment', { template, hypothesis: `Trying ${template}`, ...extra }),
        true,
      );
      const id = (await active())?.id;
      assert.equal(await exec('pacewise.checkIn', { energy: 3, stress: 3, focus: 3, fairness: 3 }), true);
      assert.equal(await exec('pacewise.concludeExperiment', { early: true }), true);
      const e = (await store.read('experiments')).experiments.find((x) => x.id === id);
      assert.equal(e?.status, 'concluded');
      assert.deepEqual(
        e?.result?.metrics.map((m) => m.metric),
        e?.metrics,
        'every watched measure is compared',
      );
      assert.ok((e?.metrics.length ?? 0) > 0);
      assert.equal(e?.result?.judged, ruled ? 1 : 0, 'today is judged when the template has a daily rule');
    });
  }
});
