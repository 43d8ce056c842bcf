// The extension in German (`--locale de`), driven by keyboard: the manifest's command titles, the status bar's
// text, screen-reader name and tooltip, the sidebar, a pacing question from the German library, and dates and
// numbers in the Insights panel through the locale.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../host/codeServerHost';
import { Checks } from './checks';
import { frameWith } from './a11y';
import { palette, pickRow, sidebarFrame, STATUS, waitForStatus } from './ui';

const GERMAN_MONTH =
  /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/;

export async function localeChecks(checks: Checks, page: Page): Promise<void> {
  await checks.run(
    'German: the status bar says "Fokus", with a German screen-reader name',
    page,
    'de-status',
    async () => {
      await waitForStatus(page, /^Fokus$/, 40_000);
      const label = await page.locator(STATUS).getAttribute('aria-label');
      if (label !== 'Pacewise: keine Fokussitzung. Aktivieren, um eine zu starten.')
        throw new Error(`aria-label ${label}`);
    },
  );

  await checks.run(
    'German: F1 → "Pacewise: Fokussitzung starten" (the manifest in German) → the tooltip is German',
    page,
    'de-tooltip',
    async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
      await palette(page, 'Pacewise: Fokussitzung starten');
      await page
        .locator('.quick-input-widget .quick-input-box input[placeholder*="Worauf konzentrieren Sie sich"]')
        .waitFor({ state: 'visible' });
      await page.keyboard.type('Übersetzung prüfen');
      await page.keyboard.press('Enter');
      await waitForStatus(page, /^2[45]:\d\d · Übersetzung prüfen$/);
      const label = (await page.locator(STATUS).getAttribute('aria-label')) ?? '';
      if (!/^Pacewise: Fokussitzung, noch \d+ Minuten\./.test(label)) throw new Error(`aria-label ${label}`);
      await page.locator(STATUS).hover();
      const tip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Pacewise – heute: ' }).first();
      await tip.waitFor({ state: 'visible', timeout: 10_000 });
      const text = await tip.innerText();
      if (!/Min\. Fokus/.test(text) || !/Klicken für Fokusaktionen\./.test(text)) throw new Error(`tooltip ${text}`);
      await page.mouse.move(700, 300);
    },
  );

  await checks.run(
    'German: the sidebar shows Jetzt and Heute, with its buttons in German',
    page,
    'de-sidebar',
    async () => {
      await palette(page, 'Pacewise: Seitenleiste anzeigen');
      const frame = sidebarFrame(page);
      await frame.locator('h2', { hasText: 'Jetzt' }).waitFor({ state: 'visible', timeout: 20_000 });
      await frame.locator('h2', { hasText: 'Heute' }).waitFor({ state: 'visible' });
      await frame.locator('vscode-button', { hasText: 'Verlängern' }).waitFor({ state: 'visible' });
      await frame.locator('.countdown', { hasText: /^noch 2[45]:\d\d$/ }).waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'German: "Stell mir eine Frage" by keyboard → a question from the German library, with why it appeared',
    page,
    'de-prompt',
    async () => {
      const frame = sidebarFrame(page);
      await frame.locator('vscode-button', { hasText: 'Stell mir eine Frage' }).focus();
      await page.keyboard.press('Enter');
      await frame.locator('#prompt-why', { hasText: 'Warum jetzt:' }).waitFor({ state: 'visible' });
      const library = JSON.parse(readFileSync(path.join(ROOT, 'media/prompts/library.de.json'), 'utf8')) as {
        prompts: Record<string, string>;
      };
      const question = await frame.locator('#prompt-text').innerText();
      if (!Object.values(library.prompts).includes(question)) throw new Error(`not a German prompt: ${question}`);
      console.log(`    ${question}`);
      await frame.locator('vscode-button', { hasText: 'Danke' }).waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'German: Insights shows its period with German dates and decimal commas',
    page,
    'de-insights',
    async () => {
      await palette(page, 'Pacewise: Einblicke anzeigen');
      const frame = await frameWith(page, 'body[data-view="insights"] #insights-title');
      await frame.locator('#insights-title', { hasText: 'Pacewise-Einblicke' }).waitFor({ state: 'visible' });
      const period = await frame.locator('#insights-period').innerText();
      if (!period.startsWith('Letzte 30 Tage: ') || !GERMAN_MONTH.test(period)) throw new Error(`period ${period}`);
      const summary = await frame.locator('#chart-interruptions-summary').innerText();
      if (!/Unterbrechungen in .* pro Fokusstunde/.test(summary) || /\d\.\d/.test(summary))
        throw new Error(`interruptions summary ${summary}`);
      console.log(`    ${period} · ${summary}`);
    },
  );

  await checks.run(
    'German: the walkthrough has German steps, and the check-in step shows its German page',
    page,
    'de-walkthrough',
    async () => {
      await palette(page, 'Welcome: Open Walkthrough...');
      await page.keyboard.type('Erste Schritte mit Pacewise');
      await pickRow(page, /^Erste Schritte mit Pacewise$/);
      const container = page.locator('.gettingStartedContainer', { hasText: 'Erste Schritte mit Pacewise' });
      await container.waitFor({ state: 'visible', timeout: 15_000 });
      const steps = await container.locator('.getting-started-step .step-title').allInnerTexts();
      if (steps[0]?.trim() !== 'Eine Fokussitzung starten') throw new Error(`steps ${JSON.stringify(steps)}`);
      await container.locator('.getting-started-step .step-title', { hasText: /^Check-in$/ }).click();
      await frameWith(page, 'h2:has-text("Ein Check-in in fünf Sekunden")', 15_000);
    },
  );
}
