// The quarterly pacing review the way a team member meets it, in a repository without a mentorship space: four
// teammates' ratings pulled (and one that tries to carry words) show nothing but "not enough ratings yet"; the user
// rates from the palette with the keyboard only, which makes five and shows distributions; a pull brings more; the
// review goes out as Markdown; light, dark and high contrast, axe on the view in each.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { localDay } from '../../src/core/days';
import { reviewWindow } from '../../src/core/rituals/quarters';
import { writeRatings, writeRatingWithWords } from '../fixtures/ratings';
import { audit } from './a11y';
import { Checks } from './checks';
import { CONTAINER, dialog } from './mentoringUi';
import { toast } from './teamChecks';
import { palette, theme } from './ui';

const pane = (page: Page) =>
  page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header', { hasText: 'Office Hours & Reviews' }) });
const reviewRow = (page: Page, text: string | RegExp) => pane(page).locator('.monaco-list-row', { hasText: text });
const rowText = async (page: Page, text: string | RegExp) =>
  (await reviewRow(page, text).first().innerText()).replace(/\s+/g, ' ').trim();

/** The quarter a rating made today is for, with the run's offer setting (45 days: offered now). */
export const REVIEW_OFFER_DAYS = 45;
const localToday = () => localDay(Date.now());

/** Four teammates' ratings (all green) and one with words, as a pull leaves them. */
export function seedRatings(workspace: string): void {
  const quarter = reviewWindow(localToday(), REVIEW_OFFER_DAYS).quarter;
  writeRatings(
    workspace,
    quarter,
    [1, 2, 3, 4].map((n) => ({ n, light: 'green' as const })),
  );
  writeRatingWithWords(workspace, quarter, 99);
}

/**
 * axe over the view's pane only (VS Code's workbench around it is not ours to fix). VS Code draws a row's label and
 * description as adjacent spans with no space between ("yet1 more needed"), which axe's label-content-name-mismatch
 * reads as one word; that rule is checked here instead: each row's name is its label, then its description.
 */
async function auditView(page: Page, label: string): Promise<void> {
  const rows = await pane(page)
    .locator('.monaco-list-row')
    .evaluateAll((els) =>
      els.map((e) => ({
        name: e.getAttribute('aria-label') ?? '',
        label: e.querySelector('.label-name')?.textContent ?? '',
        description: e.querySelector('.label-description')?.textContent ?? '',
      })),
    );
  for (const r of rows)
    if (r.name !== [r.label, r.description].filter(Boolean).join(', '))
      throw new Error(`a row's name is not what it shows: ${JSON.stringify(r)}`);
  await pane(page).evaluate((el) => el.setAttribute('data-audit', 'review'));
  for (const line of await audit(page.mainFrame(), label, '[data-audit="review"]', ['label-content-name-mismatch']))
    console.log(`    axe: ${line}`);
}

/** Types into the open quick pick as a person does, then arrows down `down` rows and presses Enter (also for the retrospective). */
export async function pick(
  page: Page,
  dimension: string,
  typed: string,
  down = 0,
  before?: () => Promise<unknown>,
): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: dimension }).waitFor({ state: 'visible' });
  await page.keyboard.type(typed);
  await page.waitForTimeout(150);
  await before?.();
  for (let i = 0; i < down; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

export async function reviewChecks(checks: Checks, page: Page, workspace: string): Promise<void> {
  const ratingsDir = path.join(workspace, '.pacewise', 'ratings');

  await checks.run(
    'four ratings and one with words: Show Office Hours → "Not enough ratings yet", the file with words listed, no colour shown',
    page,
    'review-four',
    async () => {
      await palette(page, 'Pacewise: Show Office', 'Pacewise: Show Office Hours');
      await reviewRow(page, /^Quarterly review: Q\d \d{4}/).waitFor({ state: 'visible', timeout: 20_000 });
      const heading = await rowText(page, /^Quarterly review/);
      if (!heading.endsWith('4 ratings')) throw new Error(`heading: ${heading}`);
      const waiting = await rowText(page, 'Not enough ratings yet');
      if (!waiting.includes('1 more needed, results show from 5')) throw new Error(`row: ${waiting}`);
      await reviewRow(page, '1 rating file could not be read').waitFor({ state: 'visible' });
      await reviewRow(page, 'Office hours: connect a mentorship space…').waitFor({ state: 'visible' });
      const all = (await pane(page).innerText()).toLowerCase();
      if (/\bgreen\b|\bamber\b|\bred\b/.test(all)) throw new Error(`a colour shows with four ratings: ${all}`);
      await auditView(page, 'review, four ratings (light)');
      await checks.shot(page, 'review-four');
    },
  );

  await checks.run(
    'keyboard only: F1 Rate This Quarter’s Pacing…, six picks typed (one skipped), Enter on Write Rating → five ratings, distributions',
    page,
    'review-rated',
    async () => {
      const started = Date.now();
      await palette(page, 'Pacewise: Rate', 'Pacewise: Rate This Quarter’s Pacing…');
      await pick(page, 'Sustainable pace', 'green', 0, () => checks.shot(page, 'review-pick'));
      await pick(page, 'Work in progress', 'green', 2);
      await pick(page, 'Meeting load', 'amber', 1);
      await pick(page, 'Fairness of workload', 'worse');
      await pick(page, 'Clarity of priorities', 'green', 1);
      await pick(page, 'Safety to raise concerns', 'skip');
      const modal = dialog(page, /Write your rating for Q\d \d{4}/);
      await modal.waitFor({ state: 'visible' });
      const detail = await modal.innerText();
      for (const words of [
        'Meeting load: amber, about the same',
        'no name, no date, no words',
        'Git records who commits',
      ])
        if (!detail.includes(words)) throw new Error(`the dialog lacks "${words}": ${detail}`);
      await page.keyboard.press('Enter');
      await toast(page, /Wrote \.pacewise\/ratings\/[0-9a-f-]{36}\.json\. Commit it with the team’s other ratings\./);
      console.log(`    rated six dimensions from the keyboard in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const files = readdirSync(ratingsDir);
      const mine = files
        .map((f) => readFileSync(path.join(ratingsDir, f), 'utf8'))
        .find((t) => t.includes('"meetings": ["amber", "same"]'));
      if (files.length !== 6 || !mine) throw new Error(`ratings: ${files.join(', ')}`);
      const parsed = JSON.parse(mine);
      // Every answer as typed: the first match of a light is "getting better", "worse" finds green first.
      const answers = {
        pace: ['green', 'better'],
        wip: ['green', 'worse'],
        meetings: ['amber', 'same'],
        fairness: ['green', 'worse'],
        priorities: ['green', 'same'],
      };
      if (
        Object.keys(parsed).join() !== 'schema,v,id,quarter,ratings' ||
        JSON.stringify(parsed.ratings) !== JSON.stringify(answers)
      )
        throw new Error(`the rating file: ${mine}`);
      await reviewRow(page, /^Quarterly review.*5 ratings/).waitFor({ state: 'visible', timeout: 20_000 });
      await reviewRow(page, /You rated this quarter.*change your rating…/).waitFor({ state: 'visible' });
      const expect: [string, string][] = [
        ['Sustainable pace', 'green 5'],
        ['Meeting load', 'green or amber 5'],
        ['Safety to raise concerns', 'too few to show'],
      ];
      for (const [name, words] of expect) {
        const line = await rowText(page, name);
        if (!line.includes(words)) throw new Error(`${name}: ${line}`);
      }
      await auditView(page, 'review, five ratings (light)');
      await checks.shot(page, 'review-rated');
    },
  );

  await checks.run(
    'a pull brings five more: red where five rated red, merged where fewer; readable in dark and high contrast, axe clean',
    page,
    'review-ten',
    async () => {
      const quarter = reviewWindow(localToday(), REVIEW_OFFER_DAYS).quarter;
      writeRatings(
        workspace,
        quarter,
        [11, 12, 13, 14, 15].map((n) => ({ n, light: 'green' as const, lights: { pace: 'red', meetings: 'red' } })),
      );
      await reviewRow(page, /^Quarterly review.*10 ratings/).waitFor({ state: 'visible', timeout: 20_000 });
      const pace = await rowText(page, 'Sustainable pace');
      if (!pace.includes('green 5 · red 5')) throw new Error(`pace: ${pace}`);
      const meetings = await rowText(page, 'Meeting load');
      if (!meetings.includes('red 5 · green or amber 5')) throw new Error(`meetings: ${meetings}`);
      await page.mouse.move(900, 600);
      const box = await pane(page).boundingBox();
      // The README's picture of the review (copied to media/readme/ when the UI changes).
      if (box) await checks.shot(page, 'readme-review', { x: 0, y: box.y, width: 350, height: box.height });
      await theme(page, 'Dark Modern');
      await auditView(page, 'review (dark)');
      await checks.shot(page, 'review-dark');
      await theme(page, 'Dark High Contrast');
      await auditView(page, 'review (high contrast)');
      await checks.shot(page, 'review-hc');
      await theme(page, 'Light Modern');
    },
  );

  await checks.run(
    'Export Quarterly Review as Markdown from the palette: the table of distributions and where to start',
    page,
    'review-markdown',
    async () => {
      await palette(page, 'Pacewise: Export Quarterly', 'Pacewise: Export Quarterly Review as Markdown');
      const editor = page.locator('.editor-group-container .monaco-editor .view-lines').first();
      await editor.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(500);
      const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
      for (const expected of [
        '# Quarterly pacing review: Q',
        '| Sustainable pace | green 5 · amber 0 · red 5 |',
        '- Sustainable pace: at least 5 rated it red.',
        '- Meeting load: at least 5 rated it red.',
      ])
        if (!text.includes(expected)) throw new Error(`export ${JSON.stringify(text.slice(0, 600))} lacks ${expected}`);
      await checks.shot(page, 'review-markdown');
    },
  );

  await checks.run(
    'a rating handed in: Copy as a Code writes no file, Add Ratings Handed In… refuses a bad paste, then adds the code once',
    page,
    'review-handed-in',
    async () => {
      const before = readdirSync(ratingsDir).length;
      await palette(page, 'Pacewise: Rate', 'Pacewise: Rate This Quarter’s Pacing…');
      for (const d of [
        'Sustainable pace',
        'Work in progress',
        'Meeting load',
        'Fairness of workload',
        'Clarity of priorities',
      ])
        await pick(page, d, 'green');
      await pick(page, 'Safety to raise concerns', 'red');
      const modal = dialog(page, /Replace your rating for Q\d \d{4}/);
      await modal.waitFor({ state: 'visible' });
      await modal.getByRole('button', { name: 'Copy as a Code' }).click();
      await toast(page, 'Your rating is copied as a code.');
      const code = await page.evaluate(() => navigator.clipboard.readText());
      if (
        !/^pacewise-rating:\d{4}-Q[1-4]:[0-9a-f-]{36}:pace=green\/better,(?:[a-z]+=green\/better,){4}safety=red\/better$/.test(
          code,
        )
      )
        throw new Error(`the code: ${code}`);
      if (readdirSync(ratingsDir).length !== before - 1)
        throw new Error('the earlier rating should be deleted and nothing written');

      await palette(page, 'Pacewise: Add Ratings', 'Pacewise: Add Ratings Handed In…');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await page.keyboard.type('hello');
      await page
        .locator('.quick-input-widget .quick-input-message', { hasText: 'Code 1 is not a rating code' })
        .waitFor({ state: 'visible' });
      await input.fill('');
      await page.keyboard.press('Control+V');
      await page.keyboard.type(' ');
      await page.keyboard.press('Control+V');
      await page.keyboard.press('Enter');
      const confirm = dialog(page, 'Add 1 rating to the team folder?');
      await confirm.waitFor({ state: 'visible' });
      if (!(await confirm.innerText()).includes('git shows you as their author'))
        throw new Error(`the dialog: ${await confirm.innerText()}`);
      await checks.shot(page, 'review-handed-in-confirm');
      await page.keyboard.press('Enter');
      await toast(
        page,
        /Added 1 rating to \.pacewise\/ratings\/: commit it with the others\. 1 code was there already\./,
      );
      if (readdirSync(ratingsDir).length !== before) throw new Error('the handed-in rating should be written');
      await reviewRow(page, /You rated this quarter/).waitFor({ state: 'visible', timeout: 20_000 });
    },
  );
}
