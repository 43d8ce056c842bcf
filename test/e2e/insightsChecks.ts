// Insights the way a user meets them: Show Insights from the palette on three months of seeded history, ranges
// switched and a data table opened by keyboard alone, figures checked against an independent sum of the seeded
// sessions, the panel in light, dark and high-contrast themes, and Delete All Data from the panel's own button.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { getISOWeek, getISOWeekYear, startOfDay, addDays } from 'date-fns';
import type { SessionRecord } from '../../src/core/types';
import { Checks } from './checks';
import { palette, sidebarFrame, tabTo, theme } from './ui';
import { audit, frameWith } from './a11y';
import { waitForWorkbench } from '../host/codeServerHost';

/** The Insights panel's document: the webview frame whose body says data-view="insights". */
const insightsFrame = (page: Page, timeout?: number) =>
  frameWith(page, 'body[data-view="insights"] #insights-title', timeout);

/** axe-core on the panel and the sidebar in the current theme; minor findings are printed. */
async function auditBoth(page: Page, frame: Frame, theme: string): Promise<void> {
  const sidebar = await frameWith(page, 'body[data-view="sidebar"] #today-heading');
  for (const line of [...(await audit(frame, `insights (${theme})`)), ...(await audit(sidebar, `sidebar (${theme})`))])
    console.log(`    axe: ${line}`);
}

export async function insightsChecks(
  checks: Checks,
  page: Page,
  seeded: SessionRecord[],
  storeDir: string,
  workspace: string,
) {
  let frame: Frame | undefined;
  await checks.run(
    'the sidebar shows a 14-day focus sparkline with its words, and a Show Insights button',
    page,
    'insights-sparkline',
    async () => {
      await palette(page, 'Pacewise: Show Sidebar');
      const spark = (await sidebarFrame(page)).locator('#today-trend svg[role="img"]');
      await spark.waitFor({ state: 'visible' });
      const label = (await spark.getAttribute('aria-label')) ?? '';
      if (!/^Focus over the last 14 days: \d+ days with data/.test(label)) throw new Error(`sparkline label ${label}`);
      if ((await spark.locator('rect').count()) !== 14) throw new Error('the sparkline has one mark per day');
    },
  );

  await checks.run(
    'F1 → Pacewise: Show Insights → the last 30 days at a glance, every chart with its summary; axe-core clean (light)',
    page,
    'insights-30-light',
    async () => {
      await theme(page, 'Light Modern');
      await palette(page, 'Pacewise: Show Insights');
      frame = await insightsFrame(page);
      await frame.locator('#insights-period', { hasText: 'Last 30 days' }).waitFor({ state: 'visible' });
      const titles = await frame.locator('.chart h2').allInnerTexts();
      const expected = [
        'Focus time',
        'Breaks',
        'Interruptions per focus hour',
        'Work in progress',
        'Lead time of finished items',
        'Check-ins',
        'After hours',
        'Days within your own bounds',
      ];
      if (JSON.stringify(titles) !== JSON.stringify(expected)) throw new Error(`charts ${JSON.stringify(titles)}`);
      const summary = await frame.locator('#chart-focus-summary').innerText();
      if (!/of focus on \d+ of 30 days/.test(summary)) throw new Error(`focus summary ${summary}`);
      if ((await frame.locator('#chart-focus svg rect.bar').count()) < 10) throw new Error('the focus chart has bars');
      if ((await frame.locator('#signals-list li').count()) < 1) throw new Error('a signal or "nothing stands out"');
      await auditBoth(page, frame, 'light');
    },
  );

  await checks.run(
    'keyboard only: Tab to the period, arrow to 90 days, Tab to the focus table toggle, Enter; the weeks match an independent sum',
    page,
    'insights-90-table',
    async () => {
      if (!frame) throw new Error('no panel');
      await frame.locator('#insights-title').focus();
      // A radio group is one Tab stop (the checked one); arrows move the choice.
      await tabTo(page, frame, 'range-30');
      await page.keyboard.press('ArrowRight');
      await frame.locator('#insights-period', { hasText: 'Last 90 days' }).waitFor({ state: 'visible' });
      const checked = await frame.evaluate(() => (document.getElementById('range-90') as HTMLInputElement).checked);
      if (!checked) throw new Error('90 days is the checked period');
      await tabTo(page, frame, 'chart-focus-toggle');
      await page.keyboard.press('Enter');
      const table = frame.locator('#chart-focus-table table');
      await table.waitFor({ state: 'visible' });
      if ((await frame.locator('#chart-focus-toggle').getAttribute('aria-expanded')) !== 'true')
        throw new Error('aria-expanded');
      // A week fully inside the seeded stretch: 40 days ago.
      const day = addDays(startOfDay(Date.now()), -40).getTime();
      const week = `W${String(getISOWeek(day)).padStart(2, '0')}`;
      const inWeek = seeded.filter(
        (s) => getISOWeek(s.startedAt) === getISOWeek(day) && getISOWeekYear(s.startedAt) === getISOWeekYear(day),
      );
      const sum = (outcome: string) =>
        Math.round(inWeek.filter((s) => s.outcome === outcome).reduce((m, s) => m + s.focusMs / 60_000, 0));
      const row = await table
        .locator('tbody tr', { has: frame.locator('th', { hasText: new RegExp(`^${week}$`) }) })
        .innerText();
      const cells = row.split('\t').map((c) => c.trim());
      const expected = [week, String(sum('completed')), String(sum('stopped'))];
      if (JSON.stringify(cells) !== JSON.stringify(expected))
        throw new Error(`row ${JSON.stringify(cells)}, expected ${JSON.stringify(expected)}`);
    },
  );

  await checks.run('Mute a signal: it moves under "Muted"; Unmute brings it back', page, 'insights-muted', async () => {
    if (!frame) throw new Error('no panel');
    const first = frame.locator('#signals-list li[id^="signal-"]').first();
    const id = await first.getAttribute('id');
    if (!id) throw new Error('the seeded history shows at least one signal');
    await first.locator('vscode-button', { hasText: 'Mute' }).click();
    const muted = frame.locator(`#signals-muted #${id}`);
    await muted.waitFor({ state: 'attached', timeout: 10_000 });
    if ((await frame.locator(`#signals-list #${id}`).count()) !== 0)
      throw new Error('a muted signal is not listed above');
    await frame.locator('#signals-muted summary').click();
    await checks.shot(page, 'insights-muted-open');
    await muted.locator('vscode-button', { hasText: 'Unmute' }).click();
    await frame.locator(`#signals-list #${id}`).waitFor({ state: 'visible', timeout: 10_000 });
  });

  await checks.run(
    'after a window reload the panel is back, on the period it showed',
    page,
    'insights-reloaded',
    async () => {
      await palette(page, 'Developer: Reload Window');
      await page.waitForTimeout(1_000);
      await waitForWorkbench(page);
      frame = await insightsFrame(page, 60_000);
      await frame
        .locator('#insights-period', { hasText: 'Last 90 days' })
        .waitFor({ state: 'visible', timeout: 30_000 });
    },
  );

  for (const [name, shot] of [
    ['Dark Modern', 'insights-dark'],
    ['Dark High Contrast', 'insights-high-contrast'],
  ] as const) {
    await checks.run(
      `the panel is readable in ${name}; axe-core finds no serious or critical violation in it or the sidebar`,
      page,
      shot,
      async () => {
        await theme(page, name);
        if (!frame) throw new Error('no panel');
        await frame.locator('#chart-checkins svg.chart-svg').scrollIntoViewIfNeeded();
        await auditBoth(page, frame, name);
      },
    );
  }

  let exported = '';
  await checks.run(
    'Export All (JSON) from the panel: the save dialog, then the file with every record',
    page,
    'insights-exported',
    async () => {
      if (!frame) throw new Error('no panel');
      await frame.locator('#data-exportJson').click();
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      // The dialog fills in its proposal a moment after it opens.
      for (let tries = 0; !/pacewise-export-\d{4}-\d{2}-\d{2}\.json$/.test(exported); tries++) {
        if (tries > 50) throw new Error(`save dialog offers ${exported}`);
        await page.waitForTimeout(100);
        exported = await input.inputValue();
      }
      // Never inside the repository, where personal check-ins are one `git add .` from a commit: in the home folder
      // (this host's own, inside its run folder), which has no Downloads or Documents.
      if (path.resolve(exported).startsWith(path.resolve(workspace)))
        throw new Error(`the export is proposed inside the workspace: ${exported}`);
      if (path.dirname(exported) !== path.join(path.dirname(workspace), 'home'))
        throw new Error(`the export is proposed in ${path.dirname(exported)}, not the home folder`);
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await page
        .locator('.notifications-toasts', { hasText: 'Pacewise exported your data to' })
        .waitFor({ state: 'visible' });
      const sessions = JSON.parse(readFileSync(exported, 'utf8')).documents.history.data.sessions as { id: string }[];
      const missing = seeded.filter((s) => !sessions.some((e) => e.id === s.id));
      if (missing.length) throw new Error(`${missing.length} seeded sessions missing from the export`);
    },
  );

  await checks.run(
    'Delete All Data… from the panel: a modal asks first, then no file is left and the panel is empty',
    page,
    'insights-deleted',
    async () => {
      if (!frame) throw new Error('no panel');
      await frame.locator('#data-deleteAll').click();
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Delete all Pacewise data on this machine?' });
      await dialog.waitFor({ state: 'visible' });
      await checks.shot(page, 'insights-delete-confirm');
      await dialog.locator('.monaco-button', { hasText: 'Delete Everything' }).click();
      await page
        .locator('.notifications-toasts', { hasText: 'All Pacewise data on this machine is deleted.' })
        .waitFor({ state: 'visible' });
      const left = readdirSync(storeDir);
      if (left.length) throw new Error(`files left: ${left.join(', ')}`);
      await frame
        .locator('#insights-empty', { hasText: 'Nothing recorded in this period yet' })
        .waitFor({ state: 'visible', timeout: 10_000 });
    },
  );

  await checks.run(
    'with nothing recorded, the sidebar offers the tour (no pop-up); it opens the walkthrough with its eight steps',
    page,
    'walkthrough',
    async () => {
      const tour = (await sidebarFrame(page)).locator('#take-tour');
      await tour.waitFor({ state: 'visible', timeout: 15_000 });
      await tour.click();
      const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get started with Pacewise' });
      await walkthrough.waitFor({ state: 'visible', timeout: 15_000 });
      const steps = await page.locator('.gettingStartedContainer .getting-started-step .step-title').allInnerTexts();
      const expected = [
        'Start a focus session',
        'Your day in the sidebar',
        'Check in',
        'Try a pacing experiment',
        'Team notes, and what they share',
        'Across teams: mentoring and office hours',
        "A quarterly look at your team's pace",
        'See your pace over weeks',
      ];
      if (JSON.stringify(steps.map((t) => t.trim())) !== JSON.stringify(expected))
        throw new Error(`steps ${JSON.stringify(steps)}`);
      await checks.shot(page, 'walkthrough-open');
      // Back to the panel by its tab: hidden behind the walkthrough, its webview was rebuilt.
      await page.locator('.tabs-container .tab', { hasText: 'Pacewise Insights' }).click();
      await page.waitForTimeout(500);
      frame = await insightsFrame(page);
    },
  );

  await checks.run(
    'Import… the export: a dry-run summary in a modal first, then everything is back',
    page,
    'insights-imported',
    async () => {
      if (!frame) throw new Error('no panel');
      await frame.locator('#data-importData').click();
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      // The simple file dialog: go to the folder, then choose the file from its list. The dialog writes its starting
      // folder into the box a moment after it shows, so type only once that is there, and again if it came later.
      const folder = `${path.dirname(exported)}/`;
      await page.waitForFunction(
        () => (document.querySelector('.quick-input-widget .quick-input-box input') as HTMLInputElement | null)?.value,
      );
      for (let i = 0; (await input.inputValue()) !== folder; i++) {
        if (i === 5) throw new Error(`the file dialog's box says ${await input.inputValue()}`);
        await input.fill(folder);
        await page.waitForTimeout(200);
      }
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(exported) })
        .first()
        .click();
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Import from' });
      await dialog.waitFor({ state: 'visible' });
      const summary = await dialog.innerText();
      if (!/New: \d+ sessions, \d+ breaks/.test(summary)) throw new Error(`dry run says ${summary}`);
      await checks.shot(page, 'insights-import-confirm');
      await dialog.locator('.monaco-button', { hasText: /^Import$/ }).click();
      await page.locator('.notifications-toasts', { hasText: 'Imported.' }).waitFor({ state: 'visible' });
      await frame.locator('#chart-focus svg .bar').first().waitFor({ state: 'visible', timeout: 10_000 });
      if (!readdirSync(storeDir).some((n) => n.startsWith('history-')))
        throw new Error('no history file after the import');
    },
  );
}
