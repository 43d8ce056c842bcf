// Build Organisation Digest… the way a person runs it in the editor: F1, the first match for "Build Organisation",
// the list picked in the file dialog, the progress notification, then the report in an editor tab — its page under
// its own CSP, readable and clean for axe.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { makeDigestOrganisation } from '../fixtures/digestRepos';
import { audit, frameWith } from './a11y';
import { Checks } from './checks';
import { toast } from './teamChecks';
import { palette } from './ui';

export async function digestEditorChecks(checks: Checks, page: Page, root: string): Promise<void> {
  await checks.run(
    'F1 Build Organisation Digest…: the list picked in the file dialog → the report in an editor tab, axe clean',
    page,
    'digest-editor',
    async () => {
      const list = path.join(root, 'repos.txt');
      writeFileSync(list, `${makeDigestOrganisation(path.join(root, 'org')).join('\n')}\n`);
      await palette(page, 'Pacewise: Build Organisation', 'Pacewise: Build Organisation Digest…');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible' });
      await page.waitForFunction(
        () => (document.querySelector('.quick-input-widget .quick-input-box input') as HTMLInputElement | null)?.value,
      );
      const folder = `${root}/`;
      for (let i = 0; (await input.inputValue()) !== folder; i++) {
        if (i === 5) throw new Error(`the file dialog's box says ${await input.inputValue()}`);
        await input.fill(folder);
        await page.waitForTimeout(200);
      }
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'repos.txt' }).first().click();
      await toast(
        page,
        /Wrote the digest to .*pacewise-digest\. 1 repository could not be read: the report says why\./,
      );
      await page
        .locator('.tabs-container .tab.active', { hasText: 'Organisation Digest' })
        .waitFor({ state: 'visible', timeout: 30_000 });
      const frame = await frameWith(page, '#lessons-title');
      const text = await frame.locator('body').innerText();
      for (const words of ['Pacing digest', 'Payments: lead time for changes', 'Protect two focus blocks before lunch'])
        if (!text.includes(words)) throw new Error(`the report lacks "${words}"`);
      for (const line of await audit(frame, 'digest in the editor')) console.log(`    axe: ${line}`);
    },
  );
}
