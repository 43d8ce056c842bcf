import assert from 'node:assert/strict';
import {
  activeExperiment,
  applyExperiment,
  coolingOffSuggested,
  ExperimentCommand,
  ExperimentsDoc,
  experimentDay,
  parseStartRequest,
} from './experiments';
import { emptyHistory, SessionRecord } from '../types';

// TZ=Europe/Berlin in the unit run.
const at = (iso: string) => new Date(iso).getTime();

describe('experiment lifecycle', () => {
  let ids = 0;
  const ctx = (iso: string) => ({ now: at(iso), newId: () => `e${++ids}` });
  const run = (doc: ExperimentsDoc, cmd: ExperimentCommand, iso: string) => applyExperiment(doc, cmd, ctx(iso));
  const limitWip = {
    template: 'limitWip' as const,
    hypothesis: 'Fewer things at once, calmer days',
    weeks: 2,
    wipLimit: 2,
  };

  it('validates a start: template, hypothesis, weeks, custom title and metrics, the WIP limit', () => {
    const ok = parseStartRequest(limitWip);
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.metrics, ['focusMinutes', 'focusQuality', 'stress', 'energy', 'fairness']);
    const custom = parseStartRequest({
      template: 'custom',
      title: 'Walk at lunch',
      hypothesis: 'Afternoons feel lighter',
      metrics: ['energy', 'energy', 'stress'],
    });
    assert.ok(custom.ok);
    assert.deepEqual([custom.value.weeks, custom.value.metrics], [2, ['energy', 'stress']]);
    for (const bad of [
      { ...limitWip, template: 'limitEverything' },
      { ...limitWip, hypothesis: '  ' },
      { ...limitWip, hypothesis: 'x'.repeat(281) },
      { ...limitWip, weeks: 5 },
      { ...limitWip, weeks: 1.5 },
      { ...limitWip, wipLimit: 0 },
      { ...limitWip, wipLimit: undefined },
      { template: 'hardStop', hypothesis: 'h', wipLimit: 2 },
      { template: 'custom', hypothesis: 'h', metrics: ['energy'] },
      { template: 'custom', title: 't', hypothesis: 'h' },
      { template: 'reprioritise', hypothesis: 'h' },
      { template: 'custom', title: 't', hypothesis: 'h', metrics: ['happiness'] },
      { ...limitWip, owner: 'me' },
      'limitWip',
      null,
    ]) {
      assert.equal(parseStartRequest(bad).ok, false, JSON.stringify(bad));
    }
  });

  it('one experiment at a time; pause, resume, extend, conclude; refusals change nothing', () => {
    const req = parseStartRequest(limitWip);
    assert.ok(req.ok);
    let doc: ExperimentsDoc = { experiments: [] };
    assert.equal(run(doc, { type: 'pause' }, '2026-11-02T09:00').refusal, 'noneActive');
    doc = run(doc, { type: 'start', request: req.value }, '2026-11-02T09:00').doc;
    const second = run(doc, { type: 'start', request: req.value }, '2026-11-02T10:00');
    assert.deepEqual([second.refusal, second.doc], ['oneAtATime', doc]);
    assert.equal(run(doc, { type: 'resume' }, '2026-11-03T09:00').refusal, 'notPaused');
    doc = run(doc, { type: 'pause' }, '2026-11-05T18:00').doc;
    assert.equal(activeExperiment(doc)?.status, 'paused');
    assert.equal(run(doc, { type: 'pause' }, '2026-11-05T19:00').refusal, 'alreadyPaused');
    doc = run(doc, { type: 'resume' }, '2026-11-07T08:00').doc;
    assert.deepEqual(activeExperiment(doc)?.pauses, [{ from: at('2026-11-05T18:00'), to: at('2026-11-07T08:00') }]);
    assert.equal(run(doc, { type: 'extend', weeks: 7 }, '2026-11-08T09:00').refusal, 'tooLong');
    doc = run(doc, { type: 'extend', weeks: 1 }, '2026-11-08T09:00').doc;
    assert.equal(activeExperiment(doc)?.weeks, 3);
    doc = run(doc, { type: 'conclude' }, '2026-11-25T09:00').doc;
    assert.equal(activeExperiment(doc), undefined);
    assert.deepEqual([doc.experiments[0].status, doc.experiments[0].endedAt], ['concluded', at('2026-11-25T09:00')]);
    // A new one may start once the last has ended.
    assert.equal(run(doc, { type: 'start', request: req.value }, '2026-11-26T09:00').changed, true);
  });

  it('abandoning keeps the experiment with its reason and closes an open pause', () => {
    assert.ok(parseStartRequest({ template: 'reprioritise', title: 'the migration', hypothesis: 'h' }).ok);
    const req = parseStartRequest({ template: 'hardStop', hypothesis: 'Evenings back' });
    assert.ok(req.ok);
    let doc = run({ experiments: [] }, { type: 'start', request: req.value }, '2026-11-02T09:00').doc;
    doc = run(doc, { type: 'pause' }, '2026-11-03T09:00').doc;
    doc = run(doc, { type: 'abandon', reason: 'release week' }, '2026-11-04T09:00').doc;
    const e = doc.experiments[0];
    assert.deepEqual(
      [e.status, e.abandonReason, e.pauses[0].to],
      ['abandoned', 'release week', at('2026-11-04T09:00')],
    );
  });

  it('records the day’s highest WIP while running, not while paused', () => {
    const req = parseStartRequest(limitWip);
    assert.ok(req.ok);
    let doc = run({ experiments: [] }, { type: 'start', request: req.value }, '2026-11-02T09:00').doc;
    doc = run(doc, { type: 'noteWip', active: 3 }, '2026-11-02T10:00').doc;
    assert.equal(run(doc, { type: 'noteWip', active: 2 }, '2026-11-02T11:00').changed, false);
    doc = run(doc, { type: 'noteWip', active: 1 }, '2026-11-03T11:00').doc;
    doc = run(doc, { type: 'pause' }, '2026-11-03T12:00').doc;
    assert.equal(run(doc, { type: 'noteWip', active: 5 }, '2026-11-03T13:00').changed, false);
    assert.deepEqual(doc.experiments[0].wipMaxByDay, { '2026-11-02': 3, '2026-11-03': 1 });
  });

  it('day n of m counts local calendar days, across the end of summer time, paused days added', () => {
    const req = parseStartRequest({ ...limitWip, weeks: 1 });
    assert.ok(req.ok);
    let doc = run({ experiments: [] }, { type: 'start', request: req.value }, '2026-10-22T21:00').doc;
    assert.deepEqual(experimentDay(doc.experiments[0], at('2026-10-26T08:00')), {
      day: 5,
      of: 7,
      endsAt: at('2026-10-29T00:00'),
    });
    doc = run(doc, { type: 'pause' }, '2026-10-26T09:00').doc;
    doc = run(doc, { type: 'resume' }, '2026-10-27T09:00').doc;
    // Paused on the 26th and the 27th: two days added.
    assert.deepEqual(experimentDay(doc.experiments[0], at('2026-10-28T08:00')), {
      day: 7,
      of: 9,
      endsAt: at('2026-10-31T00:00'),
    });
  });

  it('suggests a cooling-off week after most days with data were heavy', () => {
    const h = emptyHistory();
    const s = (iso: string, late = false): SessionRecord => ({
      id: iso,
      intent: '',
      startedAt: at(iso),
      endedAt: at(iso) + 1,
      plannedMs: 1,
      focusMs: 1,
      outcome: 'completed',
      interruptions: 0,
      pastEndOfDay: late,
    });
    h.sessions.push(s('2026-11-18T19:00', true), s('2026-11-19T10:00'), s('2026-11-20T10:00'));
    h.checkins.push({ id: 'c', at: at('2026-11-20T17:00'), energy: 2, stress: 4, focus: 2, fairness: 2 });
    // 2 heavy days of 3: most.
    assert.equal(coolingOffSuggested(h, at('2026-11-23T09:00')), true);
    h.sessions.push(s('2026-11-21T10:00'), s('2026-11-22T10:00'));
    // 2 of 5: not most.
    assert.equal(coolingOffSuggested(h, at('2026-11-23T09:00')), false);
    // Too little data to say anything.
    assert.equal(coolingOffSuggested(emptyHistory(), at('2026-11-23T09:00')), false);
  });
});
