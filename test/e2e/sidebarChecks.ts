// The sidebar: Now and Today, the timer from its buttons, keyboard use, check-ins, work in progress, git signals,
// pacing questions and the team playbook (markup everywhere stays text), and the themes.
import type { Page } from 'playwright-core';
import { Checks } from './checks';
import { audit } from './a11y';
import { noteFrame, teamRow } from './teamChecks';
import { openView, palette, sidebarFrame, theme, waitForStatus } from './ui';

const MARKUP_INTENT = '<img src=x onerror="document.title=1"><script>document.title=2</script><b>bold</b>';
export const PLAYBOOK_QUESTION = '<img src=x onerror="document.title=1">What would make today feel done?';
export const PLAYBOOK_TERM = '<script>document.title=2</script>Deep-work hour';

export async function sidebarChecks(checks: Checks, page: Page): Promise<void> {
  await checks.run(
    'the activity bar icon opens the sidebar with Now and Today; its page preloads the shared chunks it imports',
    page,
    'sidebar-light',
    async () => {
      await page
        .locator('.part.activitybar a.action-label[aria-label^="Pacewise"]:not([aria-label^="Pacewise Team"])')
        .click();
      const frame = await sidebarFrame(page);
      await frame.locator('h2', { hasText: 'Focus' }).waitFor({ state: 'visible', timeout: 20_000 });
      await frame.locator('h2', { hasText: 'Today' }).waitFor({ state: 'visible' });
      await frame.locator('vscode-button', { hasText: 'Start focus' }).waitFor({ state: 'visible' });
      const facts = await frame.locator('#today-facts').innerText();
      if (!/Sessions\s+1 \(0 completed\)/.test(facts)) throw new Error(`today's facts: ${facts}`);
      // From the installed package: its chunk list shipped, so the page fetched its chunks with its script.
      const preloaded = await frame.locator('link[rel="modulepreload"]').count();
      if (preloaded === 0) throw new Error('no modulepreload in the sidebar page (dist/webview-chunks.json missing?)');
    },
  );

  await checks.run(
    'Start focus in the sidebar; an intent made of markup shows as text and runs nothing',
    page,
    'sidebar-running',
    async () => {
      const frame = await sidebarFrame(page);
      await frame.locator('vscode-button', { hasText: 'Start focus' }).click();
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: 'Start Focus Session' })
        .waitFor({ state: 'visible' });
      await page.locator('.quick-input-widget .quick-input-box input').fill(MARKUP_INTENT);
      await page.keyboard.press('Enter');
      await waitForStatus(page, /^2[45]:\d\d · /);
      await frame.locator('.countdown', { hasText: /^2[45]:\d\d left$/ }).waitFor({ state: 'visible' });
      const shown = await frame.locator('#intent').innerText();
      if (!shown.includes('<img src=x') || !shown.includes('</script>')) throw new Error(`intent shown as: ${shown}`);
      const injected = await frame.locator('#app img, #app script, #app b').count();
      if (injected !== 0) throw new Error(`${injected} injected elements rendered`);
      const title = await frame
        .locator('title')
        .innerText()
        .catch(() => '');
      if (title === '1' || title === '2') throw new Error('a script ran');
    },
  );

  await checks.run(
    'while the session counts down, the screen-reader live region stays quiet: the countdown is not announced each second',
    page,
    'sidebar-quiet',
    async () => {
      const frame = await sidebarFrame(page);
      const countdown = frame.locator('.countdown');
      const first = await countdown.innerText();
      // Count every change of the live region for five seconds while the visible countdown moves on.
      await frame.locator('#live').evaluate((live) => {
        const w = window as unknown as { liveChanges: number };
        w.liveChanges = 0;
        new MutationObserver(() => w.liveChanges++).observe(live, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await page.waitForTimeout(5_000);
      const changes = await frame
        .locator('#live')
        .evaluate(() => (window as unknown as { liveChanges: number }).liveChanges);
      if ((await countdown.innerText()) === first) throw new Error('the countdown did not move');
      if (changes !== 0) throw new Error(`the live region changed ${changes} times in 5 s`);
    },
  );

  await checks.run(
    'Pause and Stop from the sidebar drive the same timer as the status bar',
    page,
    'sidebar-paused',
    async () => {
      const frame = await sidebarFrame(page);
      await frame.locator('vscode-button', { hasText: 'Pause' }).click();
      await waitForStatus(page, /paused/);
      await frame.locator('#status', { hasText: 'paused' }).waitFor({ state: 'visible' });
      await checks.shot(page, 'sidebar-paused');
      await frame.locator('vscode-button', { hasText: 'Stop' }).click();
      await waitForStatus(page, /^Focus$/);
      await frame.locator('#status', { hasText: 'No session running.' }).waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'keyboard only: Enter on a focused sidebar button takes a break, focus stays in the actions',
    page,
    'sidebar-keyboard',
    async () => {
      const frame = await sidebarFrame(page);
      await frame.locator('vscode-button', { hasText: 'Take a break' }).focus();
      await page.keyboard.press('Enter');
      await waitForStatus(page, /^0[45]:\d\d break$/);
      await frame.locator('#status', { hasText: 'Break' }).waitFor({ state: 'visible' });
      const focused = await frame.locator('vscode-button:focus').innerText();
      if (!focused) throw new Error('keyboard focus was lost when the buttons changed');
      await frame.locator('vscode-button', { hasText: 'Skip break' }).focus();
      await page.keyboard.press('Enter');
      await waitForStatus(page, /^Focus$/);
    },
  );

  await checks.run(
    'keyboard-only check-in: F1, four digits and a note, Enter; Escape skips',
    page,
    'checkin',
    async () => {
      const frame = await sidebarFrame(page);
      const started = Date.now();
      await palette(page, 'Pacewise: Check In');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-widget', { hasText: 'energy, stress, focus' }).waitFor({ state: 'visible' });
      await page.keyboard.type('3425 long review day');
      await page.keyboard.press('Enter');
      await frame.locator('#today-facts dd', { hasText: /^1$/ }).waitFor({ state: 'visible' });
      console.log(`    check-in took ${Date.now() - started} ms from F1 to saved`);
      await palette(page, 'Pacewise: Check In');
      await page.locator('.quick-input-widget', { hasText: 'energy, stress, focus' }).waitFor({ state: 'visible' });
      // Half typed is not wrong: the box says what comes next, without an error.
      await page.keyboard.type('34');
      const message = page.locator('.quick-input-widget .quick-input-message');
      await message.filter({ hasText: 'Next: focus, from 1 to 5.' }).waitFor({ state: 'visible' });
      if (await page.locator('.quick-input-widget .monaco-inputbox.error').count())
        throw new Error('"34" is shown as an error');
      // A wrong digit says which one, and on which scale.
      await page.keyboard.type('29');
      await message.filter({ hasText: '9 is not from 1 to 5 (fairness of workload).' }).waitFor({ state: 'visible' });
      await page.locator('.quick-input-widget .monaco-inputbox.error').waitFor({ state: 'visible' });
      await checks.shot(page, 'checkin-wrong-digit');
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden' });
      const facts = await frame.locator('#today-facts').innerText();
      if (!/Check-ins\s+1\b/.test(facts)) throw new Error(`after Escape: ${facts}`);
    },
  );

  await checks.run(
    'git signals in the sidebar: uncommitted files, the unpushed branch, recent branches and the stash',
    page,
    'sidebar-git',
    async () => {
      const frame = await sidebarFrame(page);
      // One line of counts, opened for the names.
      const summary = frame.locator('#git-summary', { hasText: 'workspace: 2 not committed, 1 not pushed, 1 stashed' });
      await summary.waitFor({ state: 'visible', timeout: 20_000 });
      await summary.click();
      const repo = frame.locator('#git-repos .repo', { hasText: 'workspace' });
      await repo.waitFor({ state: 'visible', timeout: 20_000 });
      const text = await repo.innerText();
      for (const expected of [/Files not committed\s+2/, /Branches not pushed\s+1 \(feature\)/, /Stashes\s+1/])
        if (!expected.test(text)) throw new Error(`git facts ${JSON.stringify(text)} lack ${expected}`);
      await repo.scrollIntoViewIfNeeded();
    },
  );

  await checks.run(
    'a pacing question on request from the team playbook (markup stays text), with why it appeared; "Not useful" clears it; the glossary opens by keyboard',
    page,
    'sidebar-prompt',
    async () => {
      const frame = await sidebarFrame(page);
      await frame.locator('vscode-button', { hasText: 'Ask me a question' }).click();
      await frame
        .locator('#prompt-why', { hasText: 'Why now: You asked for a question.' })
        .waitFor({ state: 'visible' });
      // The team playbook's question (it overrides the first built-in one), shown as text.
      const question = await frame.locator('#prompt-text').innerText();
      if (question !== PLAYBOOK_QUESTION) throw new Error(`prompt: ${question}`);
      await frame.locator('#prompt-why', { hasText: 'From your team’s playbook.' }).waitFor({ state: 'visible' });
      await frame.locator('#glossary summary').focus();
      await page.keyboard.press('Enter');
      await frame.locator('#glossary dt', { hasText: 'Lead time' }).waitFor({ state: 'visible' });
      await frame.locator('#glossary dt', { hasText: PLAYBOOK_TERM }).waitFor({ state: 'visible' });
      const injected = await frame.locator('#app img, #app script, #app b').count();
      if (injected !== 0) throw new Error(`${injected} elements from playbook markup were created`);
      await checks.shot(page, 'sidebar-prompt-shown');
      await frame.locator('vscode-button', { hasText: 'Not useful' }).click();
      await frame.locator('#prompt-text').waitFor({ state: 'hidden' });
      await frame.locator('#prompt-empty').waitFor({ state: 'visible' });
    },
  );
}

const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast'] as const;

/**
 * Last, because the theme stays changed: in each theme every Pacewise view is opened (Now, Experiment, This Week,
 * Team notes) and a note's tab, each document passes axe with no serious finding, and the container and the tab are
 * photographed for a person to look at.
 */
export async function themeChecks(checks: Checks, page: Page): Promise<void> {
  for (const name of THEMES) {
    const slug = name.toLowerCase().replace(/ /g, '-');
    await checks.run(
      `${name}: every Pacewise view and a note's tab are readable, and axe finds nothing serious in any of them`,
      page,
      `views-${slug}`,
      async () => {
        await theme(page, name);
        const findings: string[] = [];
        for (const part of ['now', 'experiment', 'week'] as const) {
          const frame = await openView(page, part);
          findings.push(...(await audit(frame, `${part} (${name})`)));
        }
        await checks.shot(page, `views-${slug}`);
        await palette(page, 'Pacewise: Show Team', 'Pacewise: Show Team Notes');
        // The list is VS Code's own tree (themed and labelled by VS Code); the note's tab is ours.
        await teamRow(page, /Week \d+/)
          .first()
          .waitFor({ state: 'visible' });
        await checks.shot(page, `team-${slug}`);
        await teamRow(page, /Week \d+/)
          .first()
          .click();
        const note = await noteFrame(page);
        await note.locator('#detail-heading').waitFor({ state: 'visible' });
        findings.push(...(await audit(note, `note tab (${name})`)));
        await checks.shot(page, `note-tab-${slug}`);
        await note.locator('#detail vscode-button[data-key="back"]').click();
        for (const line of findings) console.log(`    axe: ${line}`);
      },
    );
  }
}
