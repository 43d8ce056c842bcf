// The Work in Progress view: a native tree in the Pacewise container, used as a person uses the Explorer — the
// welcome button, the title bar's +, inline actions on hover, the context menu by keyboard, drag and drop.
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { Checks } from './checks';
import { palette, sidebarFrame } from './ui';

const MARKUP_TITLE = '<b onmouseover="x()">Review</b> the parser';

/** The view's pane, found by its title (German: "Laufende Arbeit"). */
/** A view of the Pacewise container by its title, and a row of its tree. */
export const viewPane = (page: Page, title = 'Work in Progress') =>
  page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
export const treeRow = (page: Page, text: string | RegExp, title?: string) =>
  viewPane(page, title).locator('.monaco-list-row', { hasText: text });

async function typeTitle(page: Page, prompt: string, title: string): Promise<void> {
  await page.locator('.quick-input-widget', { hasText: prompt }).waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

/** The labels of the view's rows, top to bottom. */
async function rowLabels(page: Page): Promise<string[]> {
  const rows = await viewPane(page)
    .locator('.monaco-list-row')
    .evaluateAll((els) =>
      els
        .map((e) => ({ top: e.getBoundingClientRect().top, label: e.querySelector('.label-name')?.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((r) => r.label.trim()),
    );
  return rows;
}

export async function wipChecks(checks: Checks, page: Page, shots: string): Promise<void> {
  await checks.run(
    'Work in Progress view: the welcome button adds an item (markup stays text), linked to the branch; the title says how many against the limit; git counts the rest as parallel work',
    page,
    'wip-added',
    async () => {
      const pane = viewPane(page);
      await pane.locator('.welcome-view-content', { hasText: 'Nothing in progress' }).waitFor({ state: 'visible' });
      await pane.locator('.welcome-view-content .monaco-button', { hasText: 'Add Work in Progress' }).click();
      await typeTitle(page, 'It will be linked to the current branch, main.', MARKUP_TITLE);
      const row = treeRow(page, MARKUP_TITLE);
      await row.waitFor({ state: 'visible' });
      if ((await pane.locator('.monaco-list-row b').count()) !== 0) throw new Error('markup in a title rendered');
      await row.locator('.label-description', { hasText: 'branch main' }).waitFor({ state: 'visible' });
      await pane.locator('.pane-header .description', { hasText: /^1 of 3$/ }).waitFor({ state: 'visible' });
      // Linked to main; feature and old are recent branches not on the list.
      await pane
        .getByText('Parallel work: 3 (1 on this list, 2 recent branches not on it)')
        .waitFor({ state: 'visible', timeout: 20_000 });
      await checks.shot(page, 'wip-view-added');
    },
  );

  await checks.run(
    'keyboard only: Shift+F10 on a row opens its context menu; Rename Work Item renames it; the inline Work On Item marks it current',
    page,
    'wip-context',
    async () => {
      const row = treeRow(page, MARKUP_TITLE);
      await row.click();
      await page.keyboard.press('Shift+F10');
      const menu = page.locator('.context-view .monaco-menu');
      await menu.waitFor({ state: 'visible' });
      for (const entry of ['Mark Work Item Done', 'Park Work Item', 'Rename Work Item', 'Move Work Item Down'])
        await menu.locator('.action-label', { hasText: entry }).first().waitFor({ state: 'visible' });
      await checks.shot(page, 'wip-context-menu');
      await menu.locator('.action-menu-item', { hasText: 'Rename Work Item' }).click();
      const box = page.locator('.quick-input-widget', { hasText: 'Rename work item' });
      await box.waitFor({ state: 'visible' });
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Review the tokenizer');
      await page.keyboard.press('Enter');
      const renamed = treeRow(page, 'Review the tokenizer');
      await renamed.waitFor({ state: 'visible' });
      await renamed.hover();
      await renamed.locator('.actions .action-label[aria-label^="Work On Item"]').click();
      await renamed.locator('.label-description', { hasText: 'working on it now' }).waitFor({ state: 'visible' });
      // The README's picture of the container: Now (scrolled to its top), the work in progress, the collapsed views.
      await (await sidebarFrame(page)).locator('body').evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({
        path: path.join(shots, 'readme-sidebar.png'),
        clip: { x: 0, y: 36, width: 350, height: 790 },
      });
    },
  );

  await checks.run(
    'reorder: drag a row onto another puts it before it; Move Work Item Down from the context menu moves it back',
    page,
    'wip-reorder',
    async () => {
      await palette(page, 'Pacewise: Add Work', 'Pacewise: Add Work in Progress');
      await typeTitle(page, 'It will be linked to the current branch, main.', 'Write the changelog');
      await treeRow(page, 'Write the changelog').waitFor({ state: 'visible' });
      let order = await rowLabels(page);
      if (order.join() !== 'Review the tokenizer,Write the changelog') throw new Error(`order ${order.join(' | ')}`);
      // By the rows' left ends, as a person grabs a label: the hover card of the row above opens to the right of
      // the pointer and would take a drop aimed at the middle.
      const from = await treeRow(page, 'Write the changelog').boundingBox();
      const to = await treeRow(page, 'Review the tokenizer').boundingBox();
      if (!from || !to) throw new Error('the rows have no box');
      // The pointer first leaves the list, so no row's hover card lies over the row to grab (it opens below its row
      // and took the press, selecting its text, when the pointer had rested on the first row).
      await page.mouse.move(900, 600);
      await page.locator('.workbench-hover-container, .monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden' });
      await page.mouse.move(from.x + 40, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(500);
      order = await rowLabels(page);
      if (order.join() !== 'Write the changelog,Review the tokenizer')
        throw new Error(`after the drag: ${order.join(' | ')}`);
      await treeRow(page, 'Write the changelog').click();
      await page.keyboard.press('Shift+F10');
      const menu = page.locator('.context-view .monaco-menu');
      await menu.waitFor({ state: 'visible' });
      await menu.locator('.action-label', { hasText: 'Move Work Item Down' }).waitFor({ state: 'visible' });
      // By keyboard, as after Shift+F10: Up from the first entry wraps to the last, Move Work Item Down.
      await page.keyboard.press('ArrowUp');
      const focused = ((await menu.locator('.action-item.focused').textContent()) ?? '').trim();
      if (focused !== 'Move Work Item Down') throw new Error(`the menu's focus is on ${focused}`);
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden' });
      await page.waitForTimeout(500);
      order = await rowLabels(page);
      if (order.join() !== 'Review the tokenizer,Write the changelog')
        throw new Error(`after Move Down: ${order.join(' | ')}`);
    },
  );

  await checks.run(
    'Done from the row (hover, inline check): the items leave the view and its welcome comes back',
    page,
    'wip-done',
    async () => {
      for (const title of ['Write the changelog', 'Review the tokenizer']) {
        const row = treeRow(page, title);
        await row.hover();
        await row.locator('.actions .action-label[aria-label="Mark Work Item Done"]').click();
        await row.waitFor({ state: 'detached' });
      }
      await viewPane(page).locator('.welcome-view-content').waitFor({ state: 'visible' });
    },
  );
}
