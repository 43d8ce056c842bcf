import assert from 'node:assert/strict';
import { localDayRange } from '../../src/core/days';
import type { PacewiseApi } from '../../src/extension';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { exec, pacewise } from './helpers';

describe('Check-ins in the real host', () => {
  let api: PacewiseApi;
  let store: PacewiseStore;
  const todaysCheckins = async () => {
    const [from, to] = localDayRange(Date.now());
    return (await store.readHistory(from, to)).checkins;
  };

  before(async () => {
    api = await pacewise();
    store = new PacewiseStore(api.storeDir, { onRecovery: () => undefined });
  });

  it('saves a check-in passed as an argument, locally, tied to the running session', async () => {
    await exec('pacewise.startFocusSession', { minutes: 25 });
    const before = (await todaysCheckins()).length;
    assert.equal(
      await exec('pacewise.checkIn', { energy: 3, stress: 4, focus: 2, fairness: 5, note: 'review day' }),
      true,
    );
    const all = await todaysCheckins();
    assert.equal(all.length, before + 1);
    const saved = all[all.length - 1];
    assert.deepEqual(
      { energy: saved.energy, stress: saved.stress, focus: saved.focus, fairness: saved.fairness, note: saved.note },
      { energy: 3, stress: 4, focus: 2, fairness: 5, note: 'review day' },
    );
    assert.equal(saved.sessionId, api.state().sessionId);
    await exec('pacewise.stopSession');
  });

  for (const bad of [
    { energy: 6, stress: 4, focus: 2, fairness: 5 },
    { energy: 3 },
    '3425',
    { energy: 3, stress: 4, focus: 2, fairness: 5, mood: 1 },
  ]) {
    it(`refuses ${JSON.stringify(bad)} and saves nothing`, async () => {
      const before = (await todaysCheckins()).length;
      assert.equal(await exec('pacewise.checkIn', bad), false);
      assert.equal((await todaysCheckins()).length, before);
    });
  }
});
