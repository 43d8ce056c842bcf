// The first render of each Pacewise webview in a fresh window — the Insights panel, the sidebar, Team notes — from
// the palette click to its first content drawn, against the control extension's empty panel and empty view opened
// the same way in the same host: the floor VS Code itself sets. Each cold figure is a reloaded window (a new
// extension host, nothing of ours loaded yet but startup); reopens follow in that window.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { PacewiseStore } from '../src/storage/pacewiseStore';
import { writeManyNotes } from '../test/fixtures/teamFolder';
import { newRunDir, ROOT, waitForWorkbench } from '../test/host/codeServerHost';
import { dataset } from './benchData';
import { buildControlVsix, inWorkbench, median } from './benchHost';
import { closeEditors, openPanel, Row } from './benchInsights';

interface Target {
  label: string;
  command: string;
  /** What is on screen once the first snapshot is drawn. */
  selector: string;
  kind: 'panel' | 'view';
}

const TARGETS: Target[] = [
  {
    label: 'Insights panel, 3-year dataset: palette → first chart drawn',
    command: 'Pacewise: Show Insights',
    selector: 'body[data-view="insights"] #chart-focus svg .bar',
    kind: 'panel',
  },
  {
    label: 'control: an empty webview panel',
    command: 'Bench Control: Open Empty Panel',
    selector: '#control-drawn',
    kind: 'panel',
  },
  {
    label: 'sidebar: palette → first snapshot drawn',
    command: 'Pacewise: Show Sidebar',
    selector: 'body[data-view="sidebar"] #app:not([aria-busy])',
    kind: 'view',
  },
  {
    label: 'Team notes, 200 notes: palette → first note drawn',
    command: 'Pacewise: Show Team Notes',
    selector: 'body[data-view="team"] .note-title',
    kind: 'view',
  },
  {
    label: 'control: an empty webview view',
    command: 'Bench Control: Show Empty View',
    selector: '#control-view-drawn',
    kind: 'view',
  },
];

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

/** Hides what `target` showed and waits until no webview still has its content (else a reopen would be free). */
async function hide(page: Page, target: Target): Promise<void> {
  if (target.kind === 'panel') await closeEditors(page);
  else await runCommand(page, 'View: Show Explorer');
  for (let i = 0; i < 100; i++) {
    let shown = false;
    for (const frame of page.frames()) if (await frame.$(target.selector).catch(() => null)) shown = true;
    if (!shown) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`${target.label}: still drawn after it was hidden`);
}

/** Nothing open, the Explorer in the sidebar, then a reload: the next view opens in a new extension host. */
async function freshWindow(page: Page): Promise<void> {
  await closeEditors(page);
  await runCommand(page, 'View: Show Explorer');
  await page.waitForTimeout(500);
  await page.reload();
  await waitForWorkbench(page);
  await page
    .locator('.part.statusbar [id="pacewise.pacewise.pacewise.focus"]')
    .waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForTimeout(1_500);
}

export async function firstRenderFigures(row: Row): Promise<void> {
  const runDir = newRunDir('bench-views');
  const workspace = path.join(runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  execFileSync('git', ['init', '-q', workspace]);
  writeManyNotes(workspace, 200);
  const storeDir = path.join(runDir, 'user-data', 'User', 'globalStorage', 'pacewise.pacewise', 'store');
  const store = new PacewiseStore(storeDir, { onRecovery: () => undefined });
  await store.open();
  await store.appendHistory(dataset(3, Date.now()));
  await inWorkbench(runDir, workspace, buildControlVsix(), async (page) => {
    const figures: { target: Target; cold: number; again: number[] }[] = [];
    for (const target of TARGETS) {
      await freshWindow(page);
      const cold = (await openPanel(page, target.command, target.selector)).ms;
      const again: number[] = [];
      for (let i = 0; i < 3; i++) {
        await hide(page, target);
        again.push((await openPanel(page, target.command, target.selector)).ms);
      }
      if (target.kind === 'view')
        await page.screenshot({
          path: path.join(ROOT, 'test-results', `bench-${target.command.split(': ')[1].replace(/\W+/g, '-')}.png`),
        });
      figures.push({ target, cold, again });
    }
    const control = (kind: Target['kind']) =>
      figures.find((f) => f.target.kind === kind && f.target.label.startsWith('control'))!;
    for (const f of figures) {
      const isControl = f.target.label.startsWith('control');
      const floor = control(f.target.kind);
      row(
        `${isControl ? '  ' : ''}${f.target.label} (cold / reopened, median of 3: ${f.again.join(', ')})`,
        `${f.cold} / ${median(f.again)} ms`,
        isControl ? '' : `≤ ${floor.cold + 300} / ≤ ${median(floor.again) + 100} ms`,
      );
    }
  });
}
