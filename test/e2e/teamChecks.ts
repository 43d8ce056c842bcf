// Team sharing the way teammates meet it: Share… on a micro-lesson opens the preview in the Team notes view, every
// identifying detail highlighted; Share writes exactly the previewed file; the team view lists it beside the notes a
// pull brought (hostile ones rendered as text); annotate it; adopt it as one's own experiment.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { waitForWorkbench } from '../host/codeServerHost';
import { Checks } from './checks';
import { palette, pickRow, sidebarFrame, STATUS } from './ui';

const WEBVIEW = 'iframe.webview.ready[src*="extensionId=pacewise.pacewise"]';

/** The Team notes view's document: of the Pacewise webviews, the one whose shell says data-view="team". */
export async function teamFrame(page: Page): Promise<FrameLocator> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const n = await page.locator(WEBVIEW).count();
    for (let i = 0; i < n; i++) {
      const frame = page.frameLocator(WEBVIEW).nth(i).frameLocator('iframe#active-frame');
      if ((await frame.locator('body[data-view="team"]').count()) > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error('the Team notes view did not open');
    await page.waitForTimeout(250);
  }
}

export async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page
    .locator('.notifications-toasts .notification-toast', { hasText: text })
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 });
}

export async function teamChecks(checks: Checks, page: Page, workspace: string, hypothesis: string): Promise<void> {
  const notesDir = path.join(workspace, '.pacewise', 'notes');
  const before = new Set(readdirSync(notesDir));
  let sharedFile = '';

  await checks.run(
    'Share… on a micro-lesson: the preview highlights an email, a tokened URL and a ticket; keeping one shows it, Share writes exactly the file shown',
    page,
    'team-shared',
    async () => {
      const sidebar = sidebarFrame(page);
      const lesson = sidebar.locator('#lessons-list li', { hasText: 'Limit WIP to 2' }).first();
      await lesson.scrollIntoViewIfNeeded();
      await lesson.locator('vscode-button', { hasText: 'Share…' }).click();
      const team = await teamFrame(page);
      await team.locator('#preview-heading', { hasText: 'Share a micro-lesson' }).waitFor({ state: 'visible' });
      const tell = team.locator('#pf-tell');
      await tell.fill('Ask pat@example.com first, see https://wiki.example/x?token=s3cr3t and PROJ-42.');
      const marks = team.locator('#ps-tell p.shared-as mark.finding');
      await marks.nth(2).waitFor({ state: 'visible', timeout: 10_000 });
      const shown = await team.locator('#ps-tell p.shared-as').innerText();
      for (const gone of ['pat@example.com', 's3cr3t', 'PROJ-42'])
        if (shown.includes(gone)) throw new Error(`"${gone}" is not redacted in ${JSON.stringify(shown)}`);
      await team.locator('#preview-honest', { hasText: 'De-identified' }).waitFor({ state: 'visible' });
      await team
        .locator('#preview-honest', { hasText: 'who committed the file and when' })
        .waitFor({ state: 'visible' });
      await checks.shot(page, 'team-preview');
      // Keep the ticket id as written (it names no one), then look at the file that will be written.
      await team.locator('#ps-tell ul.findings li', { hasText: 'PROJ-42' }).locator('vscode-button').click();
      await team.locator('#ps-tell mark.finding.kept', { hasText: 'PROJ-42' }).waitFor({ state: 'visible' });
      await team.locator('#preview-file-box summary').click();
      const fileText = await team.locator('#preview-file').innerText();
      if (!fileText.includes('PROJ-42') || fileText.includes('pat@example.com'))
        throw new Error(`file preview ${fileText}`);
      await checks.shot(page, 'team-preview-file');
      await team.locator('#preview vscode-button[data-key="share"]').click();
      await toast(page, /Pacewise wrote \.pacewise\/notes\/.*\.json/);
      const added = readdirSync(notesDir).filter((f) => !before.has(f));
      if (added.length !== 1) throw new Error(`expected one new note file, found ${added.join(', ')}`);
      sharedFile = path.join(notesDir, added[0]);
      const written = readFileSync(sharedFile, 'utf8');
      if (written.trim() !== fileText.trim()) throw new Error(`written file differs from the preview:\n${written}`);
      await team.locator('#team-notes li', { hasText: 'yours' }).first().waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'The team view: notes newest first, search, unreadable files listed; a note full of markup renders as text and runs nothing',
    page,
    'team-hostile',
    async () => {
      const team = await teamFrame(page);
      await team.locator('#team-unreadable summary', { hasText: '11 unreadable notes' }).waitFor({ state: 'visible' });
      await team.locator('#team-search').fill('mornings');
      await team.locator('#team-count', { hasText: /^1 of \d+ notes$/ }).waitFor({ state: 'visible' });
      await checks.shot(page, 'team-search');
      await team.locator('#team-search').fill('');
      await team.locator('#team-notes vscode-button', { hasText: 'Hostile' }).click();
      const body = team.locator('#detail-body');
      await body.waitFor({ state: 'visible' });
      const text = await body.innerText();
      if (!text.includes('<script>document.title="pwned"</script>') || !text.includes('[run](command:'))
        throw new Error(`markup was not shown as text: ${text}`);
      if ((await team.locator('#detail img, #detail script, #detail svg, #detail a').count()) > 0)
        throw new Error('markup became elements');
      const title = await team.locator('body').evaluate(() => document.title);
      if (title === 'pwned') throw new Error('a script ran');
      // Each piece of a teammate's text is isolated (an RTL note cannot reorder the text around it).
      const notIsolated = await team
        .locator('#detail-heading, #detail-body .note-text')
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).unicodeBidi !== 'isolate').length);
      if (notIsolated > 0) throw new Error(`${notIsolated} teammate texts are not bidi-isolated`);
      await checks.shot(page, 'team-hostile-detail');
      await team.locator('#detail vscode-button', { hasText: 'Back to the list' }).click();
    },
  );

  await checks.run(
    'keyboard only: Tab from the list heading to the search, type, Tab to the note, Enter opens it with focus on its title',
    page,
    'team-keyboard',
    async () => {
      const team = await teamFrame(page);
      await team.locator('#team-heading').focus();
      let tabs = 0;
      while (!(await team.locator('#team-search:focus').count())) {
        if (++tabs > 8) throw new Error('Tab did not reach the search field');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type('mornings');
      await team.locator('#team-count', { hasText: /^1 of \d+ notes$/ }).waitFor({ state: 'visible' });
      for (tabs = 0; !(await team.locator('#team-notes vscode-button:focus').count());) {
        if (++tabs > 8) throw new Error('Tab did not reach the note');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await team
        .locator('#detail-heading:focus', { hasText: 'How do you keep mornings free' })
        .waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await team.locator('#detail vscode-button[data-key="annotate"]:focus').waitFor({ state: 'attached' });
      await team.locator('#detail vscode-button[data-key="back"]').click();
      await team.locator('#team-search').fill('');
    },
  );

  await checks.run(
    'Annotate the shared note: advice goes through the same preview and shows under the note',
    page,
    'team-annotated',
    async () => {
      const team = await teamFrame(page);
      await team.locator('#team-notes li', { hasText: 'yours' }).first().locator('vscode-button').first().click();
      await team.locator('#detail vscode-button', { hasText: 'Annotate…' }).click();
      await team.locator('#preview-heading', { hasText: 'Annotate a note' }).waitFor({ state: 'visible' });
      await team.locator('#pf-advice').fill('Pair it with a hard stop; two weeks told us more than one.');
      await team.locator('#ps-advice', { hasText: 'hard stop' }).waitFor({ state: 'visible' });
      await team.locator('#preview vscode-button[data-key="share"]').click();
      await toast(page, /Pacewise wrote \.pacewise\/annotations\//);
      // Back on the note it annotated.
      await team
        .locator('#detail-annotations li', { hasText: 'Pair it with a hard stop' })
        .waitFor({ state: 'visible' });
      await checks.shot(page, 'team-note-detail');
    },
  );

  await checks.run(
    "Adopt This Experiment: Limit WIP starts with the note's hypothesis filled in",
    page,
    'team-adopted',
    async () => {
      const team = await teamFrame(page);
      await team.locator('#detail vscode-button', { hasText: 'Adopt This Experiment…' }).click();
      await pickRow(page, /^2$/);
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-widget', { hasText: 'Your hypothesis' }).waitFor({ state: 'visible' });
      const value = await input.inputValue();
      if (value !== hypothesis) throw new Error(`hypothesis prefilled as ${JSON.stringify(value)}`);
      await page.keyboard.press('Enter');
      await pickRow(page, /^2 weeks$/);
      await toast(page, 'Experiment started: Limit WIP to 2, 2 weeks.');
      await palette(page, 'Pacewise: Show Sidebar');
    },
  );

  await checks.run(
    'a window reload in the middle of writing a share: nothing is written, and the draft comes back with its words',
    page,
    'team-draft-reloaded',
    async () => {
      const question = 'Does a hard stop at 18:00 hold in release weeks?';
      await palette(page, 'Pacewise: Ask Mentors', 'Pacewise: Ask Mentors a Question…');
      let team = await teamFrame(page);
      await team.locator('#pf-question').fill(question);
      // The preview has checked the words (times of day stay), so the draft is saved on this machine.
      await team
        .locator('#ps-question p.shared-as', { hasText: '18:00' })
        .waitFor({ state: 'visible', timeout: 10_000 });
      const notesBefore = readdirSync(notesDir).length;
      await palette(page, 'Developer: Reload Window');
      await page.waitForTimeout(1_000);
      await waitForWorkbench(page);
      // Pacewise's commands are in the palette once the reloaded window has activated it again.
      await page.locator(STATUS).waitFor({ state: 'visible', timeout: 60_000 });
      await palette(page, 'Pacewise: Show Team Notes');
      team = await teamFrame(page);
      // Back under "Drafts on this machine" (or already open again, when the view kept its place).
      const draft = team.locator('#drafts-list li', { hasText: 'Ask mentors a question' }).first();
      const field = team.locator('#pf-question');
      await draft.or(field).first().waitFor({ state: 'visible', timeout: 30_000 });
      if (!(await field.isVisible())) await draft.locator('vscode-button').click();
      await field.waitFor({ state: 'visible' });
      const value = await team.locator('#pf-question').inputValue();
      if (value !== question) throw new Error(`the draft came back as ${JSON.stringify(value)}`);
      if (readdirSync(notesDir).length !== notesBefore) throw new Error('a file was written without Share');
      await checks.shot(page, 'team-draft-restored');
      await team.locator('#preview vscode-button', { hasText: 'Close (keep draft)' }).click();
    },
  );
}

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
      const team = await teamFrame(page);
      await team.locator('#team-status', { hasText: 'only in a trusted workspace' }).waitFor({ state: 'visible' });
      await team.locator('vscode-button', { hasText: 'Manage Workspace Trust' }).waitFor({ state: 'visible' });
      if ((await team.locator('#team-notes li').count()) > 0) throw new Error('notes were read in Restricted Mode');
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
      const note = sidebarFrame(page).locator('#git-note');
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
