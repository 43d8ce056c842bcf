// Team sharing the way teammates meet it: Share… on a micro-lesson opens the preview in an editor tab, every
// identifying detail highlighted; Share writes exactly the previewed file; the Team Notes view lists it beside the
// notes a pull brought (hostile ones rendered as text, opened in the same tab); annotate it; adopt it as one's own
// experiment; a reload in the middle of a share brings the tab back with its words.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { frameWith } from './a11y';
import { waitForWorkbench } from '../host/codeServerHost';
import { Checks } from './checks';
import { palette, pickRow, STATUS } from './ui';
import { treeRow } from './wipChecks';

/** The Team notes view's document (the list): of the Pacewise webviews, the one whose shell says data-view="team". */
export function teamFrame(page: Page): Promise<Frame> {
  return frameWith(page, 'body[data-view="team"][data-part="list"] #app:not([aria-busy])');
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
      const list = await teamFrame(page);
      await list.locator('#team-heading:focus').waitFor({ state: 'attached', timeout: 10_000 });
      await list.locator('#team-notes li', { hasText: 'yours' }).first().waitFor({ state: 'visible' });
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
      // Each piece of a teammate's text is isolated (an RTL note cannot reorder the text around it).
      const notIsolated = await note
        .locator('#detail-heading, #detail-body .note-text')
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).unicodeBidi !== 'isolate').length);
      if (notIsolated > 0) throw new Error(`${notIsolated} teammate texts are not bidi-isolated`);
      await checks.shot(page, 'team-hostile-detail');
      await note.locator('#detail vscode-button', { hasText: 'Back to the list' }).click();
      await team.locator('#team-heading:focus').waitFor({ state: 'attached' });
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
      const note = await noteFrame(page);
      await note
        .locator('#detail-heading:focus', { hasText: 'How do you keep mornings free' })
        .waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await note.locator('#detail vscode-button[data-key="annotate"]:focus').waitFor({ state: 'attached' });
      await note.locator('#detail vscode-button[data-key="back"]').click();
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
      const note = await noteFrame(page);
      await note.locator('#detail vscode-button', { hasText: 'Annotate…' }).click();
      await note.locator('#preview-heading', { hasText: 'Annotate a note' }).waitFor({ state: 'visible' });
      await note.locator('#pf-advice').fill('Pair it with a hard stop; two weeks told us more than one.');
      await note.locator('#ps-advice', { hasText: 'hard stop' }).waitFor({ state: 'visible' });
      await note.locator('#preview vscode-button[data-key="share"]').click();
      await toast(page, /Pacewise wrote \.pacewise\/annotations\//);
      // Back on the note it annotated, in the same tab.
      await note
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
      // Kept on this machine, under "Drafts on this machine" in the list.
      const list = await teamFrame(page);
      await list
        .locator('#drafts-list li', { hasText: 'Ask mentors a question' })
        .first()
        .waitFor({ state: 'visible' });
    },
  );
}
