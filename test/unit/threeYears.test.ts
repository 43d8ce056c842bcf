import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dataset } from '../../scripts/benchData';
import { computeInsights } from '../../src/core/insights/insights';
import { PacewiseStore } from '../../src/storage/pacewiseStore';

/** The size a month of heavy use stays under (README, docs/benchmarks.md). */
const MONTH_FILE_LIMIT = 512 * 1024;

// faults.md 13: three years of heavy use in the suite (the benchmarks time the same dataset).
describe('three years of heavy use', function () {
  this.timeout(120_000);

  it('load, fold and dashboard read every record; each month file stays under 512 KiB', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pacewise-3y-'));
    const store = new PacewiseStore(dir, { onRecovery: () => assert.fail('no recovery expected') });
    await store.open();
    const end = Date.UTC(2026, 10, 1);
    const data = dataset(3, end);
    await store.appendHistory(data);
    const all = await new PacewiseStore(dir, { onRecovery: () => undefined }).readAllHistory();
    for (const list of ['sessions', 'breaks', 'interruptions', 'checkins', 'workItems'] as const)
      assert.equal(all[list].length, data[list].length, `${list}: every record read back`);
    const months = (await fs.readdir(dir)).filter((n) => /^history-\d{4}-\d{2}\.g\d+\.json$/.test(n));
    assert.ok(months.length >= 36, `${months.length} month files`);
    for (const name of months) {
      const { size } = await fs.stat(path.join(dir, name));
      assert.ok(size < MONTH_FILE_LIMIT, `${name} is ${size} bytes`);
    }
    const insights = computeInsights(
      all,
      { items: [], levels: {} },
      { endOfDayMinutes: 18 * 60, wipLimit: 3 },
      'all',
      end,
    );
    assert.ok(insights.from <= data.sessions[0].startedAt, 'the dashboard covers all three years');
  });
});
