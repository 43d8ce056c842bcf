// This week: the weekly reflection offered in the sidebar, answered with the keyboard only, and a micro-lesson drafted
// from it that survives a window reload.
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { waitForWorkbench } from '../host/codeServerHost';
import { Checks } from './checks';
import { palette, sidebarFrame } from './ui';
import { treeRow } from './wipChecks';

const ANSWER_HELPED = 'Mornings without chat <i onclick="x()">really</i>';
const ANSWER_DRAINED = 'Three reviews at once';
const ANSWER_NEXT = 'Limit WIP to 2';

export async function weekChecks(checks: Checks, page: Page, shots: string): Promise<void> {
  await checks.run(
    'the weekly reflection is offered: Now says it is ready, Open This Week shows the week’s facts from this run',
    page,
    'sidebar-week-offered',
    async () => {
      const now = await sidebarFrame(page);
      const open = now.locator('#now-week vscode-button', { hasText: 'Open This Week' });
      await open.waitFor({ state: 'visible' });
      await open.click();
      const frame = await sidebarFrame(page, 'week');
      const section = frame.locator('#week');
      await section.locator('#week-due').waitFor({ state: 'visible' });
      await section.scrollIntoViewIfNeeded();
      const facts = await frame.locator('#week-facts').innerText();
      for (const expected of [
        /Focus\s+\d+ min in 2 sessions \(0 completed\)/,
        /Check-ins\s+1 · mean energy 3, stress 4, focus 2, fairness 5 \(1–5\)/,
        /Work in progress\s+0 in progress, 2 finished, 2 added/,
        /Interruptions\s+0 \(0 urgent, 0 negotiable\)/,
      ])
        if (!expected.test(facts)) throw new Error(`week facts ${JSON.stringify(facts)} lack ${expected}`);
    },
  );

  await checks.run(
    'keyboard only: Reflect, three answers with Tab, Ctrl+Enter saves; markup in an answer stays text',
    page,
    'sidebar-week-saved',
    async () => {
      const frame = await sidebarFrame(page, 'week');
      await frame.locator('vscode-button', { hasText: 'Reflect on this week' }).focus();
      await page.keyboard.press('Enter');
      await frame.locator('#q-helped:focus').waitFor({ state: 'visible' });
      await page.keyboard.type(ANSWER_HELPED);
      await page.keyboard.press('Tab');
      await page.keyboard.type(ANSWER_DRAINED);
      await page.keyboard.press('Tab');
      await page.keyboard.type(ANSWER_NEXT);
      await page.keyboard.press('Control+Enter');
      const answers = frame.locator('#reflection-answers');
      await answers.waitFor({ state: 'visible' });
      const text = await answers.innerText();
      for (const a of [ANSWER_HELPED, ANSWER_DRAINED, ANSWER_NEXT])
        if (!text.includes(a)) throw new Error(`saved answers ${JSON.stringify(text)} lack ${a}`);
      if ((await frame.locator('#week i').count()) !== 0) throw new Error('markup in an answer rendered as HTML');
      await frame.locator('#live', { hasText: 'Reflection saved on this machine.' }).waitFor({ state: 'attached' });
      await frame.locator('#week-due').waitFor({ state: 'hidden' });
      // The README's picture of this week (copied to media/readme/ when the UI changes).
      await frame.locator('#week').screenshot({ path: path.join(shots, 'readme-week.png') });
    },
  );

  await checks.run(
    'Draft a micro-lesson: prefilled from the answers, edited, saved, and still there after a reload',
    page,
    'sidebar-week-lesson',
    async () => {
      let frame = await sidebarFrame(page, 'week');
      await frame.locator('vscode-button', { hasText: 'Draft a micro-lesson' }).click();
      await frame.locator('#l-changed:focus').waitFor({ state: 'visible' });
      const tried = await frame.locator('#l-tried').inputValue();
      const keep = await frame.locator('#l-keep').inputValue();
      if (tried !== ANSWER_NEXT || keep !== ANSWER_HELPED) throw new Error(`prefilled ${tried} / ${keep}`);
      await page.keyboard.type('Fewer reviews in flight, calmer afternoons');
      await frame.locator('#l-tags').fill('WIP, reviews');
      await frame.locator('vscode-button', { hasText: 'Save draft' }).click();
      await frame.locator('#live', { hasText: 'Micro-lesson draft saved.' }).waitFor({ state: 'attached' });
      await frame.locator('#lesson-form').scrollIntoViewIfNeeded();
      await checks.shot(page, 'sidebar-week-lesson-saved');

      await palette(page, 'Developer: Reload Window');
      await page.waitForTimeout(1_000);
      await waitForWorkbench(page);
      frame = await sidebarFrame(page, 'week', 30_000);
      // After a reload the draft waits behind the reflection's "Open micro-lesson" and in the Micro-Lessons view,
      // whose row opens it in This Week with the keyboard in its first field to write in.
      await frame.locator('#week vscode-button', { hasText: 'Open micro-lesson' }).waitFor({ state: 'visible' });
      await palette(page, 'Pacewise: Focus on Micro-Lessons View');
      const row = treeRow(page, 'Mornings without chat', 'Micro-Lessons');
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      await checks.shot(page, 'lessons-view');
      await row.click();
      await frame.locator('#lesson-form').waitFor({ state: 'visible' });
      await frame.locator('#l-changed:focus').waitFor({ state: 'visible' });
      const changed = await frame.locator('#l-changed').inputValue();
      const tags = await frame.locator('#l-tags').inputValue();
      if (changed !== 'Fewer reviews in flight, calmer afternoons' || tags !== 'wip, reviews')
        throw new Error(`after reload: ${changed} / ${tags}`);
    },
  );
}
