// The measurements behind `npm run bench` (see docs/benchmarks.md for how to read them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summarizeDay } from '../src/core/focus/today';
import { remainingMs } from '../src/core/focus/timer';
import { formatCountdown } from '../src/core/format';
import { TimerDoc } from '../src/core/types';
import { dataset } from './benchData';
import { insightsFigures, insightsPanelFigures } from './benchInsights';
import { buildControlVsix, inWorkbench, median, ms } from './benchHost';
import { firstRenderFigures } from './benchViews';
import { memoryFigures } from './benchMemory';
import { officeHoursFigures } from './benchOfficeHours';
import { reviewFigures } from './benchReview';
import { digestFigures } from './benchDigest';
import { pairingFigures } from './benchPairing';
import { teamFigures } from './benchTeam';
import { PacewiseStore } from '../src/storage/pacewiseStore';
import { newRunDir, ROOT } from '../test/host/codeServerHost';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = '') => {
  rows.push([what, value, target]);
  console.log(`${what.padEnd(58)} ${value.padEnd(22)} ${target}`);
};

/** Each feature bundle's size with every chunk it requires, transitively: what its first use reads. */
function featureBundles(): [string, number][] {
  const dist = path.join(ROOT, 'dist');
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/require\("(\.[^"]+)"\)/g))
      closure(path.resolve(path.dirname(file), m[1]), seen);
    return seen;
  };
  return readdirSync(dist)
    .filter((f) => f.endsWith('.js') && f !== 'extension.js' && !f.startsWith('webview-'))
    .map((f): [string, number] => {
      const files = [...closure(path.join(dist, f))];
      return [f.slice(0, -3), files.reduce((n, x) => n + statSync(x).size, 0)];
    })
    .sort((a, b) => b[1] - a[1]);
}

function requireTime(file = path.join(ROOT, 'dist', 'extension.js')): number {
  // A fresh Node process per sample; `vscode` is stubbed so only our bundle's own load cost is measured.
  const script = `
    const Module = require('module');
    const orig = Module._load;
    Module._load = function (req, ...rest) { return req === 'vscode' ? {} : orig.call(this, req, ...rest); };
    const t = process.hrtime.bigint();
    require(${JSON.stringify(file)});
    console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const samples = Array.from({ length: 9 }, () =>
    Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })),
  );
  return median(samples);
}

async function storeFigures(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacewise-bench-'));
  const store = new PacewiseStore(dir, { onRecovery: () => undefined });
  await store.open();
  const data = dataset(3);
  let t = performance.now();
  await store.appendHistory(data);
  const seedMs = performance.now() - t;
  const files = execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0];
  const fresh = new PacewiseStore(dir, { onRecovery: () => undefined });
  t = performance.now();
  const all = await fresh.readHistory(Date.UTC(2020, 0, 1), Date.UTC(2027, 0, 1));
  const loadMs = performance.now() - t;
  t = performance.now();
  await fresh.readHistory(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1));
  const monthMs = performance.now() - t;
  const writes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = Date.UTC(2026, 9, 15) + i * 60_000;
    const w = performance.now();
    await fresh.appendHistory({ sessions: [], breaks: [], interruptions: [{ id: `bench-${i}`, at, kind: 'other' }] });
    writes.push(performance.now() - w);
  }
  const timerWrites: number[] = [];
  for (let i = 0; i < 200; i++) {
    const w = performance.now();
    await fresh.updateTimer((doc) => ({ doc: { ...doc, completedSinceLongBreak: i }, changed: true, result: 0 }));
    timerWrites.push(performance.now() - w);
  }
  // What every window does on each change another window made: list the generations, read the newest.
  const timerReads: number[] = [];
  for (let i = 0; i < 200; i++) {
    const r = performance.now();
    await fresh.readTimer();
    timerReads.push(performance.now() - r);
  }
  const storeFiles = readdirSync(dir).length;
  row(
    '3-year dataset: records / size on disk',
    `${all.sessions.length + all.breaks.length + all.interruptions.length + all.checkins.length + all.workItems.length} / ${files} KiB`,
    '',
  );
  row('  seed (one append per month file)', ms(seedMs));
  row('  load everything (36 month files, cold)', ms(loadMs));
  row('  load one month (what "today" reads)', ms(monthMs));
  row(
    '  history write p50 / p95 (lock, re-read, fsync, publish a generation)',
    `${ms(median(writes))} / ${ms(pct(writes, 0.95))}`,
    'p95 ≤ 15 ms',
  );
  row('  timer write p50 / p95', `${ms(median(timerWrites))} / ${ms(pct(timerWrites, 0.95))}`, 'p95 ≤ 15 ms');
  row('  timer read p50 / p95 (after those 400 writes)', `${ms(median(timerReads))} / ${ms(pct(timerReads, 0.95))}`);
  row('  files in the store folder then (emptied generations wait 10 min)', String(storeFiles));

  // Tick cost: what the status bar does every second while a session runs (view model + countdown text).
  const now = Date.UTC(2026, 9, 15, 12);
  const today = await fresh.readHistory(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1));
  const doc: TimerDoc = {
    current: {
      kind: 'focus',
      id: 'x',
      intent: 'bench',
      plannedMs: 25 * 60_000,
      events: [{ type: 'start', at: now - 60_000 }],
      seenAt: now,
      interruptions: 0,
    },
    completedSinceLongBreak: 0,
  };
  const n = 20_000;
  t = performance.now();
  for (let i = 0; i < n; i++) {
    summarizeDay(today, doc, now + i);
    formatCountdown(remainingMs(doc.current, now + i));
  }
  row(
    'status bar tick (view model + text, a month of history)',
    `${(((performance.now() - t) / n) * 1000).toFixed(1)} µs`,
  );
}

async function activation(runs: number): Promise<void> {
  // A control extension in the same runs: on 2 cores much of any reading is queueing behind other extensions.
  const controlVsix = buildControlVsix();
  const ours: number[] = [];
  const control: number[] = [];
  for (let run = 0; run < runs; run++) {
    const runDir = newRunDir('bench');
    const workspace = path.join(runDir, 'workspace');
    mkdirSync(workspace, { recursive: true });
    await inWorkbench(runDir, workspace, controlVsix, async (page) => {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget .quick-input-box input').fill('>Developer: Show Running Extensions');
      const item = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first();
      await item.waitFor();
      await item.click();
      const rowsLocator = page.locator('.runtime-extensions-editor .monaco-list-row');
      await rowsLocator.first().waitFor({ timeout: 30_000 });
      const read = async (name: string): Promise<number> => {
        for (let i = 0; i < 40; i++) {
          const text =
            (await page
              .locator('.runtime-extensions-editor .monaco-list-row', { hasText: name })
              .first()
              .textContent({ timeout: 500 })
              .catch(() => null)) ?? '';
          const m = /Activation:\s*([\d.]+)\s*ms/i.exec(text) ?? /([\d.]+)\s*ms/.exec(text);
          if (m) return Number(m[1]);
          await page.locator('.runtime-extensions-editor').hover();
          await page.mouse.wheel(0, 200);
          await page.waitForTimeout(150);
        }
        throw new Error(`no activation time for ${name}`);
      };
      ours.push(await read('Pacewise'));
      await page.mouse.wheel(0, -5000);
      control.push(await read('Bench Control'));
      if (run === 0) await page.screenshot({ path: path.join(ROOT, 'test-results', 'bench-running-extensions.png') });
    });
  }
  row(`activation in VS Code 1.139.1 (median of ${runs}; all: ${ours.join(', ')})`, `${median(ours)} ms`, '≈ control');
  row(`  empty control extension, same runs (${control.join(', ')})`, `${median(control)} ms`);
}

/** Resident memory of the extension host and the renderers in each state, and the change from the first. */
async function memoryRows(): Promise<void> {
  row('memory, extension host / renderers (median of 3 samples; change from the first row)', '');
  await memoryFigures(row);
}

async function main(): Promise<void> {
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  // `npm run bench -- --insights-only`: the Insights figures alone, printed, docs untouched (for working on them).
  if (process.argv.includes('--insights-only')) {
    await insightsFigures(row);
    await insightsPanelFigures(row);
    return;
  }
  // `npm run bench -- --store-only`: the store's figures alone, printed, docs untouched.
  if (process.argv.includes('--store-only')) {
    await storeFigures();
    return;
  }
  // `npm run bench -- --views-only`: the first renders alone, printed, docs untouched.
  if (process.argv.includes('--views-only')) {
    await firstRenderFigures(row);
    return;
  }
  // `npm run bench -- --memory-only`: the memory figures alone, printed, docs untouched.
  if (process.argv.includes('--memory-only')) {
    await memoryRows();
    return;
  }
  // `npm run bench -- --digest-only [--digest-10000]`: the organisation digest's figures alone, printed, docs untouched.
  if (process.argv.includes('--digest-only')) {
    digestFigures(row, { tenThousand: process.argv.includes('--digest-10000') });
    return;
  }
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  console.log(`${'measure'.padEnd(58)} ${'value'.padEnd(22)} target`);
  row(
    'extension bundle (dist/extension.js, minified)',
    kib(statSync(path.join(ROOT, 'dist/extension.js')).size),
    '≤ 64 KiB',
  );
  for (const [name, bytes] of featureBundles())
    row(`  loaded on first use: dist/${name}.js with the chunks it requires`, kib(bytes));
  const vsixBytes = statSync(path.join(ROOT, `pacewise-${version}.vsix`)).size;
  const pictureBytes = readdirSync(path.join(ROOT, 'media', 'readme'))
    .filter((f) => f.endsWith('.png'))
    .reduce((n, f) => n + statSync(path.join(ROOT, 'media', 'readme', f)).size, 0);
  row('VSIX: code and text', kib(vsixBytes - pictureBytes), '≤ 275 KiB');
  row('VSIX: README pictures', kib(pictureBytes), '≤ 80 KiB');
  const empty = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacewise-empty-')), 'empty.js');
  writeFileSync(empty, '');
  const baseline = requireTime(empty);
  row('require() of the startup bundle in plain Node (median of 9)', ms(requireTime()), `≤ ${ms(baseline + 2)}`);
  row('  require() of an empty file, same method (baseline)', ms(baseline));
  await storeFigures();
  await insightsFigures(row);
  await teamFigures(row);
  await pairingFigures(row);
  officeHoursFigures(row);
  reviewFigures(row);
  digestFigures(row, { tenThousand: process.argv.includes('--digest-10000') });
  if (!process.argv.includes('--no-host')) {
    await activation(Number(process.env.PACEWISE_BENCH_RUNS ?? 3));
    await firstRenderFigures(row);
    await memoryRows();
    await insightsPanelFigures(row);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const table = ['| measure | value | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
  const doc = `# Benchmarks\n\nLatest \`npm run bench\`, ${new Date().toISOString().slice(0, 10)}, on ${machine}.\n\n${table}\n\n${readFileSync(path.join(ROOT, 'docs', 'benchmarks-notes.md'), 'utf8')}`;
  writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), doc);
  console.log('\nwritten to docs/benchmarks.md');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
