// The extension in German (`--locale de`) and by keyboard alone (the mouse only hovers to read the tooltip): the
// manifest's command titles, the status bar's text, screen-reader name and tooltip, the keybindings, a check-in,
// the WIP list, the sidebar reached with Tab, a pacing question from the German library, an experiment, the
// Insights panel with German dates and numbers, and the walkthrough.
import { viewPane, treeRow } from './wipChecks';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../host/codeServerHost';
import { Checks } from './checks';
import { frameWith } from './a11y';
import { noteFrame, teamListFocused, toast } from './teamChecks';
import { hoverFor, inputValue, keyboardPalette, keyboardPick, sidebarFrame, STATUS, tabTo, waitForStatus } from './ui';

const GERMAN_MONTH =
  /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/;

export async function localeChecks(checks: Checks, page: Page, workspace: string): Promise<void> {
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
      await keyboardPalette(page, 'Pacewise: Fokussitzung starten');
      await page
        .locator('.quick-input-widget .quick-input-box input[placeholder*="Worauf konzentrieren Sie sich"]')
        .waitFor({ state: 'visible' });
      await page.keyboard.type('Übersetzung prüfen');
      await page.keyboard.press('Enter'); // the default length, 25 minutes
      await waitForStatus(page, /^2[45]:\d\d · Übersetzung prüfen$/);
      const label = (await page.locator(STATUS).getAttribute('aria-label')) ?? '';
      if (!/^Pacewise: Fokussitzung, noch \d+ Minuten\./.test(label)) throw new Error(`aria-label ${label}`);
      const tip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Pacewise – heute: ' }).first();
      await hoverFor(page, page.locator(STATUS), tip);
      const text = await tip.innerText();
      if (!/Min\. Fokus/.test(text) || !/Klicken für Fokusaktionen\./.test(text)) throw new Error(`tooltip ${text}`);
      await page.mouse.move(700, 300);
    },
  );

  await checks.run(
    'German: the Jetzt view shows Fokus and Heute, with its buttons in German',
    page,
    'de-sidebar',
    async () => {
      await keyboardPalette(page, 'Pacewise: Seitenleiste anzeigen');
      const frame = await sidebarFrame(page);
      await frame.locator('h2', { hasText: 'Fokus' }).waitFor({ state: 'visible', timeout: 20_000 });
      await frame.locator('h2', { hasText: 'Heute' }).waitFor({ state: 'visible' });
      await frame.locator('vscode-button', { hasText: 'Verlängern' }).waitFor({ state: 'visible' });
      await frame.locator('.countdown', { hasText: /^noch 2[45]:\d\d$/ }).waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'German, keyboard only: Ctrl+Alt+Shift+F pauses and resumes, Ctrl+Alt+Shift+I logs an interruption',
    page,
    'de-keys',
    async () => {
      await page.keyboard.press('Control+Alt+Shift+F');
      await waitForStatus(page, /^2[45]:\d\d pausiert · Übersetzung prüfen$/);
      await page.keyboard.press('Control+Alt+Shift+F');
      await waitForStatus(page, /^2[45]:\d\d · Übersetzung prüfen$/);
      await page.keyboard.press('Control+Alt+Shift+I');
      await quickInput(page, 'Was hat Sie unterbrochen?');
      await keyboardPick(page, /^Dringende Anfrage$/);
      await statusMessage(page, 'Unterbrechung erfasst: Dringende Anfrage');
    },
  );

  await checks.run(
    'German, keyboard only: a check-in with four digits and a note; an item added to the WIP list',
    page,
    'de-checkin',
    async () => {
      await keyboardPalette(page, 'Pacewise: Check-in');
      await quickInput(page, 'Check-in: Energie, Stress');
      await page.keyboard.type('3425 Übersetzungstag');
      await page.keyboard.press('Enter');
      await statusMessage(page, 'Check-in gespeichert (nur auf diesem Rechner).');
      await keyboardPalette(page, 'Pacewise: Laufende Arbeit hinzufügen');
      await quickInput(page, 'Woran arbeiten Sie?');
      await page.keyboard.type('Glossar übersetzen');
      await page.keyboard.press('Enter');
      await treeRow(page, 'Glossar übersetzen', 'Laufende Arbeit').waitFor({ state: 'visible' });
      await viewPane(page, 'Laufende Arbeit')
        .locator('.pane-header .description', { hasText: /^1 von 3$/ })
        .waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'German, keyboard only: Tab through the sidebar to "Stell mir eine Frage", Enter → a question from the German library, with why it appeared',
    page,
    'de-prompt',
    async () => {
      await keyboardPalette(page, 'Pacewise: Seitenleiste anzeigen'); // focus is in the sidebar
      const frame = await sidebarFrame(page);
      const sidebar = await frameWith(page, 'body[data-view="sidebar"] #today-heading');
      const presses = await tabTo(page, sidebar, { text: 'Stell mir eine Frage' });
      console.log(`    ${presses} × Tab from the sidebar's focus to "Stell mir eine Frage"`);
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
    'German, keyboard only: an experiment started from the palette (template, limit, hypothesis, length)',
    page,
    'de-experiment',
    async () => {
      await keyboardPalette(page, 'Pacewise: Experiment starten');
      await page.keyboard.type('WIP');
      await keyboardPick(page, /^WIP auf N begrenzen$/);
      await quickInput(page, 'Höchstens wie viele');
      await keyboardPick(page, /^2$/);
      await quickInput(page, 'Ihre Hypothese');
      // The template's own hypothesis, in German, is there to keep or change: Enter keeps it.
      const offered = 'Mit höchstens 2 Dingen gleichzeitig wechsle ich seltener und schließe mehr ab.';
      const hypothesis = await inputValue(page, offered);
      if (hypothesis !== offered) throw new Error(`the hypothesis was not pre-filled in German: "${hypothesis}"`);
      await page.keyboard.press('Enter');
      await quickInput(page, 'Wie lange?');
      await keyboardPick(page, /^2 Wochen$/);
      // A heavy seeded week may bring the cooling-off question first: answered by keyboard too.
      const started = page.locator('.notifications-toasts .notification-toast', {
        hasText: 'Experiment gestartet: WIP auf 2 begrenzen, 2 Wochen.',
      });
      const coolingOff = page.locator('.notifications-toasts .notification-toast', { hasText: 'Erholungswoche' });
      await started.or(coolingOff).first().waitFor({ state: 'visible' });
      if (await coolingOff.isVisible()) throw new Error('the seeded week asked for a cooling-off week');
      await (
        await sidebarFrame(page, 'experiment')
      )
        .locator('#experiment-active', { hasText: 'Tag 1 von 14' })
        .waitFor({ state: 'visible', timeout: 10_000 });
    },
  );

  await checks.run(
    'German, keyboard only: ask mentors a question — typed in the preview, Tab to "Teilen", Enter writes the note',
    page,
    'de-share',
    async () => {
      await keyboardPalette(page, 'Pacewise: Mentoren eine Frage stellen …');
      const team = await noteFrame(page);
      await team.locator('#preview-heading', { hasText: 'Mentoren eine Frage stellen' }).waitFor({ state: 'visible' });
      const preview = team;
      await tabTo(page, preview, 'pf-question'); // from the first field, where the preview put the focus
      await page.keyboard.type('Wie schützt ihr eure Vormittage vor Meetings?');
      await team.locator('#ps-question', { hasText: 'Vormittage' }).waitFor({ state: 'visible', timeout: 10_000 });
      await tabTo(page, preview, { text: 'Teilen' });
      await page.keyboard.press('Enter');
      await toast(page, /Pacewise hat \.pacewise\/notes\/.*\.json geschrieben/);
      // Shared: the tab closes and the keyboard is back in the list (before the next keys go anywhere).
      await teamListFocused(page);
      const written = readdirSync(path.join(workspace, '.pacewise', 'notes'));
      if (written.length !== 1) throw new Error(`notes written: ${written.join(', ')}`);
      const note = JSON.parse(readFileSync(path.join(workspace, '.pacewise', 'notes', written[0]), 'utf8'));
      if (note.kind !== 'question' || !note.text.question.includes('Vormittage')) throw new Error(JSON.stringify(note));
    },
  );

  await checks.run(
    'German: Insights shows its period with German dates and decimal commas',
    page,
    'de-insights',
    async () => {
      await keyboardPalette(page, 'Pacewise: Einblicke anzeigen');
      const frame = await frameWith(page, 'body[data-view="insights"] #insights-title');
      await frame.locator('#insights-title', { hasText: 'Pacewise-Einblicke' }).waitFor({ state: 'visible' });
      const period = await frame.locator('#insights-period').innerText();
      if (!period.startsWith('Letzte 30 Tage: ') || !GERMAN_MONTH.test(period)) throw new Error(`period ${period}`);
      const summary = await frame.locator('#chart-interruptions-summary').innerText();
      if (!/Unterbrechungen in .* pro Fokusstunde/.test(summary) || /\d\.\d/.test(summary))
        throw new Error(`interruptions summary ${summary}`);
      console.log(`    ${period} · ${summary}`);
      await tabTo(page, frame, 'range-30');
      await page.keyboard.press('ArrowRight');
      await frame.locator('#insights-period', { hasText: /^Letzte 90 Tage: / }).waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'German: the walkthrough has German steps, and the check-in step shows its German page',
    page,
    'de-walkthrough',
    async () => {
      await keyboardPalette(page, 'Welcome: Open Walkthrough...');
      await page.keyboard.type('Erste Schritte mit Pacewise');
      await keyboardPick(page, /^Erste Schritte mit Pacewise$/);
      const container = page.locator('.gettingStartedContainer', { hasText: 'Erste Schritte mit Pacewise' });
      await container.waitFor({ state: 'visible', timeout: 15_000 });
      const steps = await container.locator('.getting-started-step .step-title').allInnerTexts();
      if (steps[0]?.trim() !== 'Eine Fokussitzung starten') throw new Error(`steps ${JSON.stringify(steps)}`);
      // The step list can be drawn again while Tab walks it (a step's completion re-renders it), so Enter may land on
      // a button that is gone: walk to the step again until it is the expanded one.
      const expanded = container.locator('.getting-started-step.expanded .step-title', { hasText: /^Check-in$/ });
      for (let attempt = 1; !(await expanded.isVisible()); attempt++) {
        if (attempt > 3)
          throw new Error(`Enter never expanded the check-in step; expanded: ${await expandedStep(page)}`);
        await tabToStep(page, 'Check-in');
        await page.keyboard.press('Enter');
        await expanded.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      }
      await frameWith(page, 'h2:has-text("Ein Check-in in fünf Sekunden")', 30_000).catch(async (err: Error) => {
        throw new Error(`${err.message}; headings in the webviews: ${JSON.stringify(await frameHeadings(page))}`);
      });
    },
  );
}

/** Presses Tab until the focused walkthrough step is the one titled `title`. */
async function tabToStep(page: Page, title: string): Promise<void> {
  for (let i = 0; ; i++) {
    const focused = await page.evaluate(() => document.activeElement?.querySelector('.step-title')?.textContent);
    if (focused?.trim() === title) return;
    if (i === 30) throw new Error(`Tab never reached the step "${title}"`);
    await page.keyboard.press('Tab');
  }
}

async function expandedStep(page: Page): Promise<string> {
  const titles = await page.locator('.getting-started-step.expanded .step-title').allInnerTexts();
  return JSON.stringify(titles);
}

/** Every h2 in every frame, for the message when a webview shows something else. */
async function frameHeadings(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames())
    all.push(
      ...(await frame
        .locator('h2')
        .allInnerTexts()
        .catch(() => [])),
    );
  return all;
}

/** A short message in the status bar (how Pacewise confirms without a notification). */
async function statusMessage(page: Page, text: string): Promise<void> {
  await page.locator('.part.statusbar', { hasText: text }).waitFor({ state: 'visible' });
}

/** The open quick input, known by its title, prompt or placeholder text. */
async function quickInput(page: Page, text: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await widget
    .filter({ hasText: text })
    .or(widget.locator(`input[placeholder*="${text}"]`))
    .first()
    .waitFor({ state: 'visible' });
}
