// Child process for the store's cross-process stress tests (storeStress.test.ts):
//   write <dir> <worker> <from> <count>  each op adds one to the timer's counter and appends interruption w<worker>-<i>
//                                        (one update of the timer with a history append inside, as a session's end);
//                                        prints `ack <id>` once the store has acknowledged it
//   read <dir> <expected>                reads the raw newest history file while writers run; prints torn reads
//   readback <dir> <min> <ms>            reads history through the store for <ms>; prints reads that saw fewer than
//                                        <min> records or failed
import { PacewiseStore } from './pacewiseStore';
import { promises as fs, writeSync } from 'node:fs';
import * as path from 'node:path';
import { listGenerations } from './generations';

const at = Date.UTC(2026, 10, 5);

async function main(): Promise<void> {
  const [dir, mode, a, b, c] = process.argv.slice(2);
  const store = new PacewiseStore(dir, { onRecovery: (r) => console.error('recovery', r.reason) });
  if (mode === 'write') {
    const from = Number(b);
    let longest = 0;
    for (let i = from; i < from + Number(c); i++) {
      const id = `w${a}-${i}`;
      const began = performance.now();
      await store.updateTimer((doc) => ({
        doc: { ...doc, completedSinceLongBreak: doc.completedSinceLongBreak + 1 },
        changed: true,
        result: undefined,
        append: { interruptions: [{ id, at, kind: 'other' }] },
      }));
      writeSync(1, `ack ${id}\n`); // synchronous: a SIGKILL right after never loses the line
      longest = Math.max(longest, performance.now() - began);
    }
    writeSync(1, `longest ${Math.round(longest)}\n`);
    return; // a write that fails (e.g. the lock wait timing out on a starved machine) exits 1 with its reason
  }
  if (mode === 'readback') {
    const deadline = Date.now() + Number(b);
    let short = 0;
    let failed = 0;
    let reads = 0;
    while (Date.now() < deadline) {
      reads++;
      try {
        const h = await store.readHistory(Date.UTC(2026, 10, 1), Date.UTC(2026, 11, 1));
        if (h.interruptions.length < Number(a)) short++;
      } catch (err) {
        failed++;
        console.error(String(err));
      }
    }
    process.stdout.write(JSON.stringify({ short, failed, reads }));
    return;
  }
  // Reader: reads the newest raw file as fast as it can while writers run; unparseable content is a torn read.
  const file = path.join(dir, 'history-2026-11.json');
  let torn = 0;
  let reads = 0;
  // Gives up after 4 minutes (the test's own timeout), so a failed writer never leaves it running.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the writers did not finish');
    const [newest] = await listGenerations(file);
    const text = newest && (await fs.readFile(newest.path, 'utf8').catch(() => undefined));
    if (text) {
      reads++;
      try {
        const n = JSON.parse(text).data.interruptions.length;
        if (n >= Number(a)) break;
      } catch {
        // Emptied under a stale listing (an old generation) is not torn; the newest one unreadable is.
        if ((await listGenerations(file))[0]?.n === newest.n) torn++;
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
