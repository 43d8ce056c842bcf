// Team sharing the way teammates meet it: Share… on a micro-lesson opens the preview in an editor tab, every
// identifying detail highlighted; Share writes exactly the previewed file; the Team Notes view lists it beside the
// notes a pull brought (hostile ones rendered as text, opened in the same tab); annotate it; adopt it as one's own
// experiment; a reload in the middle of a share brings the tab back with its words.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { frameWith } from './a11y';
import { waitForWorkbench } from '../host/codeServerHost';
import { Checks } from './checks';
import { keyboardPalette, palette, pickRow, STATUS } from './ui';
import { treeRow } from './wipChecks';

/** The Pacewise Team container (Team Notes and Mentoring) and a row of it. */
const TEAM_VIEW = '[id="workbench.view.extension.pacewise-team"]';
export const teamView = (page: Page) => page.locator(TEAM_VIEW);
export const teamRow = (page: Page, text: string | RegExp) =>
  page.locator(`${TEAM_VIEW} .monaco-list-row`, { hasText: text });

/** Waits until the keyboard is in the Team Notes list (its tree has DOM focus). */
export async function teamListFocused(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((sel) => !!document.activeElement?.closest(`${sel} .monaco-list`), TEAM_VIEW, { timeout });
}

/** Keyboard only: the list focused (as Show Team Notes leaves it), then Down until `row` has the focus. */
async function focusRow(page: Page, row: string | RegExp): Promise<void> {
  await palette(page, 'Pacewise: Show Team', 'Pacewise: Show Team Notes');
  await teamListFocused(page);
  await downTo(page, row);
}

/** In the focused list: Home, then Down until `row` has the focus, as a person moves to a row. */
async function downTo(page: Page, row: string | RegExp): Promise<void> {
  await downToRow(page, teamRow(page, row));
}

/** The same for a row found another way (a row of one view of the container). */
export async function downToRow(page: Page, row: Locator): Promise<void> {
  await page.keyboard.press('Home');
  const focused = row.and(page.locator('.monaco-list-row.focused'));
  for (let i = 0; !(await focused.count()); i++) {
    if (i > 20) throw new Error(`no row ${row} took the focus`);
    await page.keyboard.press('ArrowDown');
  }
}

/** The line above the rows (and the header's description): what search and filters are in force, how many notes. */
export async function teamDescription(page: Page, text: string | RegExp): Promise<void> {
  await teamView(page).locator('.message', { hasText: text }).waitFor({ state: 'visible' });
}

/** An action in the Team Notes view's header, by its name (the container holds Mentoring too, so each has its own). */
export const teamAction = (page: Page, name: string) =>
  page
    .locator(`${TEAM_VIEW} .pane-header`, { hasText: 'Team Notes' })
    .locator(`.actions .action-label[aria-label^="${name}"]`);

/** Clicks a Team Notes header action as a mouse user does: over the header first, which shows its actions. */
export async function clickTeamAction(page: Page, name: string): Promise<void> {
  await page.locator(`${TEAM_VIEW} .pane-header`, { hasText: 'Team Notes' }).hover();
  await teamAction(page, name).click();
}

/** The editor tab with a share preview or a note's detail, and its document. */
export const noteTab = (page: Page, title: string | RegExp) => page.locator('.tabs-container .tab', { hasText: title });
export function noteFrame(page: Page): Promise<Frame> {
  return frameWith(page, 'body[data-view="team"][data-part="note"] #app:not([aria-busy])');
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
      // Share… inline on the lesson's row in the Micro-Lessons view (shown on hover, as in the Explorer).
      await palette(page, 'Pacewise: Focus on Micro-Lessons View');
      const lesson = treeRow(page, 'Limit WIP to 2', 'Micro-Lessons').first();
      await lesson.hover();
      await lesson.locator('.actions .action-label[aria-label="Share Micro-Lesson…"]').click();
      // The preview opens as an editor tab, in front, with the room the sidebar does not have.
      await noteTab(page, 'Share preview').and(page.locator('.tab.active')).waitFor({ state: 'visible' });
      const team = await noteFrame(page);
      await team.locator('#preview-heading', { hasText: 'Share a micro-lesson' }).waitFor({ state: 'visible' });
      const width = await team.locator('body').evaluate(() => window.innerWidth);
      if (width < 800) throw new Error(`the preview is ${width} px wide`);
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
      // Shared: the tab closes and the list, with the new note, has the keyboard.
      await noteTab(page, 'Share preview').waitFor({ state: 'hidden' });
      await teamListFocused(page);
      await teamRow(page, 'yours').first().waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'The team view: notes newest first, search, unreadable files listed; a note full of markup renders as text and runs nothing',
    page,
    'team-hostile',
    async () => {
      await teamRow(page, '11 unreadable notes').waitFor({ state: 'visible' });
      await teamRow(page, 'Across the team').waitFor({ state: 'visible' });
      // Newest week first: the rows' weeks, top to bottom, never go up.
      const weeks = await teamView(page)
        .locator('.monaco-list-row .label-description')
        .evaluateAll((els) =>
          els
            .sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top)
            .map((e) => /Week (\d+), (\d+)/.exec(e.textContent ?? ''))
            .filter((m) => m !== null)
            .map((m) => Number(m[2]) * 100 + Number(m[1])),
        );
      if (weeks.length < 5 || weeks.some((w, i) => i > 0 && w > weeks[i - 1]))
        throw new Error(`weeks top to bottom: ${weeks.join(', ')}`);
      // A note's words never become markup in the tree either.
      if (
        (await teamView(page)
          .locator('.monaco-list-row .monaco-icon-label-container :is(img, script, style, svg, b, i)')
          .count()) > 0
      )
        throw new Error('markup in a row became elements');
      await checks.shot(page, 'team-tree');
      // The README's picture of the view (copied to media/readme/ when the UI changes).
      await page.mouse.move(900, 600);
      await checks.shot(page, 'readme-team', { x: 0, y: 36, width: 350, height: 230 });
      await teamRow(page, 'Hostile').click();
      const note = await noteFrame(page);
      const body = note.locator('#detail-body');
      await body.waitFor({ state: 'visible' });
      const text = await body.innerText();
      if (!text.includes('<script>document.title="pwned"</script>') || !text.includes('[run](command:'))
        throw new Error(`markup was not shown as text: ${text}`);
      if ((await note.locator('#detail img, #detail script, #detail svg, #detail a').count()) > 0)
        throw new Error('markup became elements');
      const title = await note.locator('body').evaluate(() => document.title);
      if (title === 'pwned') throw new Error('a script ran');
      // Each piece of a teammate's text is isolated (an RTL note cannot reorder the text around it) — once the
      // page's stylesheet has loaded, which may be a moment after the text shows.
      let notIsolated = -1;
      for (let tries = 0; notIsolated !== 0 && tries < 50; tries++) {
        if (tries) await page.waitForTimeout(100);
        notIsolated = await note
          .locator('#detail-heading, #detail-body .note-text')
          .evaluateAll((els) => els.filter((e) => getComputedStyle(e).unicodeBidi !== 'isolate').length);
      }
      if (notIsolated > 0) throw new Error(`${notIsolated} teammate texts are not bidi-isolated`);
      await checks.shot(page, 'team-hostile-detail');
      await note.locator('#detail vscode-button', { hasText: 'Back to the list' }).click();
      await noteTab(page, 'Hostile').waitFor({ state: 'hidden' });
      await teamListFocused(page);
    },
  );

  await checks.run(
    'keyboard only: F1 Search Team Notes…, type, the rows follow; Enter puts the keyboard in the list, Enter on the note opens it with focus on its title',
    page,
    'team-keyboard',
    async () => {
      await keyboardPalette(page, 'Pacewise: Search Team Notes…');
      await page.locator('.quick-input-widget', { hasText: 'Every word must appear' }).waitFor({ state: 'visible' });
      await page.keyboard.type('mornings');
      await teamDescription(page, /^“mornings” · 1 of \d+ notes$/);
      await checks.shot(page, 'team-search');
      await page.keyboard.press('Enter');
      await teamListFocused(page);
      await downTo(page, 'How do you keep mornings free');
      await page.keyboard.press('Enter');
      const note = await noteFrame(page);
      await note
        .locator('#detail-heading:focus', { hasText: 'How do you keep mornings free' })
        .waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await note.locator('#detail vscode-button[data-key="annotate"]:focus').waitFor({ state: 'attached' });
      await note.locator('#detail vscode-button[data-key="back"]').click();
      await teamListFocused(page);
      // Clear, as the title bar offers it while a search is in force: every note is back.
      await clickTeamAction(page, 'Clear Team Notes Search and Filters');
      await teamRow(page, 'Hostile').waitFor({ state: 'visible' });
      // Offered only while something is in force.
      await teamAction(page, 'Clear Team Notes Search and Filters').waitFor({ state: 'hidden', timeout: 5_000 });
    },
  );

  await checks.run(
    "keyboard only: Shift+F10 on one's own note lists Open, Annotate, Adopt, Edit and Withdraw; a teammate's has no Edit or Withdraw",
    page,
    'team-context-menu',
    async () => {
      const menuItems = async (row: string | RegExp): Promise<string[]> => {
        await focusRow(page, row);
        await page.keyboard.press('Shift+F10');
        const menu = page.locator('.context-view .monaco-menu');
        await menu.waitFor({ state: 'visible' });
        const items = (await menu.locator('.action-label').allTextContents()).map((t) => t.trim()).filter(Boolean);
        await page.keyboard.press('Escape');
        return items;
      };
      const own = await menuItems('yours');
      for (const item of [
        'Open Team Note',
        'Annotate Team Note…',
        'Adopt This Experiment…',
        'Edit Your Note…',
        'Withdraw a Shared Note…',
      ])
        if (!own.includes(item)) throw new Error(`own note's menu: ${own.join(', ')}`);
      const theirs = await menuItems('How do you keep mornings free');
      if (
        theirs.includes('Edit Your Note…') ||
        theirs.includes('Withdraw a Shared Note…') ||
        theirs.includes('Adopt This Experiment…')
      )
        throw new Error(`a teammate's question offers ${theirs.join(', ')}`);
    },
  );

  await checks.run(
    'Annotate the shared note: advice goes through the same preview and shows under the note',
    page,
    'team-annotated',
    async () => {
      // Annotate… inline on the row (shown on hover, as in the Explorer).
      const row = teamRow(page, 'yours').first();
      await row.hover();
      await row.locator('.actions .action-label[aria-label="Annotate Team Note…"]').click();
      const note = await noteFrame(page);
      await note.locator('#preview-heading', { hasText: 'Annotate a note' }).waitFor({ state: 'visible' });
      await note.locator('#pf-advice').fill('Pair it with a hard stop; two weeks told us more than one.');
      await note.locator('#ps-advice', { hasText: 'hard stop' }).waitFor({ state: 'visible' });
      await note.locator('#preview vscode-button[data-key="share"]').click();
      await toast(page, /Pacewise wrote \.pacewise\/annotations\//);
      // Shared: the tab closes, the row counts the annotation, and the note shows it under its text.
      await teamListFocused(page);
      await teamRow(page, /1 annotation · yours/)
        .first()
        .click();
      const detail = await noteFrame(page);
      await detail
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
      const note = await noteFrame(page);
      await note.locator('#detail vscode-button', { hasText: 'Adopt This Experiment…' }).click();
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
      let team = await noteFrame(page);
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
      // VS Code brings the preview's tab back, and Pacewise fills it with the same draft.
      await noteTab(page, 'Share preview').waitFor({ state: 'visible', timeout: 30_000 });
      team = await noteFrame(page);
      const field = team.locator('#pf-question');
      await field.waitFor({ state: 'visible', timeout: 30_000 });
      const value = await field.inputValue();
      if (value !== question) throw new Error(`the draft came back as ${JSON.stringify(value)}`);
      if (readdirSync(notesDir).length !== notesBefore) throw new Error('a file was written without Share');
      await checks.shot(page, 'team-draft-restored');
      await team.locator('#preview vscode-button', { hasText: 'Close (keep draft)' }).click();
      await noteTab(page, 'Share preview').waitFor({ state: 'hidden' });
      // Kept on this machine, under "Drafts on this machine" at the top of the list; its row opens it again.
      await teamRow(page, 'Drafts on this machine').waitFor({ state: 'visible' });
      await teamRow(page, 'Ask mentors a question').first().click();
      team = await noteFrame(page);
      await team.locator('#pf-question').waitFor({ state: 'visible' });
      if ((await team.locator('#pf-question').inputValue()) !== question) throw new Error('the draft lost its words');
      await team.locator('#preview vscode-button', { hasText: 'Close (keep draft)' }).click();
      await noteTab(page, 'Share preview').waitFor({ state: 'hidden' });
    },
  );
}
