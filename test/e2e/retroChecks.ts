// The retrospective across teams the way a participant meets it, in the two-person mentorship run: teammates' and
// another team's ratings arrive in the space by a pull (four of Payments, five of Web, two of Mobile); A (Payments)
// rates from the palette with the keyboard, which makes five for Payments; the Office Hours & Reviews view then shows
// Payments and Web with their counts and Mobile with none; the Markdown export says the same; the retrospective's
// page walks the six steps and saves the meeting's review in the space.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { localDay } from '../../src/core/days';
import { reviewWindow } from '../../src/core/rituals/quarters';
import { writeRatings } from '../fixtures/ratings';
import { Checks } from './checks';
import type { Participant } from './mentoringChecks';
import { commitAndPush, CONTAINER, dialog, userGit } from './mentoringUi';
import { pick } from './reviewChecks';
import { toast } from './teamChecks';
import { palette, tabTo, theme } from './ui';
import { audit, frameWith } from './a11y';
import { textOf, waitForText } from './reviewPageChecks';

const pane = (page: Page) =>
  page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header', { hasText: 'Office Hours & Reviews' }) });
const row = (page: Page, text: string | RegExp) => pane(page).locator('.monaco-list-row', { hasText: text });

export async function retroChecks(checks: Checks, a: Participant): Promise<void> {
  const ratingsDir = path.join(a.space, '.pacewise', 'ratings');

  await checks.run(
    'A (Payments): others’ ratings pulled; F1 Rate Your Team’s Pacing Across Teams…, six picks, Write Rating → a file in the space with the team',
    a.page,
    'retro-rated',
    async () => {
      // The run's offer setting is the default (14 days): the quarter a rating made today is for.
      const quarter = reviewWindow(localDay(Date.now()), 14).quarter;
      writeRatings(a.space, quarter, [
        ...[31, 32, 33, 34].map((n) => ({ n, light: 'green' as const, team: 'payments' })),
        ...[41, 42, 43, 44, 45].map((n) => ({
          n,
          light: 'green' as const,
          lights: { pace: 'red' as const },
          team: 'web',
        })),
        ...[51, 52].map((n) => ({ n, light: 'amber' as const, team: 'mobile' })),
      ]);
      commitAndPush(a.space, 'Ratings for the retrospective');
      userGit(a.space, 'pull', '-q', '--ff-only');
      await palette(a.page, 'Pacewise: Rate Your', 'Pacewise: Rate Your Team’s Pacing Across Teams…');
      for (const d of ['Sustainable pace', 'Work in progress', 'Meeting load', 'Fairness of workload'])
        await pick(a.page, d, 'green');
      await pick(a.page, 'Clarity of priorities', 'amber');
      await pick(a.page, 'Safety to raise concerns', 'skip');
      const modal = dialog(a.page, /Write your rating for the retrospective across teams, Q\d \d{4}/);
      await modal.waitFor({ state: 'visible' });
      const detail = await modal.innerText();
      for (const words of [
        'Team: Payments',
        'Clarity of priorities: amber',
        'no name, no date, no words',
        'Every team reads the space',
      ])
        if (!detail.includes(words)) throw new Error(`the dialog lacks "${words}": ${detail}`);
      await a.page.keyboard.press('Enter');
      await toast(a.page, /Wrote \.pacewise\/ratings\/[0-9a-f-]{36}\.json in the mentorship space\./);
      const mine = readdirSync(ratingsDir)
        .map((f) => JSON.parse(readFileSync(path.join(ratingsDir, f), 'utf8')))
        .filter((r) => r.ratings.priorities?.[0] === 'amber' && r.team === 'payments');
      if (mine.length !== 1 || 'safety' in mine[0].ratings || mine[0].quarter !== quarter)
        throw new Error(`A's rating: ${JSON.stringify(mine)}`);
    },
  );

  await checks.run(
    'the view: Payments and Web from five ratings each, Mobile and Search with no count; the export says the same',
    a.page,
    'retro-view',
    async () => {
      // Room for the section, as a person makes it: the other views of the container folded.
      for (const title of ['Team Notes', 'Mentoring', 'Notes Across Teams']) {
        const header = a.page.locator(`${CONTAINER} .pane-header[aria-expanded="true"]`, { hasText: title });
        if (await header.count()) await header.first().click();
      }
      const everyone = row(a.page, 'All office hours this week');
      if ((await everyone.getAttribute('aria-expanded')) === 'true') {
        await everyone.click();
        await a.page.keyboard.press('ArrowLeft');
      }
      const heading = row(a.page, /^Retrospective across teams: Q\d \d{4}/);
      await heading.waitFor({ state: 'visible', timeout: 20_000 });
      await a.page.waitForFunction(
        () => document.body.innerText.includes('2 of 4 teams with enough ratings'),
        undefined,
        { timeout: 20_000 },
      );
      await heading.click();
      await a.page.keyboard.press('ArrowRight');
      await row(a.page, /^Web/).waitFor({ state: 'visible' });
      // Each row as a screen reader says it (its label, then its description): VS Code draws them with no space between.
      const expected: [RegExp, string][] = [
        [/^Mobile/, 'Mobile, not enough ratings yet'],
        [/^Payments/, 'Payments, 5 ratings'],
        [/^Search/, 'Search, not enough ratings yet'],
        [/^Web/, 'Web, 5 ratings · rated red by 5+: Sustainable pace'],
      ];
      for (const [name, text] of expected) {
        const spoken = await row(a.page, name).first().getAttribute('aria-label');
        if (spoken !== text) throw new Error(`${text}: ${spoken}`);
      }
      await row(a.page, /You rated for Payments/).waitFor({ state: 'visible' });
      await checks.shot(a.page, 'retro-view');
      await palette(a.page, 'Pacewise: Export Retro', 'Pacewise: Export Retrospective Across Teams as Markdown');
      const editor = a.page.locator('.editor-group-container .monaco-editor .view-lines').first();
      await editor.waitFor({ state: 'visible', timeout: 15_000 });
      await a.page.waitForTimeout(500);
      const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
      for (const words of [
        '# Pacing retrospective across teams: Q',
        '2 of 4 teams have enough ratings to show.',
        '## Mobile',
        'Not enough ratings yet: results show from 5 ratings of the team.',
      ])
        if (!text.includes(words)) throw new Error(`export ${JSON.stringify(text.slice(0, 600))} lacks ${words}`);
      await checks.shot(a.page, 'retro-markdown');
    },
  );

  await checks.run(
    'Walk through the retrospective together… (Enter on the row): each team from five of its own, no count below; Web’s proposal and a count of hands → Save Review writes the space’s review as the modal showed',
    a.page,
    'retro-page',
    async () => {
      const reviewsDir = path.join(a.space, '.pacewise', 'reviews');
      await row(a.page, 'Walk through the retrospective together').click();
      const frame = await frameWith(a.page, 'body[data-view="review"] #review-title');
      await a.page
        .locator('.tabs-container .tab.active', { hasText: 'Retrospective Across Teams' })
        .waitFor({ state: 'visible' });
      await waitForText(frame, '#review-title', /^Pacing retrospective across teams: Q[1-4] \d{4} \(/);
      const ratings = await waitForText(frame, '#review-ratings-body', /Web\s*5 ratings, distributions only/);
      for (const words of [
        '2 of 4 teams have enough ratings to show.',
        'Mobile Not enough ratings yet: results show from 5 ratings of the team.',
        'Search Not enough ratings yet',
        'Payments 5 ratings',
      ])
        if (!ratings.includes(words)) throw new Error(`ratings lack "${words}": ${ratings}`);
      // Mobile's two ratings are nowhere: not as a count, not in a total across teams.
      if (/\b[1-4] ratings?\b|\b1[01] ratings\b/.test(ratings)) throw new Error(`a count below five: ${ratings}`);
      const proposals = await textOf(frame, '#review-proposals-body');
      if (!proposals.includes('Web — Sustainable pace: at least 5 rated it red. Proposed experiment: Hard stop'))
        throw new Error(`proposals: ${proposals}`);
      const headings = await frame.locator('#review-ratings-body h3').allInnerTexts();
      if (headings.join() !== 'Mobile,Payments,Search,Web') throw new Error(`teams: ${headings.join()}`);
      await checks.shot(a.page, 'retro-page-teams');

      await frame.locator('#review-title').click();
      await tabTo(a.page, frame, { text: 'Add as an Action' });
      await a.page.keyboard.press('Enter');
      await waitForText(frame, '#live', /^Added as action 1\.$/);
      await tabTo(a.page, frame, 'review-vote-yes');
      await a.page.keyboard.type('5');
      await tabTo(a.page, frame, { text: 'Save Review' });
      await a.page.keyboard.press('Enter');
      const modal = dialog(a.page, /Save the retrospective across teams of Q[1-4] \d{4} \(.*\)\?/);
      await modal.waitFor({ state: 'visible', timeout: 15_000 });
      const detail = (await modal.innerText()).replace(/\s+/g, ' ');
      const action = 'Web: Try “Hard stop at the end of the day” for 2 weeks (Sustainable pace was rated red)';
      for (const words of [`1. ${action}`, 'Vote: worth it 5 · partly 0 · not really 0', 'Every team reads it'])
        if (!detail.includes(words)) throw new Error(`the dialog lacks "${words}": ${detail}`);
      await a.page.keyboard.press('Enter');
      await toast(a.page, /Saved \.pacewise\/reviews\/[0-9a-f-]{36}\.json in the mentorship space\./);
      const files = readdirSync(reviewsDir);
      const saved = files.length === 1 && JSON.parse(readFileSync(path.join(reviewsDir, files[0]), 'utf8'));
      if (!saved || JSON.stringify(saved.actions) !== JSON.stringify([action]) || saved.worth?.total !== 5)
        throw new Error(`the space's reviews: ${files.join()} ${JSON.stringify(saved)}`);
      await waitForText(frame, '#review-vote-saved', /^Saved: worth it 5 · partly 0 · not really 0$/);
      await checks.shot(a.page, 'retro-page-saved');
      for (const [name, shot] of [
        ['Light Modern', 'retro-page-light'],
        ['Dark Modern', 'retro-page-dark'],
        ['Dark High Contrast', 'retro-page-hc'],
      ]) {
        await theme(a.page, name);
        for (const line of await audit(frame, `retrospective page (${name})`)) console.log(`    axe: ${line}`);
        await checks.shot(a.page, shot);
      }
      await theme(a.page, 'Light Modern');
    },
  );
}
