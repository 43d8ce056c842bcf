// A pacing experiment the way a user meets it: started from the palette, followed in the sidebar, concluded against
// the seeded earlier weeks with an honest comparison, turned into a micro-lesson and exported as Markdown.
import type { Page } from 'playwright-core';
import { waitForWorkbench } from '../host/codeServerHost';
import { Checks } from './checks';
import { inputValue, palette, pickRow, sidebarFrame } from './ui';
import { viewPane } from './wipChecks';

export const HYPOTHESIS = 'With two things at most, afternoons feel calmer';

/** Narrows the open quick pick with `filter`, then clicks the row labelled exactly `label`. */
async function pick(page: Page, filter: string, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(filter);
  await pickRow(page, new RegExp(`^${label}$`));
}

export async function experimentChecks(checks: Checks, page: Page, seededDays: number): Promise<void> {
  await checks.run(
    'F1 → Pacewise: Start Experiment → Limit WIP to 2, a hypothesis, 2 weeks → the sidebar shows day 1 of 14, after a reload too',
    page,
    'experiment-started',
    async () => {
      await palette(page, 'Pacewise: Start Experiment');
      await pick(page, 'Limit WIP', 'Limit WIP to N');
      await pick(page, '2', '2');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-widget', { hasText: 'Your hypothesis' }).waitFor({ state: 'visible' });
      const template = 'With at most 2 things in progress, I switch less and finish more.';
      const offered = await inputValue(page, template);
      if (offered !== template) throw new Error(`the template's hypothesis was not offered: "${offered}"`);
      await input.fill(HYPOTHESIS);
      await page.keyboard.press('Enter');
      await pick(page, '2 weeks', '2 weeks');
      await page
        .locator('.notifications-toasts .notification-toast', {
          hasText: 'Experiment started: Limit WIP to 2, 2 weeks.',
        })
        .waitFor({ state: 'visible' });
      // The Experiment view (collapsed until now) was opened by the start: it has a document only once shown.
      const card = (await sidebarFrame(page, 'experiment')).locator('#experiment-active');
      await card.waitFor({ state: 'visible' });
      await card.scrollIntoViewIfNeeded();
      const text = await card.innerText();
      for (const expected of [
        'Limit WIP to 2',
        'Day 1 of 14',
        `Hypothesis: ${HYPOTHESIS}`,
        // Day 1 is under way: it is judged once it has ended, not minutes after the start.
        'No day to judge yet.',
      ])
        if (!text.includes(expected)) throw new Error(`experiment card ${JSON.stringify(text)} lacks ${expected}`);
      await checks.shot(page, 'experiment-card');
      // A restart in the middle of an experiment loses nothing.
      await palette(page, 'Developer: Reload Window');
      await page.waitForTimeout(1_000);
      await waitForWorkbench(page);
      await (
        await sidebarFrame(page, 'experiment', 30_000)
      )
        .locator('#experiment-active', { hasText: 'Day 1 of 14' })
        .waitFor({ state: 'visible', timeout: 30_000 });
    },
  );

  await checks.run(
    'Conclude in the sidebar: before/during per measure against the seeded weeks, honest about one day; a lesson draft opens prefilled',
    page,
    'experiment-concluded',
    async () => {
      const now = await sidebarFrame(page);
      const frame = await sidebarFrame(page, 'experiment');
      // A check-in after the start: the experiment's first day with data (what came before the start is not its).
      await palette(page, 'Pacewise: Check In');
      await page.locator('.quick-input-widget', { hasText: 'energy, stress, focus' }).waitFor({ state: 'visible' });
      await page.keyboard.type('2415');
      await page.keyboard.press('Enter');
      await now.locator('#today-facts', { hasText: /Check-ins\s*2/ }).waitFor({ state: 'visible' });
      // Day 1 of 14: Conclude asks first. Escape keeps the experiment running; "Conclude now" ends it.
      const conclude = frame.locator('#experiment-active vscode-button', { hasText: 'Conclude' });
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Conclude “Limit WIP to 2” on day 1 of 14?' });
      await conclude.click();
      await dialog.waitFor({ state: 'visible' });
      await checks.shot(page, 'experiment-conclude-confirm');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForTimeout(500);
      if (!(await frame.locator('#experiment-active').isVisible())) throw new Error('Escape concluded the experiment');
      await conclude.click();
      await dialog.locator('.monaco-button', { hasText: 'Conclude now' }).click();
      const result = frame.locator('#experiment-past details.past').first();
      await result.locator('table.comparison').waitFor({ state: 'visible', timeout: 15_000 });
      const rows = await result.locator('table.comparison tbody').innerText();
      // The seed: 50 focus minutes and stress 3 on each earlier day; since the start: no focus, stress 4.
      for (const expected of [
        /Focus time\s+50 min\s+0 min\s+−50 min/,
        /Stress\s+3\.0\s+4\.0\s+\+1\.0/,
        /Focus quality\s+3\.0\s+1\.0\s+−2\.0/,
        new RegExp(`${seededDays} days with data before, 1 during — too few to tell`),
      ])
        if (!expected.test(rows)) throw new Error(`comparison ${JSON.stringify(rows)} lacks ${expected}`);
      // The lesson draft opens in This week (collapsed until now), its first empty field focused.
      const week = await sidebarFrame(page, 'week');
      await week.locator('#lesson-form').waitFor({ state: 'visible' });
      const tried = await week.locator('#l-tried').inputValue();
      const changed = await week.locator('#l-changed').inputValue();
      if (tried !== `Limit WIP to 2: ${HYPOTHESIS}`) throw new Error(`tried: ${tried}`);
      if (!changed.startsWith('Focus time: too few days to tell')) throw new Error(`changed: ${changed}`);
      await week.locator('#l-changed:focus').waitFor({ state: 'visible' });
      await page.keyboard.press('End');
      await page.keyboard.type(' Calmer, but one day says little.');
      await week.locator('vscode-button', { hasText: 'Save draft' }).click();
      await week.locator('#live', { hasText: 'Micro-lesson draft saved.' }).waitFor({ state: 'attached' });
      await result.scrollIntoViewIfNeeded();
    },
  );

  await checks.run(
    'Export as Markdown opens a document with every micro-lesson',
    page,
    'lessons-exported',
    async () => {
      // The Micro-Lessons view's title-bar action.
      await palette(page, 'Pacewise: Focus on Micro-Lessons View');
      const pane = viewPane(page, 'Micro-Lessons');
      await pane.locator('.pane-header').hover();
      await pane.locator('.pane-header .action-label[aria-label="Export Micro-Lessons as Markdown"]').click();
      const editor = page.locator('.editor-group-container .monaco-editor .view-lines').first();
      await editor.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(500);
      // Monaco renders spaces as no-break spaces.
      const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
      for (const expected of ['# Pacewise micro-lessons', 'Experiment: Limit WIP to 2', 'Weekly reflection, week'])
        if (!text.includes(expected)) throw new Error(`export ${JSON.stringify(text.slice(0, 300))} lacks ${expected}`);
    },
  );
}
