// The quarterly review page the way a team meets it, after reviewChecks left ten ratings (pace and meetings rated red
// by five): last quarter's review and a lesson of this quarter arrive by a pull; F1 Open Quarterly Review walks the
// six steps; a proposal and a typed line become actions, hands are counted, and Save Review writes the file the modal
// showed — actions through the anonymizer, the vote only as counts of five or more. A bad count changes nothing. Light,
// dark and high contrast, axe on the page in each.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { localDay } from '../../src/core/days';
import { addDays, weekOfDate } from '../../src/core/mentorship/calendarWeeks';
import { addQuarters, quarterStart, reviewWindow } from '../../src/core/rituals/quarters';
import { HOSTILE_TEXT, note, uuid } from '../fixtures/teamFolder';
import { audit, frameWith } from './a11y';
import { Checks } from './checks';
import { dialog } from './mentoringUi';
import { REVIEW_OFFER_DAYS } from './reviewChecks';
import { toast } from './teamChecks';
import { palette, tabTo, theme } from './ui';

const LAST_REVIEW = '0b0e9d1c-1111-4a2b-9c3d-5e6f7a8b9c0d';
const reviewFrame = (page: Page) => frameWith(page, 'body[data-view="review"] #review-title');
export const textOf = (frame: Frame, selector: string) =>
  frame
    .locator(selector)
    .evaluate((e) => ((e as HTMLElement).innerText || e.textContent || '').replace(/\s+/g, ' ').trim());

/** Polls `selector`'s text in the page until it matches (the page redraws after the team folder is read again). */
export async function waitForText(frame: Frame, selector: string, expected: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await textOf(frame, selector).catch(() => '');
    if (expected.test(text)) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${selector} never matched ${expected}: ${JSON.stringify(text.slice(0, 400))}`);
}

/** What a pull brings: last quarter's saved review, and a micro-lesson of this quarter whose text is markup. */
function pullReviewMaterial(workspace: string, quarter: string): void {
  const reviews = path.join(workspace, '.pacewise', 'reviews');
  mkdirSync(reviews, { recursive: true });
  writeFileSync(
    path.join(reviews, `${LAST_REVIEW}.json`),
    JSON.stringify({
      schema: 'pacewise.review',
      v: '1.0',
      id: LAST_REVIEW,
      quarter: addQuarters(quarter, -1),
      actions: ['Stop meetings after 16:00', 'Keep WIP at two'],
    }),
  );
  const notes = path.join(workspace, '.pacewise', 'notes');
  mkdirSync(notes, { recursive: true });
  const week = weekOfDate(addDays(quarterStart(quarter), 20));
  writeFileSync(
    path.join(notes, `${uuid(801)}.json`),
    JSON.stringify(note(801, { week, text: { keep: HOSTILE_TEXT } })),
  );
}

async function auditPage(page: Page, label: string): Promise<void> {
  for (const line of await audit(await reviewFrame(page), label)) console.log(`    axe: ${line}`);
}

export async function reviewPageChecks(checks: Checks, page: Page, workspace: string): Promise<void> {
  const quarter = reviewWindow(localDay(Date.now()), REVIEW_OFFER_DAYS).quarter;
  const reviewsDir = path.join(workspace, '.pacewise', 'reviews');
  let frame: Frame | undefined;

  await checks.run(
    'F1 Open Quarterly Review: last quarter’s actions, the ratings, the quarter’s lesson as text, one experiment per red dimension',
    page,
    'review-page',
    async () => {
      pullReviewMaterial(workspace, quarter);
      await palette(page, 'Pacewise: Open Quarterly', 'Pacewise: Open Quarterly Review');
      frame = await reviewFrame(page);
      await page.locator('.tabs-container .tab.active', { hasText: 'Quarterly Review' }).waitFor({ state: 'visible' });
      await waitForText(frame, '#review-last-body', /Stop meetings after 16:00.*Keep WIP at two/);
      const title = await textOf(frame, '#review-title');
      if (!/^Quarterly pacing review: Q[1-4] \d{4} \(/.test(title)) throw new Error(`title: ${title}`);
      const headings = await frame
        .locator('section h2')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
      if (headings.length !== 6 || !headings.every((h, i) => h.startsWith(`${i + 1}. `)))
        throw new Error(`the six steps: ${JSON.stringify(headings)}`);
      const table = await textOf(frame, '#review-ratings-body');
      if (!/10 ratings, distributions only/.test(table) || !/Sustainable pace\s*green 5 · amber 0 · red 5/.test(table))
        throw new Error(`ratings: ${table}`);
      const tried = await waitForText(frame, '#review-tried-body', /onerror/);
      if (!tried.includes('<script>') || !tried.includes('Micro-lesson'))
        throw new Error(`the lesson is not shown as literal text: ${tried}`);
      const injected = await frame.evaluate(() => ({
        title: document.title,
        images: document.querySelectorAll('img, svg[onload], a[href^="javascript"]').length,
      }));
      if (injected.title === 'pwned' || injected.images) throw new Error(`markup ran: ${JSON.stringify(injected)}`);
      const proposals = await textOf(frame, '#review-proposals-body');
      for (const words of [
        'Sustainable pace: at least 5 rated it red. Proposed experiment: Hard stop at the end of the day.',
        'Meeting load: at least 5 rated it red. Proposed experiment: No-meeting mornings.',
      ])
        if (!proposals.includes(words)) throw new Error(`proposals lack "${words}": ${proposals}`);
      await checks.shot(page, 'review-page');
    },
  );

  await checks.run(
    'keyboard only: Add as an Action, a line typed, hands counted, Save Review → the modal shows what the file holds; the file is written as shown',
    page,
    'review-page-saved',
    async () => {
      const f = frame!;
      await f.locator('#review-title').click();
      await tabTo(page, f, { text: 'Add as an Action' });
      await page.keyboard.press('Enter');
      await waitForText(f, '#live', /^Added as action 1\.$/);
      const first = await f.locator('#review-action-0').inputValue();
      if (first !== 'Try “Hard stop at the end of the day” for 2 weeks (Sustainable pace was rated red)')
        throw new Error(`action 1: ${first}`);
      await tabTo(page, f, { text: 'Add an Action' });
      await page.keyboard.press('Enter');
      const focused = await f.evaluate(() => document.activeElement?.id);
      if (focused !== 'review-action-1') throw new Error(`the new line is not focused: ${focused}`);
      await page.keyboard.type('Pair on the hard stop with ana@example.com');
      await tabTo(page, f, 'review-vote-yes');
      await page.keyboard.type('6');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2');
      await tabTo(page, f, { text: 'Save Review' });
      await page.keyboard.press('Enter');
      const modal = dialog(page, /Save the review of Q[1-4] \d{4} \(.*\)\?/);
      await modal.waitFor({ state: 'visible', timeout: 15_000 });
      const detail = (await modal.innerText()).replace(/\s+/g, ' ');
      for (const words of [
        '1. Try “Hard stop at the end of the day” for 2 weeks',
        '2. Pair on the hard stop with [email]',
        'Vote: worth it 6 · partly or not really 5',
        '1 action had a name or address replaced by a placeholder.',
        'Git records who commits it and when.',
      ])
        if (!detail.includes(words)) throw new Error(`the dialog lacks "${words}": ${detail}`);
      await checks.shot(page, 'review-page-confirm');
      await page.keyboard.press('Enter');
      await toast(page, /Saved \.pacewise\/reviews\/[0-9a-f-]{36}\.json\. Commit it so the team has it\./);
      const files = readdirSync(reviewsDir).filter((n) => n !== `${LAST_REVIEW}.json`);
      if (files.length !== 1) throw new Error(`reviews: ${readdirSync(reviewsDir).join(', ')}`);
      const saved = JSON.parse(readFileSync(path.join(reviewsDir, files[0]), 'utf8'));
      const expected = {
        schema: 'pacewise.review',
        v: '1.0',
        id: files[0].slice(0, -5),
        quarter,
        actions: [
          'Try “Hard stop at the end of the day” for 2 weeks (Sustainable pace was rated red)',
          'Pair on the hard stop with [email]',
        ],
        worth: { total: 11, shown: { yes: 6 }, merged: { keys: ['partly', 'no'], count: 5 } },
      };
      if (JSON.stringify(saved) !== JSON.stringify(expected)) throw new Error(`the file: ${JSON.stringify(saved)}`);
      await waitForText(f, '#review-vote-saved', /^Saved: worth it 6 · partly or not really 5$/);
      const kept = await f.locator('#review-action-1').inputValue();
      if (kept !== 'Pair on the hard stop with [email]') throw new Error(`the page after saving: ${kept}`);
    },
  );

  await checks.run(
    'a count that is not a whole number is refused on the page: said next to the vote, nothing sent, nothing written',
    page,
    'review-page-bad-vote',
    async () => {
      const f = frame!;
      const before = readdirSync(reviewsDir).join();
      await f.locator('#review-vote-partly').fill('-2');
      await f.locator('vscode-button[data-key="save"]').click();
      await waitForText(f, '#review-vote-error', /^Count each vote as a whole number from 0, or leave it empty\.$/);
      if ((await f.locator('#review-vote-partly').getAttribute('aria-invalid')) !== 'true')
        throw new Error('the field is not marked invalid');
      await page.waitForTimeout(1_000);
      if (await dialog(page, /Save the review/).isVisible()) throw new Error('a save was offered for a bad count');
      if (readdirSync(reviewsDir).join() !== before) throw new Error('a file was written');
      await checks.shot(page, 'review-page-bad-vote-said');
      // Corrected, the count is no longer marked and the message goes.
      await f.locator('#review-vote-partly').fill('');
      await waitForText(f, '#review-vote-error', /^$/);
      if (await f.locator('#review-vote-partly').getAttribute('aria-invalid'))
        throw new Error('the corrected field is still marked invalid');
    },
  );

  await checks.run(
    'the review page in light, dark and high contrast: axe finds nothing serious',
    page,
    'review-page-themes',
    async () => {
      await auditPage(page, 'review page (light)');
      await theme(page, 'Dark Modern');
      await auditPage(page, 'review page (dark)');
      await checks.shot(page, 'review-page-dark');
      await theme(page, 'Dark High Contrast');
      await auditPage(page, 'review page (high contrast)');
      await checks.shot(page, 'review-page-hc');
      await theme(page, 'Light Modern');
    },
  );
}
