// What every E2E check uses to drive the workbench the way a user does: the palette, the status bar, the sidebar.
import type { Page } from 'playwright-core';

export const STATUS = '.part.statusbar [id="pacewise.pacewise.pacewise.focus"]';

/**
 * The Pacewise sidebar's document (the webview's inner frame). It is the first Pacewise webview created; the Team
 * notes view's comes later (see teamChecks.ts).
 */
export function sidebarFrame(page: Page) {
  return page
    .frameLocator('iframe.webview.ready[src*="extensionId=pacewise.pacewise"]')
    .first()
    .frameLocator('iframe#active-frame');
}

/** Clicks the open quick pick's first row whose label matches (Enter would take whatever row is on top). */
export async function pickRow(page: Page, label: RegExp): Promise<void> {
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

export async function theme(page: Page, name: string): Promise<void> {
  await palette(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-box input').fill(name);
  await pickRow(page, new RegExp(`^${name}$`));
  await page.waitForTimeout(800);
}

export async function palette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // The row whose label is exactly the title: the top row may be a recently used command that only fuzzy-matches
  // (e.g. "Start or Pause Focus Session" for "Stop Focus Session").
  await pickRow(page, new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

export async function statusText(page: Page): Promise<string> {
  return ((await page.locator(STATUS).textContent()) ?? '').trim();
}

export async function waitForStatus(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await statusText(page).catch(() => '');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`status bar "${text}" did not match ${pattern}`);
    await page.waitForTimeout(200);
  }
}
