// The organisation digest's page the way its reader meets it: `pacewise-digest` over a small organisation made of real
// git repositories, then index.html opened from disk in Chromium — light and dark — with no request leaving the page,
// no console error, axe finding nothing serious, the lessons searched from the keyboard, and screenshots to look at.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { main } from '../../src/cli/digest';
import { makeDigestOrganisation } from '../fixtures/digestRepos';
import { audit } from './a11y';
import { Checks } from './checks';

export async function digestChecks(checks: Checks, context: BrowserContext, root: string): Promise<void> {
  const out = path.join(root, 'digest');
  const page = await context.newPage();
  await checks.run(
    'pacewise-digest over three repositories and a missing one writes the report',
    page,
    'digest-cli',
    async () => {
      const repos = makeDigestOrganisation(path.join(root, 'org'));
      let said = '';
      const code = await main(
        [...repos, '--out', out, '--cache', path.join(root, 'cache')],
        (l) => (said += `${l}\n`),
        () => undefined,
      );
      if (code !== 0 || !/3 repositories read, 1 not/.test(said)) throw new Error(`exit ${code}: ${said}`);
    },
  );
  for (const scheme of ['light', 'dark'] as const) {
    await checks.run(
      `index.html in Chromium (${scheme}): nothing requested, no console error, axe clean, the lessons searched from the keyboard`,
      page,
      `digest-page-${scheme}`,
      async () => {
        await page.emulateMedia({ colorScheme: scheme });
        const requests: string[] = [];
        const errors: string[] = [];
        const url = pathToFileURL(path.join(out, 'index.html')).href;
        page.on('request', (r) => r.url() !== url && requests.push(r.url()));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url);
        const text = await page.locator('body').innerText();
        for (const words of [
          'Pacing digest',
          '3 repositories read, 1 could not be read',
          'Payments',
          'In 2026-Q4, half of the 5 changes merged by Payments',
          'Protect two focus blocks before lunch',
          'no such folder',
        ])
          if (!text.includes(words)) throw new Error(`the page lacks "${words}"`);
        if (/Search|Hard stop|Re-prioritise|Batch messages/.test(text.replace('Search the lessons', '')))
          throw new Error('a hidden cell or team shows');
        const headings = await page.locator('h2').allInnerTexts();
        if (headings.slice(0, 2).join() !== 'Payments,Web') throw new Error(`teams: ${headings.join()}`);
        for (const line of await audit(page.mainFrame(), `digest page (${scheme})`)) console.log(`    axe: ${line}`);
        await page.screenshot({ path: path.join(checks.shots, `digest-page-${scheme}-full.png`), fullPage: true });
        await page.locator('#lesson-search').focus();
        await page.keyboard.type('calendar');
        await page.waitForFunction(
          () => document.getElementById('lesson-count')?.textContent === '1 of 3 lessons shown',
        );
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        if (requests.length || errors.length) throw new Error(`requests ${requests.join()} errors ${errors.join()}`);
      },
    );
  }
  await page.close();
}
