// Office hours the way a participant meets them: the organiser adds the rotation to the charter and pushes; A (Payments)
// pulls, finds this week's meeting in the Office Hours & Reviews view (Search, in B's declared peak, skipped), types
// the pacing challenge into the preview and shares it to the space, and after the meeting drafts a micro-lesson.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { addWeeks } from '../../src/core/mentorship/calendarWeeks';
import { isoWeek } from '../../src/core/reflection/weekly';
import { note, uuid } from '../fixtures/teamFolder';
import { audit } from './a11y';
import { Checks } from './checks';
import type { Participant } from './mentoringChecks';
import { commitAndPush, CONTAINER, userGit } from './mentoringUi';
import { noteFrame, toast } from './teamChecks';
import { palette, theme } from './ui';

const CHALLENGE = 'Reviews pile up on Fridays while new work keeps starting.';

const pane = (page: Page) =>
  page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header', { hasText: 'Office Hours & Reviews' }) });
const ritualsRow = (page: Page, text: string | RegExp) => pane(page).locator('.monaco-list-row', { hasText: text });

/** A teammate's experiment report in A's repository two weeks ago, as a pull leaves it: the challenge starts from it. */
export function seedTeamExperiment(workspace: string): void {
  const notes = path.join(workspace, '.pacewise', 'notes');
  mkdirSync(notes, { recursive: true });
  const week = addWeeks(isoWeek(Date.now()), -2);
  const report = note(41, { kind: 'experimentReport', week, template: 'limitWip', text: { keep: 'Two at a time' } });
  writeFileSync(path.join(notes, `${uuid(41)}.json`), JSON.stringify(report, null, 2));
}

export async function officeHoursChecks(checks: Checks, a: Participant): Promise<void> {
  await checks.run(
    'A: the charter’s office hours pulled; Show Office Hours: this week with Mobile, Search in its peak skipped',
    a.page,
    'office-hours-view',
    async () => {
      const week = isoWeek(Date.now());
      const charterFile = path.join(a.space, 'charter.json');
      const charter = JSON.parse(readFileSync(charterFile, 'utf8'));
      // Started last week: Mobile–Web and Payments–Search then; planned now Mobile–Payments and Search–Web.
      charter.officeHours = {
        teams: ['Payments', 'Search', 'Mobile', 'Web'],
        everyWeeks: 1,
        start: addWeeks(week, -1),
      };
      writeFileSync(charterFile, `${JSON.stringify(charter, null, 2)}\n`);
      commitAndPush(a.space, 'Office hours between four teams');
      userGit(a.space, 'pull', '-q', '--ff-only');
      await palette(a.page, 'Pacewise: Show Office', 'Pacewise: Show Office Hours');
      const thisWeek = ritualsRow(a.page, 'This week: office hours with Mobile');
      await thisWeek.waitFor({ state: 'visible', timeout: 20_000 });
      if (!(await thisWeek.innerText()).includes('prepare your pacing challenge'))
        throw new Error(await thisWeek.innerText());
      await ritualsRow(a.page, 'Last: office hours with Search').waitFor({ state: 'visible' });
      const everyone = ritualsRow(a.page, 'All office hours this week');
      await everyone.click();
      await a.page.keyboard.press('ArrowRight');
      const search = ritualsRow(a.page, /^Search/);
      await search.waitFor({ state: 'visible' });
      if (!(await search.innerText()).includes('in a project peak')) throw new Error(await search.innerText());
      await ritualsRow(a.page, 'Mobile and Payments').waitFor({ state: 'visible' });
      await checks.shot(a.page, 'office-hours-view');
    },
  );

  await checks.run(
    'A: Prepare Pacing Challenge from the palette: the preview starts from the team’s experiments, axe finds nothing serious (high contrast); Share writes one challenge to the space',
    a.page,
    'office-hours-challenge',
    async () => {
      const notes = path.join(a.space, '.pacewise', 'notes');
      const before = readdirSync(notes).length;
      await palette(a.page, 'Pacewise: Prepare Pacing', 'Pacewise: Prepare Pacing Challenge for Office Hours…');
      const note = await noteFrame(a.page);
      await note.locator('#preview-heading', { hasText: 'Prepare your pacing challenge for office hours' }).waitFor();
      const tried = await note.locator('#pf-tried').inputValue();
      if (!tried.startsWith('Experiments the team tried lately: Limit WIP')) throw new Error(`tried: ${tried}`);
      await note.locator('#pf-challenge').fill(CHALLENGE);
      await note.locator('#ps-challenge', { hasText: 'Reviews pile up' }).waitFor({ state: 'visible' });
      await theme(a.page, 'Dark High Contrast');
      for (const line of await audit(note, 'the challenge preview (high contrast)')) console.log(`    axe: ${line}`);
      await checks.shot(a.page, 'office-hours-preview-hc');
      await theme(a.page, 'Dark Modern');
      await checks.shot(a.page, 'office-hours-preview');
      await note.locator('#preview vscode-button[data-key="share"]').click();
      await toast(a.page, /Pacewise wrote \.pacewise\/notes\//);
      const after = readdirSync(notes);
      if (after.length !== before + 1) throw new Error(`notes in the space: ${after.join(', ')}`);
      const texts = after.map((f) => readFileSync(path.join(notes, f), 'utf8'));
      const file = texts.find((t) => t.includes(CHALLENGE));
      if (!file || !file.includes('"kind": "challenge"') || !file.includes('"with": "Mobile"'))
        throw new Error(`the challenge in the space: ${file}`);
      await ritualsRow(a.page, /This week: office hours with Mobile.*your pacing challenge is shared/).waitFor({
        state: 'visible',
        timeout: 20_000,
      });
      await theme(a.page, 'Light Modern');
      await checks.shot(a.page, 'office-hours-shared');
      // The README's picture of the view (copied to media/readme/ when the UI changes).
      await a.page.mouse.move(900, 600);
      const box = await pane(a.page).boundingBox();
      if (box) await checks.shot(a.page, 'readme-office-hours', { x: 0, y: box.y, width: 350, height: box.height });
    },
  );

  await checks.run(
    'A: Draft Micro-Lesson from Office Hours: a lesson draft for the space with the challenge to hand',
    a.page,
    'office-hours-lesson',
    async () => {
      await palette(a.page, 'Pacewise: Draft Micro-Lesson from', 'Pacewise: Draft Micro-Lesson from Office Hours…');
      const note = await noteFrame(a.page);
      await note.locator('#preview-heading', { hasText: 'Share a micro-lesson' }).waitFor({ state: 'visible' });
      const title = await note.locator('#pf-title').inputValue();
      if (title !== 'After office hours with Mobile') throw new Error(`title: ${title}`);
      const tried = await note.locator('#pf-tried').inputValue();
      if (tried !== CHALLENGE) throw new Error(`tried: ${tried}`);
      await checks.shot(a.page, 'office-hours-lesson');
    },
  );
}
