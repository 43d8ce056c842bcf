// Mentoring across teams the way a participant meets it: the space their user settings name, read into the
// Mentoring view; Join through the palette and its steps, the exact profile previewed before it is written; the next
// round drawn (previewed), shown as "Your mentor" with why and when; verified, and a hand edit found; leaving.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { Checks } from './checks';
import { keyboardPick, palette } from './ui';
import { toast } from './teamChecks';

const CONTAINER = '[id="workbench.view.extension.pacewise-team"]';
const row = (page: Page, text: string | RegExp) => page.locator(`${CONTAINER} .monaco-list-row`, { hasText: text });
const dialog = (page: Page, text: string | RegExp) => page.locator('.monaco-dialog-box', { hasText: text });
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A space as a fresh clone has it: the default charter, two people of one team, and a file a merge damaged. */
export function writeMentorshipSpace(root: string): void {
  mkdirSync(path.join(root, 'profiles'), { recursive: true });
  writeFileSync(
    path.join(root, 'charter.json'),
    JSON.stringify({ schema: 'pacewise.charter', v: '1.0', objectives: 'Learn pacing from each other.' }),
  );
  const profile = (n: number, fields: Record<string, unknown>) =>
    writeFileSync(
      path.join(root, 'profiles', `${uuid(n)}.json`),
      JSON.stringify({ schema: 'pacewise.mentorProfile', v: '1.0', id: uuid(n), ...fields }),
    );
  profile(1, { handle: 'ana', team: 'Payments', roles: ['mentor'], offers: ['meetingLoad', 'focusTime'], capacity: 2 });
  profile(2, { handle: 'cy', team: 'Payments', roles: ['mentee'], wants: ['focusTime'] });
  writeFileSync(path.join(root, 'profiles', `${uuid(9)}.json`), '<<<<<<< HEAD\n{}');
}

async function clickOk(page: Page): Promise<void> {
  await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).click();
}

/**
 * Types into the open input box once it is the one that says `prompt` (the next step's box replaces the last one a
 * moment after Enter: typed sooner, the text lands in the box that is closing), then presses Enter.
 */
async function typeAndEnter(page: Page, text: string, prompt: string | RegExp): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-message', { hasText: prompt }).waitFor({ state: 'visible' });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

export async function mentoringChecks(checks: Checks, page: Page, space: string): Promise<void> {
  await checks.run(
    'Show Mentoring from the palette: the space the user settings name, its charter, a Join row and the damaged file listed',
    page,
    'mentoring-shown',
    async () => {
      await palette(page, 'Pacewise: Show Mentoring');
      for (const text of ['Charter', 'Join as a mentor or mentee…', '1 file ignored'])
        await row(page, text).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction((sel) => !!document.activeElement?.closest(`${sel} .monaco-list`), CONTAINER);
      await checks.shot(page, 'mentoring-shown');
    },
  );

  await checks.run(
    'Join Mentoring… from the palette: handle, a new team, Mentee, a topic; the preview shows the exact file; Write Profile writes it',
    page,
    'mentoring-join',
    async () => {
      await palette(page, 'Pacewise: Join', 'Pacewise: Join Mentoring…');
      await typeAndEnter(page, 'ben', 'A name others in the space will see');
      await keyboardPick(page, /^Another team…$/);
      await typeAndEnter(page, 'Search', 'Your team’s name');
      // Roles: Mentee is ticked already.
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mentee' }).waitFor({ state: 'visible' });
      await clickOk(page);
      // Topics wanted: filtered by typing, the row's box ticked, then OK (Enter in a multi-select accepts it as it is).
      await page.locator('.quick-input-widget .quick-input-box input').fill('meeting');
      const topic = page.locator('.quick-input-list .monaco-list-row', { hasText: 'meeting load' });
      await topic.waitFor({ state: 'visible' });
      await topic.locator('.quick-input-list-checkbox, input[type=checkbox], .monaco-custom-toggle').first().click();
      await clickOk(page);
      await typeAndEnter(page, '', 'Other topics, separated by commas');
      const preview = dialog(page, 'Join with this profile?');
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      for (const expected of ['"handle": "ben"', '"team": "Search"', '"meetingLoad"', 'Git records who commits it'])
        if (!text.includes(expected)) throw new Error(`the preview lacks ${expected}: ${text}`);
      await checks.shot(page, 'mentoring-join-preview');
      await preview.locator('.monaco-button', { hasText: 'Write Profile' }).click();
      await row(page, 'You: ben (Search)').waitFor({ state: 'visible' });
      const files = readdirSync(path.join(space, 'profiles')).map((f) =>
        readFileSync(path.join(space, 'profiles', f), 'utf8'),
      );
      if (!files.some((f) => f.includes('"handle": "ben"'))) throw new Error('no profile file for ben');
    },
  );

  await checks.run(
    'Draw the Next Mentoring Round: the preview says who and why; Write Round → "Your mentor: ana (Payments)" with the topic and next check-in',
    page,
    'mentoring-paired',
    async () => {
      await palette(page, 'Pacewise: Draw', 'Pacewise: Draw the Next Mentoring Round');
      const preview = dialog(page, /Round \d{4}-W\d\d: 1 pair\. Write it\?/);
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      if (!text.includes('ana → ben: both work on meeting load')) throw new Error(`preview: ${text}`);
      if (!text.includes('cy (mentee): nobody in another team offers these topics yet'))
        throw new Error(`preview: ${text}`);
      await preview.locator('.monaco-button', { hasText: 'Write Round' }).click();
      const mine = row(page, 'Your mentor: ana (Payments)');
      await mine.waitFor({ state: 'visible' });
      const line = (await mine.innerText()).replace(/\s+/g, ' ');
      if (!/meeting load · next check-in \S+/.test(line)) throw new Error(`row: ${line}`);
      if (readdirSync(path.join(space, 'rounds')).length !== 1) throw new Error('no round file');
      await checks.shot(page, 'mentoring-paired');
    },
  );

  await checks.run(
    'Verify Mentoring Round: the round as written is verified; a pair removed by hand is named',
    page,
    'mentoring-verify',
    async () => {
      await palette(page, 'Pacewise: Verify', 'Pacewise: Verify Mentoring Round');
      await toast(page, /is verified: it is what the rules give/);
      const [name] = readdirSync(path.join(space, 'rounds'));
      const file = path.join(space, 'rounds', name);
      const round = JSON.parse(readFileSync(file, 'utf8'));
      round.pairs = [];
      writeFileSync(file, JSON.stringify(round));
      await row(page, 'Your mentor: ana (Payments)').waitFor({ state: 'hidden', timeout: 15_000 });
      await palette(page, 'Pacewise: Verify', 'Pacewise: Verify Mentoring Round');
      const differs = dialog(page, 'differs from what the rules give');
      await differs.waitFor({ state: 'visible' });
      if (!(await differs.innerText()).includes('ana → ben is missing')) throw new Error(await differs.innerText());
      await page.keyboard.press('Escape');
      await differs.waitFor({ state: 'hidden' });
    },
  );

  await checks.run(
    'Declare a Project Peak for Your Team…: a label and its last day, the preview says what it means; the view says the team rests',
    page,
    'mentoring-peak',
    async () => {
      await palette(page, 'Pacewise: Declare', 'Pacewise: Declare a Project Peak for Your Team…');
      await typeAndEnter(page, 'release', 'What the peak is');
      const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await typeAndEnter(page, until, 'Its last day');
      const ask = dialog(page, `Declare a peak for Search until ${until}?`);
      await ask.waitFor({ state: 'visible' });
      if (!(await ask.innerText()).includes('mentors are not paired during the peak and for 2 weeks after it'))
        throw new Error(await ask.innerText());
      await ask.locator('.monaco-button', { hasText: 'Write Team File' }).click();
      const team = row(page, 'Your team: Search');
      await team.waitFor({ state: 'visible' });
      if (!(await team.innerText()).includes('in a project peak until')) throw new Error(await team.innerText());
      const files = readdirSync(path.join(space, 'teams'));
      const text = readFileSync(path.join(space, 'teams', files[0]), 'utf8');
      if (files.length !== 1 || !text.includes(`"until": "${until}"`)) throw new Error(`${files.join()}: ${text}`);
      await checks.shot(page, 'mentoring-peak');
    },
  );

  await checks.run(
    'Leave Mentoring…: the modal says git history keeps the file; Delete My Profile removes only it',
    page,
    'mentoring-leave',
    async () => {
      await palette(page, 'Pacewise: Leave', 'Pacewise: Leave Mentoring…');
      const ask = dialog(page, 'Leave mentoring and delete your profile (ben)?');
      await ask.waitFor({ state: 'visible' });
      if (!(await ask.innerText()).includes('Git history keeps the file')) throw new Error(await ask.innerText());
      await ask.locator('.monaco-button', { hasText: 'Delete My Profile' }).click();
      await row(page, 'Join as a mentor or mentee…').waitFor({ state: 'visible' });
      const left = readdirSync(path.join(space, 'profiles')).sort();
      if (left.join() !== [uuid(1), uuid(2), uuid(9)].map((u) => `${u}.json`).join()) throw new Error(left.join());
      if (!existsSync(path.join(space, 'charter.json'))) throw new Error('the charter went');
    },
  );
}
