// End to end: the packaged VSIX installed into the real VS Code (code-server 1.139.1), driven by playwright-core in
// Debian's Chromium the way a user would: command palette, status bar, quick picks, a window reload. Screenshots go
// to test-results/e2e/ (look at them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
  installVsix,
  launchBrowser,
  newRunDir,
  ROOT,
  startHost,
  waitForWorkbench,
  workspaceUrl,
} from '../host/codeServerHost';
import { makeGitFixture } from '../fixtures/gitRepo';
import { Checks } from './checks';

const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const STATUS = '.part.statusbar [id="pacewise.pacewise.pacewise.focus"]';
const MARKUP_INTENT = '<img src=x onerror="document.title=1"><script>document.title=2</script><b>bold</b>';

function sidebarFrame(page: Page) {
  return page
    .frameLocator('iframe.webview.ready[src*="extensionId=pacewise.pacewise"]')
    .frameLocator('iframe#active-frame');
}

async function theme(page: Page, name: string): Promise<void> {
  await palette(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-box input').fill(name);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name}$`) }) })
    .first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.waitForTimeout(800);
}

async function palette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Click the row whose label is exactly the title: Enter would take the top row, which may be a recently used
  // command that only fuzzy-matches (e.g. "Start or Pause Focus Session" for "Stop Focus Session").
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({
      has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    })
    .first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

async function statusText(page: Page): Promise<string> {
  return ((await page.locator(STATUS).textContent()) ?? '').trim();
}

async function waitForStatus(page: Page, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await statusText(page).catch(() => '');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`status bar "${text}" did not match ${pattern}`);
    await page.waitForTimeout(200);
  }
}

const PLAYBOOK_QUESTION = '<img src=x onerror="document.title=1">What would make today feel done?';
const PLAYBOOK_TERM = '<script>document.title=2</script>Deep-work hour';

async function main(): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  const pkg = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (pkg.status !== 0) throw new Error(`packaging failed:\n${pkg.stdout}${pkg.stderr}`);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `pacewise-${version}.vsix`);

  const runDir = newRunDir('e2e');
  const workspace = path.join(runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'README.md'), '# Demo project\n\nA place to focus.\n');
  // A team playbook whose texts are markup: they must show as text and run nothing.
  mkdirSync(path.join(workspace, '.pacewise'));
  writeFileSync(
    path.join(workspace, '.pacewise', 'playbook.json'),
    JSON.stringify({
      prompts: [{ id: 'disc-01', category: 'discovery', signals: ['general'], text: PLAYBOOK_QUESTION }],
      glossary: [{ term: PLAYBOOK_TERM, definition: 'Ninety minutes, <b>no</b> chat.' }],
    }),
  );
  makeGitFixture(workspace, path.join(runDir, 'remote.git')); // commits the files above
  const checks = new Checks(SHOTS);
  const installed = installVsix(vsix, runDir);
  console.log(`e2e: ${installed.split('\n').pop()}`);
  const host = await startHost({
    workspace,
    runDir,
    settings: { 'git.enabled': true, 'git.openRepositoryInParentFolders': 'never' },
  });
  const context = await launchBrowser(runDir);
  const page = await context.newPage();
  try {
    await checks.run('the workbench loads with the Pacewise status bar item', page, 'idle', async () => {
      await page.goto(workspaceUrl(host, workspace));
      await waitForWorkbench(page);
      await waitForStatus(page, /^Focus$/, 40_000);
      const label = await page.locator(STATUS).getAttribute('aria-label');
      if (!label?.includes('no focus session')) throw new Error(`aria-label was ${label}`);
    });

    await checks.run('F1 → Pacewise: Start Focus Session → the status bar counts down', page, 'running', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
      await palette(page, 'Pacewise: Start Focus Session');
      const qp = page.locator('.quick-input-widget');
      await qp.locator('.quick-input-title', { hasText: 'Start Focus Session' }).waitFor({ state: 'visible' });
      await page.keyboard.type('Write the E2E test');
      await page.keyboard.press('Enter');
      const first = await waitForStatus(page, /^2[45]:\d\d · Write the E2E test$/);
      await page.waitForTimeout(2_200);
      const later = await statusText(page);
      if (later === first) throw new Error(`the timer did not move: ${first}`);
      // A small crop for the README (copied to media/readme/ when the UI changes).
      await page.screenshot({
        path: path.join(SHOTS, 'readme-status-bar.png'),
        clip: { x: 0, y: 700, width: 520, height: 160 },
      });
    });

    await checks.run('pause from the palette shows the paused state', page, 'paused', async () => {
      await palette(page, 'Pacewise: Pause Focus Session');
      const paused = await waitForStatus(page, /^2[45]:\d\d paused · Write the E2E test$/);
      await page.waitForTimeout(1_500);
      if ((await statusText(page)) !== paused) throw new Error('a paused timer moved');
    });

    await checks.run('status bar click → Resume resumes the session', page, 'actions', async () => {
      await page.locator(STATUS).click();
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Resume' })
        .first()
        .waitFor({ state: 'visible' });
      await checks.shot(page, 'actions-quick-pick');
      await page.screenshot({
        path: path.join(SHOTS, 'readme-actions.png'),
        clip: { x: 396, y: 0, width: 610, height: 215 },
      });
      await page.keyboard.press('Enter');
      await waitForStatus(page, /^2[45]:\d\d · Write the E2E test$/);
    });

    await checks.run('Developer: Reload Window → the session is restored', page, 'restored', async () => {
      const before = await statusText(page);
      await palette(page, 'Developer: Reload Window');
      await page.waitForTimeout(1_000);
      await waitForWorkbench(page);
      const after = await waitForStatus(page, /^2[45]:\d\d · Write the E2E test$/, 40_000);
      console.log(`    before reload "${before}", after "${after}"`);
    });

    await checks.run('the tooltip shows today’s figures', page, 'tooltip', async () => {
      await page.locator(STATUS).hover();
      await page
        .locator('.monaco-hover, .workbench-hover', { hasText: 'Pacewise — today' })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
    });

    await checks.run(
      'stop from the palette returns to idle and Show Today reports the session',
      page,
      'today',
      async () => {
        await page.mouse.move(700, 300);
        await palette(page, 'Pacewise: Stop Focus Session');
        await waitForStatus(page, /^Focus$/);
        await palette(page, 'Pacewise: Show Today');
        await page
          .locator('.notifications-toasts .notification-toast', { hasText: 'Today:' })
          .first()
          .waitFor({ state: 'visible' });
        const toast = await page.locator('.notifications-toasts .notification-list-item-message').first().innerText();
        if (!/1 session \(0 completed\)/.test(toast)) throw new Error(`toast said: ${toast}`);
      },
    );

    await checks.run('the activity bar icon opens the sidebar with Now and Today', page, 'sidebar-light', async () => {
      await page.locator('.part.activitybar a.action-label[aria-label^="Pacewise"]').click();
      const frame = sidebarFrame(page);
      await frame.locator('h2', { hasText: 'Now' }).waitFor({ state: 'visible', timeout: 20_000 });
      await frame.locator('h2', { hasText: 'Today' }).waitFor({ state: 'visible' });
      await frame.locator('vscode-button', { hasText: 'Start focus' }).waitFor({ state: 'visible' });
      const facts = await frame.locator('#today-facts').innerText();
      if (!/Sessions\s+1 \(0 completed\)/.test(facts)) throw new Error(`today's facts: ${facts}`);
    });

    await checks.run(
      'Start focus in the sidebar; an intent made of markup shows as text and runs nothing',
      page,
      'sidebar-running',
      async () => {
        const frame = sidebarFrame(page);
        await frame.locator('vscode-button', { hasText: 'Start focus' }).click();
        await page
          .locator('.quick-input-widget .quick-input-title', { hasText: 'Start Focus Session' })
          .waitFor({ state: 'visible' });
        await page.locator('.quick-input-widget .quick-input-box input').fill(MARKUP_INTENT);
        await page.keyboard.press('Enter');
        await waitForStatus(page, /^2[45]:\d\d · /);
        await frame.locator('.countdown', { hasText: /^2[45]:\d\d left$/ }).waitFor({ state: 'visible' });
        const shown = await frame.locator('#intent').innerText();
        if (!shown.includes('<img src=x') || !shown.includes('</script>')) throw new Error(`intent shown as: ${shown}`);
        const injected = await frame.locator('#app img, #app script, #app b').count();
        if (injected !== 0) throw new Error(`${injected} injected elements rendered`);
        const title = await frame
          .locator('title')
          .innerText()
          .catch(() => '');
        if (title === '1' || title === '2') throw new Error('a script ran');
      },
    );

    await checks.run(
      'Pause and Stop from the sidebar drive the same timer as the status bar',
      page,
      'sidebar-paused',
      async () => {
        const frame = sidebarFrame(page);
        await frame.locator('vscode-button', { hasText: 'Pause' }).click();
        await waitForStatus(page, /paused/);
        await frame.locator('#status', { hasText: 'paused' }).waitFor({ state: 'visible' });
        await checks.shot(page, 'sidebar-paused');
        await frame.locator('vscode-button', { hasText: 'Stop' }).click();
        await waitForStatus(page, /^Focus$/);
        await frame.locator('#status', { hasText: 'No session running.' }).waitFor({ state: 'visible' });
      },
    );

    await checks.run(
      'keyboard only: Enter on a focused sidebar button takes a break, focus stays in the actions',
      page,
      'sidebar-keyboard',
      async () => {
        const frame = sidebarFrame(page);
        await frame.locator('vscode-button', { hasText: 'Take a break' }).focus();
        await page.keyboard.press('Enter');
        await waitForStatus(page, /^0[45]:\d\d break$/);
        await frame.locator('#status', { hasText: 'Break' }).waitFor({ state: 'visible' });
        const focused = await frame.locator('vscode-button:focus').innerText();
        if (!focused) throw new Error('keyboard focus was lost when the buttons changed');
        await frame.locator('vscode-button', { hasText: 'Skip break' }).focus();
        await page.keyboard.press('Enter');
        await waitForStatus(page, /^Focus$/);
      },
    );

    await checks.run(
      'keyboard-only check-in: F1, four digits and a note, Enter; Escape skips',
      page,
      'checkin',
      async () => {
        const frame = sidebarFrame(page);
        const started = Date.now();
        await palette(page, 'Pacewise: Check In');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await page.locator('.quick-input-widget', { hasText: 'energy, stress, focus' }).waitFor({ state: 'visible' });
        await page.keyboard.type('3425 long review day');
        await page.keyboard.press('Enter');
        await frame.locator('#today-facts dd', { hasText: /^1$/ }).waitFor({ state: 'visible' });
        console.log(`    check-in took ${Date.now() - started} ms from F1 to saved`);
        await palette(page, 'Pacewise: Check In');
        await input.waitFor({ state: 'visible' });
        await page.keyboard.type('34');
        await page.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden' });
        const facts = await frame.locator('#today-facts').innerText();
        if (!/Check-ins\s+1\b/.test(facts)) throw new Error(`after Escape: ${facts}`);
      },
    );

    await checks.run(
      'work in progress: add from the sidebar (markup stays text), then mark it done',
      page,
      'sidebar-wip',
      async () => {
        const frame = sidebarFrame(page);
        await frame.locator('vscode-button', { hasText: 'Add item' }).click();
        await page
          .locator('.quick-input-widget', { hasText: 'It will be linked to the current branch, main.' })
          .waitFor({ state: 'visible' });
        await page.keyboard.type('<b onmouseover="x()">Review</b> the parser');
        await page.keyboard.press('Enter');
        const row = frame.locator('#wip-list li', { hasText: '<b onmouseover="x()">Review</b> the parser' });
        await row.waitFor({ state: 'visible' });
        if ((await frame.locator('#wip-list b').count()) !== 0)
          throw new Error('markup in a WIP title rendered as HTML');
        await frame.locator('#wip-count', { hasText: '1 in progress (your limit: 3)' }).waitFor({ state: 'visible' });
        // Linked to main (the current branch); feature and old are recent branches not on the list.
        await row.locator('.meta', { hasText: 'branch main' }).waitFor({ state: 'visible' });
        await frame
          .locator('#wip-parallel', { hasText: 'Parallel work: 3 (1 on this list, 2 recent branches not on it)' })
          .waitFor({ state: 'visible' });
        await checks.shot(page, 'sidebar-wip-added');
        await row.locator('vscode-button', { hasText: 'Rename' }).click();
        const box = page.locator('.quick-input-widget', { hasText: 'Rename work item' });
        await box.waitFor({ state: 'visible' });
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type('Review the tokenizer');
        await page.keyboard.press('Enter');
        const renamed = frame.locator('#wip-list li', { hasText: 'Review the tokenizer' });
        await renamed.waitFor({ state: 'visible' });
        await renamed.locator('vscode-button', { hasText: 'Work on this' }).click();
        await renamed.locator('.meta', { hasText: 'working on it now' }).waitFor({ state: 'visible' });
        // The README's sidebar picture: Now, Today, work in progress and git.
        await page.screenshot({
          path: path.join(SHOTS, 'readme-sidebar.png'),
          clip: { x: 0, y: 36, width: 350, height: 690 },
        });
        await renamed.locator('vscode-button', { hasText: 'Done' }).click();
        await renamed.waitFor({ state: 'detached' });
        await frame.locator('#wip-empty').waitFor({ state: 'visible' });
      },
    );

    await checks.run(
      'git signals in the sidebar: uncommitted files, the unpushed branch, recent branches and the stash',
      page,
      'sidebar-git',
      async () => {
        const frame = sidebarFrame(page);
        const repo = frame.locator('#git-repos .repo', { hasText: 'workspace' });
        await repo.waitFor({ state: 'visible', timeout: 20_000 });
        const text = await repo.innerText();
        for (const expected of [/Files not committed\s+2/, /Branches not pushed\s+1 \(feature\)/, /Stashes\s+1/])
          if (!expected.test(text)) throw new Error(`git facts ${JSON.stringify(text)} lack ${expected}`);
        await repo.scrollIntoViewIfNeeded();
      },
    );

    await checks.run(
      'a pacing question on request from the team playbook (markup stays text), with why it appeared; "Not useful" clears it; the glossary opens by keyboard',
      page,
      'sidebar-prompt',
      async () => {
        const frame = sidebarFrame(page);
        await frame.locator('vscode-button', { hasText: 'Ask me a question' }).click();
        await frame
          .locator('#prompt-why', { hasText: 'Why now: You asked for a question.' })
          .waitFor({ state: 'visible' });
        // The team playbook's question (it overrides the first built-in one), shown as text.
        const question = await frame.locator('#prompt-text').innerText();
        if (question !== PLAYBOOK_QUESTION) throw new Error(`prompt: ${question}`);
        await frame.locator('#prompt-why', { hasText: 'From your team’s playbook.' }).waitFor({ state: 'visible' });
        await frame.locator('#glossary summary').focus();
        await page.keyboard.press('Enter');
        await frame.locator('#glossary dt', { hasText: 'Lead time' }).waitFor({ state: 'visible' });
        await frame.locator('#glossary dt', { hasText: PLAYBOOK_TERM }).waitFor({ state: 'visible' });
        const injected = await frame.locator('#app img, #app script, #app b').count();
        if (injected !== 0) throw new Error(`${injected} elements from playbook markup were created`);
        await checks.shot(page, 'sidebar-prompt-shown');
        await frame.locator('vscode-button', { hasText: 'Not useful' }).click();
        await frame.locator('#prompt-text').waitFor({ state: 'hidden' });
        await frame.locator('#prompt-empty').waitFor({ state: 'visible' });
      },
    );

    await checks.run('the sidebar is readable in the dark theme', page, 'sidebar-dark', async () => {
      await theme(page, 'Dark Modern');
      await sidebarFrame(page).locator('h2', { hasText: 'Today' }).waitFor({ state: 'visible' });
    });

    await checks.run('the sidebar is readable in the high-contrast theme', page, 'sidebar-high-contrast', async () => {
      await theme(page, 'Dark High Contrast');
      await sidebarFrame(page).locator('h2', { hasText: 'Today' }).waitFor({ state: 'visible' });
    });
  } finally {
    await context.close().catch(() => undefined);
    host.stop();
  }
  return checks.finish('e2e');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
