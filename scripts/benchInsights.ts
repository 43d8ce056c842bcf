// Insights at 3 years of data: the computation in src/core (plain Node), and the panel in the real host from the
// palette to its first drawn chart (what a user waits for), opened cold, reopened, and switched to "All time".
import { addDays, startOfDay } from 'date-fns';
import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { computeInsights, InsightRange } from '../src/core/insights/insights';
import { computeSignals, DEFAULT_THRESHOLDS } from '../src/core/insights/signals';
import { localDay } from '../src/core/days';
import { WipDoc, WipLevel } from '../src/core/wip/wip';
import { PacewiseStore } from '../src/storage/pacewiseStore';
import { newRunDir, ROOT } from '../test/host/codeServerHost';
import { dataset } from './benchData';
import { buildControlVsix, inWorkbench, median, ms } from './benchHost';

export type Row = (what: string, value: string, target?: string) => void;

/** A WIP level recorded on every day of the 3 years. */
function wipLevels(now: number): WipDoc {
  const levels: Record<string, WipLevel> = {};
  for (let d = 0; d < 3 * 365; d++)
    levels[localDay(addDays(startOfDay(now), -d).getTime())] = [2 + (d % 4), 2, 3 + (d % 5)];
  return { items: [], levels };
}

export async function insightsFigures(row: Row): Promise<void> {
  const now = Date.now();
  const history = dataset(3, now);
  const wip = wipLevels(now);
  const settings = { endOfDayMinutes: 18 * 60, wipLimit: 3 };
  const time = (range: InsightRange) =>
    median(
      Array.from({ length: 7 }, () => {
        const t = performance.now();
        computeInsights(history, wip, settings, range, now);
        computeSignals(history, wip, settings, DEFAULT_THRESHOLDS, new Set(), now);
        return performance.now() - t;
      }),
    );
  row(
    'insights computation, 3-year dataset: 30 days / 90 days / all (median of 7)',
    `${ms(time('30'))} / ${ms(time('90'))} / ${ms(time('all'))}`,
    '≤ 50 ms',
  );
}

/** The workbench's iframe that holds `frame` (a webview's content sits in a frame inside it). */
async function outerFrameVisible(page: Page, frame: Frame): Promise<boolean> {
  let f = frame;
  while (f.parentFrame() && f.parentFrame() !== page.mainFrame()) f = f.parentFrame()!;
  const element = await f.frameElement().catch(() => undefined);
  return element ? element.isVisible() : false;
}

/** A frame with `selector` drawn whose webview is on screen (a hidden, retained webview keeps its content). */
export async function visibleFrameWith(page: Page, selector: string, timeout = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames())
      if ((await frame.$(selector).catch(() => null)) && (await outerFrameVisible(page, frame))) return frame;
    if (Date.now() > deadline) throw new Error(`no visible webview has ${selector}`);
    // Looked for every 20 ms: the figure is the wait, so the poll must not add to it.
    await page.waitForTimeout(20);
  }
}

/** Palette → a command → `selector` drawn in a webview on screen, in milliseconds as the page sees it. */
export async function openPanel(
  page: Page,
  command = 'Pacewise: Show Insights',
  selector = 'body[data-view="insights"] #chart-focus svg .bar',
): Promise<{ ms: number; frame: Frame; clickedAt: number }> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(`>${command}`);
  const item = page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first();
  await item.waitFor();
  const t = Date.now();
  await item.click();
  const frame = await visibleFrameWith(page, selector);
  return { ms: Date.now() - t, frame, clickedAt: t };
}

export async function closeEditors(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').fill('>View: Close All Editors');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'View: Close All Editors' }).first().click();
  await page.waitForTimeout(500);
}

export async function insightsPanelFigures(row: Row): Promise<void> {
  const runDir = newRunDir('bench-insights');
  const workspace = path.join(runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const store = new PacewiseStore(
    path.join(runDir, 'user-data', 'User', 'globalStorage', 'pacewise.pacewise', 'store'),
    {
      onRecovery: () => undefined,
    },
  );
  await store.open();
  await store.appendHistory(dataset(3, Date.now()));
  await store.update('wip', () => ({ doc: wipLevels(Date.now()), changed: true, result: undefined }));
  await inWorkbench(runDir, workspace, buildControlVsix(), async (page) => {
    // As in the first-render figures: the browser's first webview installs the webview service worker; not ours.
    await openPanel(page, 'Bench Control: Open Empty Panel', '#control-drawn');
    await closeEditors(page);
    const last = await openPanel(page);
    const frame = last.frame;
    const inside = await frame.evaluate(() => ({ ...(document.getElementById('app') as HTMLElement).dataset }));
    const t = Date.now();
    await frame.locator('label[for="range-all"]').click();
    await frame.locator('#insights-period', { hasText: 'All time' }).waitFor({ timeout: 30_000 });
    const switchMs = Date.now() - t;
    const drawnIn = await frame.evaluate(() => (document.getElementById('app') as HTMLElement).dataset.rangeMs);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'bench-insights.png') });
    row(
      `  Insights, first open: inside the webview document (script ready / first snapshot drawn)`,
      `${inside.readyMs} / ${inside.drawnMs} ms of ${last.ms} ms`,
    );
    row(
      '  switch to "All time" → redrawn (as the page sees it / inside the webview)',
      `${switchMs} / ${drawnIn} ms`,
      '≤ 300 ms',
    );
  });
}
