// What the Mentoring checks do the way a participant does it: the view's rows, modal dialogs, the steps of Join, and
// the user's own git in a terminal (Pacewise never commits) on a clone of a space with a bare remote.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { keyboardPick, palette } from './ui';

export const CONTAINER = '[id="workbench.view.extension.pacewise-team"]';
export const row = (page: Page, text: string | RegExp) =>
  page.locator(`${CONTAINER} .monaco-list-row`, { hasText: text });
export const dialog = (page: Page, text: string | RegExp) => page.locator('.monaco-dialog-box', { hasText: text });
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A space as its first commit has it: the default charter, a mentee, and a file a merge damaged. */
export function writeMentorshipSpace(root: string): void {
  mkdirSync(path.join(root, 'profiles'), { recursive: true });
  writeFileSync(
    path.join(root, 'charter.json'),
    JSON.stringify({ schema: 'pacewise.charter', v: '1.0', objectives: 'Learn pacing from each other.' }),
  );
  writeFileSync(
    path.join(root, 'profiles', `${uuid(2)}.json`),
    JSON.stringify({
      schema: 'pacewise.mentorProfile',
      v: '1.0',
      id: uuid(2),
      handle: 'cy',
      team: 'Payments',
      roles: ['mentee'],
      wants: ['focusTime'],
    }),
  );
  writeFileSync(path.join(root, 'profiles', `${uuid(9)}.json`), '<<<<<<< HEAD\n{}');
}

/** The user's own git in their clone, as typed in a terminal. */
export function userGit(clone: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: clone, encoding: 'utf8', stdio: 'pipe' });
}

/** A bare remote with the space's first commit, and one clone of it per participant (named by `who`). */
export function cloneSpace(remote: string, seed: string, clones: Record<string, string>): void {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  writeMentorshipSpace(seed);
  userGit(seed, 'init', '-q', '-b', 'main');
  userGit(seed, '-c', 'user.name=Org Admin', '-c', 'user.email=admin@example.com', 'add', '-A');
  userGit(seed, '-c', 'user.name=Org Admin', '-c', 'user.email=admin@example.com', 'commit', '-q', '-m', 'Space');
  userGit(seed, 'push', '-q', remote, 'main');
  for (const [who, clone] of Object.entries(clones)) {
    execFileSync('git', ['clone', '-q', remote, clone]);
    userGit(clone, 'config', 'user.name', who);
    userGit(clone, 'config', 'user.email', `${who.toLowerCase()}@example.com`);
    userGit(clone, 'config', 'commit.gpgsign', 'false');
  }
}

/** Commits everything the user's Pacewise wrote and pushes it. */
export function commitAndPush(clone: string, message: string): void {
  userGit(clone, 'add', '-A');
  userGit(clone, 'commit', '-q', '-m', message);
  userGit(clone, 'push', '-q', 'origin', 'HEAD');
}

export async function clickOk(page: Page): Promise<void> {
  await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).click();
}

/**
 * Types into the open input box once it is the one that says `prompt` (the next step's box replaces the last one a
 * moment after Enter: typed sooner, the text lands in the box that is closing), then presses Enter.
 */
export async function typeAndEnter(page: Page, text: string, prompt: string | RegExp): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-message', { hasText: prompt }).waitFor({ state: 'visible' });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Ticks or unticks a row of an open multi-select quick pick by its box (Enter would accept the pick as it is). */
async function toggleRow(page: Page, label: string): Promise<void> {
  const item = page.locator('.quick-input-list .monaco-list-row', { hasText: label });
  await item.waitFor({ state: 'visible' });
  await item.locator('.quick-input-list-checkbox, input[type=checkbox], .monaco-custom-toggle').first().click();
}

export interface Joining {
  handle: string;
  /** A team the space already has (picked), or a new one (typed after "Another team…"). */
  team: { pick: string } | { type: string };
  role: 'mentor' | 'mentee';
  /** Typed to filter the topics, then the row with this label ticked. */
  topic: { filter: string; label: string };
}

/** Join Mentoring… from the palette up to its preview (left open for the check to read). */
export async function joinUpToPreview(page: Page, j: Joining): Promise<void> {
  await palette(page, 'Pacewise: Join', 'Pacewise: Join Mentoring…');
  await typeAndEnter(page, j.handle, 'A name others in the space will see');
  if ('pick' in j.team) await keyboardPick(page, new RegExp(`^${j.team.pick}$`));
  else {
    await keyboardPick(page, /^Another team…$/);
    await typeAndEnter(page, j.team.type, 'Your team’s name');
  }
  // Roles: Mentee is ticked already.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mentee' }).waitFor({ state: 'visible' });
  if (j.role === 'mentor') {
    await toggleRow(page, 'Mentee');
    await toggleRow(page, 'Mentor');
  }
  await clickOk(page);
  await page.locator('.quick-input-widget .quick-input-box input').fill(j.topic.filter);
  await toggleRow(page, j.topic.label);
  await clickOk(page);
  await typeAndEnter(page, '', 'Other topics, separated by commas');
  if (j.role === 'mentor') await keyboardPick(page, /^2$/);
}
