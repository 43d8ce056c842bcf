// Child process for the store's cross-process stress test: `write <worker> <n>` or `read <expected>`.
import { PacewiseStore } from './pacewiseStore';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const [dir, mode, a, b] = process.argv.slice(2);
  const store = new PacewiseStore(dir, { onRecovery: (r) => console.error('recovery!', r) });
  const at = Date.UTC(2026, 10, 5);
  if (mode === 'write') {
    for (let i = 0; i < Number(b); i++) {
      await store.appendHistory({ sessions: [], breaks: [], interruptions: [{ id: `w${a}-${i}`, at, kind: 'other' }] });
    }
    return; // a write that fails (e.g. the lock wait timing out on a starved machine) exits 1 with its reason
  }
  // Reader: reads the raw file as fast as it can while writers run; any unparseable content is a torn read.
  const file = path.join(dir, 'history-2026-11.json');
  let torn = 0;
  let reads = 0;
  // Gives up after 4 minutes (the test's own timeout), so a failed writer never leaves it running.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the writers did not finish');
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      reads++;
      try {
        const n = JSON.parse(text).data.interruptions.length;
        if (n >= Number(a)) break;
      } catch {
        torn++;
      }
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  process.stdout.write(JSON.stringify({ torn, reads }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
