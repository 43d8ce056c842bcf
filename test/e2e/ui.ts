// What every E2E check uses to drive the workbench the way a user does: the palette, the status bar, the sidebar.
import type { Frame, Locator, Page } from 'playwright-core';
import { frameWith } from './a11y';

export const STATUS = '.part.statusbar [id="pacewise.pacewise.pacewise.focus"]';

/** The names the sidebar's webview views have in the container (their `data-part`). */
export const PART_VIEW = { now: 'Now', experiment: 'Experiment', week: 'This Week' } as const;
type Part = keyof typeof PART_VIEW;

/**
 * One of the sidebar's webview documents (the view's inner frame), found by its part: Now, Experiment or This week.
 * Its view must be open — a collapsed view has no document yet (`openView`).
 */
export function sidebarFrame(page: Page, part: Part = 'now', timeout = 20_000): Promise<Frame> {
  return frameWith(page, `body[data-view="sidebar"][data-part="${part}"] #app:not([aria-busy])`, timeout);
}

/** Opens a sidebar view the way a user does from the keyboard: "Pacewise: Focus on <name> View" in the palette. */
export async function openView(page: Page, part: Part): Promise<Frame> {
  await palette(page, `Pacewise: Focus on ${PART_VIEW[part]} View`);
  return sidebarFrame(page, part);
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

/**
 * F1, then types as a person does and presses Enter on the first match. `typed` may be the start of a title
 * ("Pacewise: Stop"); the first row must then be `expected`, or the check fails — Enter would run whatever is on top.
 */
export async function palette(page: Page, typed: string, expected = typed): Promise<void> {
  const input = await openPalette(page, typed);
  const top = await firstPaletteRow(page, expected);
  // VS Code's own commands are ordered by VS Code ("Browse Color Themes…" before "Color Theme"): arrow down to the
  // row, as a keyboard user does. Pacewise's must be first.
  if (!expected.startsWith('Pacewise:') && top !== undefined)
    await keyboardPick(page, new RegExp(`^${escapeRegExp(expected)}$`));
  else if (top !== expected) {
    const value = await input.inputValue();
    const rows = await page
      .locator('.quick-input-list .monaco-list-row')
      .evaluateAll((els) => els.slice(0, 6).map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    await page.keyboard.press('Escape');
    throw new Error(
      `typing "${typed}" (the box held "${value}") put "${top}" first, not "${expected}": ${JSON.stringify(rows)}`,
    );
  } else await page.keyboard.press('Enter');
  // What is typed next belongs to the command (its own input, the editor), never to the closing palette.
  await page
    .locator('.quick-input-widget input[placeholder="Type the name of a command to run."]')
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
}

/**
 * F1 and the text typed into the palette once it has the focus (a webview or the walkthrough can hold it a moment
 * longer); typed once more if keystrokes went elsewhere meanwhile. Returns the palette's input.
 */
export async function openPalette(page: Page, typed: string) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input:focus').waitFor({ state: 'visible' });
    await page.keyboard.type(typed);
    if ((await input.inputValue()) === `>${typed}` || attempt === 1) return input;
    await page.keyboard.press('Escape');
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The label of the open palette's first row once the row `expected` has appeared (the list follows the typing a
 * moment later); undefined when `expected` is not listed within `timeout`.
 */
export async function firstPaletteRow(page: Page, expected: string, timeout = 10_000): Promise<string | undefined> {
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const wanted = rows.filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(expected)}$`) }),
  });
  const shown = await wanted
    .first()
    .waitFor({ state: 'visible', timeout })
    .then(() => true)
    .catch(() => false);
  if (!shown) return undefined;
  // The list follows the keystrokes: it may still show an earlier prefix's matches. Read the top row once it holds.
  const first = page.locator('.quick-input-list .monaco-list-row[data-index="0"] .label-name').first();
  const read = async () => ((await first.textContent()) ?? '').trim();
  let top = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const again = await read();
    if (again === top) break;
    top = again;
  }
  return top;
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

/** Keyboard only: moves down the open quick pick until the focused row's label matches, then presses Enter. */
export async function keyboardPick(page: Page, label: RegExp, maxRows = 30): Promise<void> {
  const focused = page.locator('.quick-input-list .monaco-list-row.focused .label-name').first();
  await focused.waitFor({ state: 'visible' });
  for (let i = 0; i < maxRows; i++) {
    if (label.test(((await focused.textContent()) ?? '').trim())) return page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no quick pick row matched ${label}`);
}

/** Keyboard only: F1, the title typed, Enter on the row that is exactly that command. */
export async function keyboardPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await keyboardPick(page, new RegExp(`^${escapeRegExp(title)}$`));
}

/**
 * Keyboard only: presses Tab until the focused element inside `frame` has the id (or shows the text); returns how
 * many presses it took.
 */
export async function tabTo(page: Page, frame: Frame, target: string | { text: string }, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const [id, text] = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return [el?.id ?? '', el?.innerText?.trim() ?? ''];
    });
    if (typeof target === 'string' ? id === target : text === target.text) return i;
  }
  throw new Error(`Tab never reached ${typeof target === 'string' ? `#${target}` : `"${target.text}"`}`);
}

/** The open quick input's value once it equals `expected` (VS Code fills it a moment after the box shows). */
export async function inputValue(page: Page, expected: string, timeout = 5_000): Promise<string> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const deadline = Date.now() + timeout;
  let value = await input.inputValue();
  while (value !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    value = await input.inputValue();
  }
  return value;
}

/**
 * Hovers `target` until `tooltip` shows, as a person moves the pointer away and back when a tooltip does not come:
 * VS Code shows a hover only on a pointer move, and a row or item that moved under a resting pointer gets none.
 */
export async function hoverFor(page: Page, target: Locator, tooltip: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(700, 300);
    await target.hover();
    const shown = await tooltip
      .first()
      .waitFor({ state: 'visible', timeout: 4_000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) return;
    if (attempt === attempts) throw new Error(`no tooltip after ${attempts} hovers: ${tooltip.toString()}`);
  }
}
