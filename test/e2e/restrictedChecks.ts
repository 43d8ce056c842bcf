// Restricted Mode in the browser: a repository that is not trusted leaves team notes unread (with a clear way to
// trust), the timer working, git off with a note saying why, and the workspace's settings waiting for trust.
import type { Page } from 'playwright-core';
import { Checks } from './checks';
import { teamView } from './teamChecks';
import { palette, pickRow, sidebarFrame } from './ui';

/**
 * Restricted Mode: a repository that is not trusted, whose `.vscode/settings.json` points the team folder at `/`.
 * Team notes stay unread with a clear way to trust; the timer works.
 */
export async function restrictedChecks(checks: Checks, page: Page): Promise<void> {
  await checks.run(
    'Restricted Mode: team notes are not read, the view offers to trust the workspace, and the timer still works',
    page,
    'team-restricted',
    async () => {
      await page
        .locator('.part.statusbar [id="pacewise.pacewise.pacewise.focus"]')
        .waitFor({ state: 'visible', timeout: 60_000 });
      await palette(page, 'Pacewise: Show Team Notes');
      const welcome = teamView(page).locator('.welcome-view-content');
      await welcome.getByText('only in a trusted workspace').waitFor({ state: 'visible' });
      await welcome.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).waitFor({ state: 'visible' });
      if ((await teamView(page).locator('.monaco-list-row').count()) > 0)
        throw new Error('notes were read in Restricted Mode');
      await checks.shot(page, 'team-restricted-view');
      // As the walkthrough says: click Focus in the status bar.
      await page.locator('.part.statusbar [id="pacewise.pacewise.pacewise.focus"]').click();
      await pickRow(page, /Start Focus Session$/);
      // The repository's .vscode/settings.json asks for 7-minute sessions: not applied until it is trusted.
      const first = page.locator('.quick-input-list .monaco-list-row .label-name').first();
      await first.waitFor({ state: 'visible' });
      // Read as a person reads it, once the list has settled (its rows are drawn in more than one pass).
      let offered = '';
      for (let i = 0; i < 20; i++, await page.waitForTimeout(250)) {
        offered = (await first.innerText()).replace(/\s+/g, ' ').trim();
        if (offered === '25 minutes') break;
      }
      if (offered !== '25 minutes')
        throw new Error(`the first length offered is ${JSON.stringify(offered)}, not the user's 25 minutes`);
      if ((await page.locator('.quick-input-list .label-name', { hasText: /^7 minutes$/ }).count()) > 0)
        throw new Error("the repository's 7-minute length is offered in Restricted Mode");
      if ((await page.locator('.notifications-toasts', { hasText: 'endOfDay' }).count()) > 0)
        throw new Error("a warning about the repository's end-of-day setting appeared in Restricted Mode");
      await pickRow(page, /^25 minutes$/);
      await page
        .locator('.part.statusbar [id="pacewise.pacewise.pacewise.focus"]', { hasText: /\d\d:\d\d/ })
        .waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'Restricted Mode: the git section says Restricted Mode turned Git off; trusting the workspace brings Git back without a reload',
    page,
    'git-restricted',
    async () => {
      await palette(page, 'Pacewise: Show Sidebar');
      const note = (await sidebarFrame(page)).locator('#git-note');
      await note.filter({ hasText: 'Restricted Mode turns Git off' }).waitFor({ state: 'visible', timeout: 20_000 });
      await checks.shot(page, 'git-restricted-note');
      await palette(page, 'Workspaces: Manage Workspace Trust');
      await page
        .locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ })
        .first()
        .click();
      // The trust editor opens as a modal over the sidebar: close it from inside it, as a keyboard user would.
      const trustEditor = page.locator('.workspace-trust-editor');
      await page.getByText('You trust this folder').click();
      await page.keyboard.press('Escape');
      if (
        !(await trustEditor.waitFor({ state: 'hidden', timeout: 3_000 }).then(
          () => true,
          () => false,
        ))
      )
        await page.locator('[aria-label^="Close"]').last().click();
      await trustEditor.waitFor({ state: 'hidden', timeout: 10_000 });
      // Git runs now: the Restricted Mode line gives way to what Git says (this folder is no repository of its own).
      let text = '';
      for (let i = 0; i < 120; i++, await page.waitForTimeout(250)) {
        text = (await note.textContent()) ?? '';
        if (!text.includes('Restricted Mode')) break;
      }
      if (text.includes('Restricted Mode')) throw new Error('the git section still blames Restricted Mode after trust');
      console.log(`    after trust: "${text || '(git signals shown)'}"`);
    },
  );

  await checks.run(
    "Trusted now: the repository's settings apply, and its command link in a setting is shown as text, never as a link",
    page,
    'settings-trusted-inert',
    async () => {
      const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'pacewise.day.endOfDay' });
      await toast.first().waitFor({ state: 'visible', timeout: 20_000 });
      const message = toast.first().locator('.notification-list-item-message');
      const shown = (await message.innerText()).replace(/\u200b/g, '');
      if (!shown.includes('[Trust me](command:workbench.action.quit)'))
        throw new Error(`the warning does not quote the value as written: "${shown}"`);
      if ((await message.locator('a').count()) > 0) throw new Error('the value became a link in the notification');
      await checks.shot(page, 'settings-trusted-inert');
    },
  );
}
