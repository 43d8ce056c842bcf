// Mentoring across teams the way two participants meet it, each in their own VS Code with their own clone of the
// space (one bare remote between them): A joins as a mentor and pushes; B pulls, joins as a mentee of another team,
// draws the round (previewed), verifies it and pushes; A pulls and sees the pair and why. Then B's check-in is due:
// at a session's end one reminder, Mark as Held… with a note to self; a hand edit is found; a peak; leaving.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { Checks } from './checks';
import { hoverFor, keyboardPick, palette, theme } from './ui';
import { toast } from './teamChecks';
import { commitAndPush, CONTAINER, dialog, joinUpToPreview, row, typeAndEnter, userGit, uuid } from './mentoringUi';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { transition } from '../../src/core/focus/timer';
import { DEFAULT_SETTINGS } from '../../src/core/userSettings';

const QUESTION = 'How do you keep standups short? dana@example.com says ours run 40 minutes.';

export interface Participant {
  page: Page;
  /** Their clone of the space, which their user settings name. */
  space: string;
  /** Their Pacewise store (personal data). */
  storeDir: string;
  /** The project folder their window has open (not a git repository). */
  workspace: string;
}

/** A focus session that started a minute ago in this participant's store: it ends a few seconds from now. */
async function sessionEndingNow(storeDir: string): Promise<void> {
  const store = new PacewiseStore(storeDir, { onRecovery: () => undefined });
  await store.open();
  const ctx = { now: Date.now() - 55_000, settings: DEFAULT_SETTINGS, newId: () => randomUUID() };
  await store.updateTimer((doc) => {
    const r = transition(doc, { type: 'start', intent: 'Review', minutes: 1 }, ctx);
    return { doc: r.doc, changed: true, result: undefined };
  });
}

const profileTexts = (space: string) =>
  readdirSync(path.join(space, 'profiles')).map((f) => readFileSync(path.join(space, 'profiles', f), 'utf8'));

export async function mentoringChecks(checks: Checks, a: Participant, b: Participant): Promise<void> {
  await checks.run(
    'A: Show Mentoring from the palette: the space the user settings name, its charter, a Join row and the damaged file listed',
    a.page,
    'mentoring-shown',
    async () => {
      await palette(a.page, 'Pacewise: Show Mentoring');
      for (const text of ['Charter', 'Join as a mentor or mentee…', '1 file ignored'])
        await row(a.page, text).first().waitFor({ state: 'visible', timeout: 30_000 });
      await a.page.waitForFunction((sel) => !!document.activeElement?.closest(`${sel} .monaco-list`), CONTAINER);
    },
  );

  await checks.run(
    'A: Join Mentoring… as a mentor of Payments offering meeting load, capacity 2; the preview shows the file; A commits and pushes',
    a.page,
    'mentoring-join-mentor',
    async () => {
      await joinUpToPreview(a.page, {
        handle: 'ana',
        team: { pick: 'Payments' },
        role: 'mentor',
        topic: { filter: 'meeting', label: 'meeting load' },
      });
      const preview = dialog(a.page, 'Join with this profile?');
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      for (const expected of [
        '"handle": "ana"',
        '"roles": [\n    "mentor"',
        '"capacity": 2',
        'Git records who commits it',
      ])
        if (!text.includes(expected)) throw new Error(`the preview lacks ${expected}: ${text}`);
      await preview.locator('.monaco-button', { hasText: 'Write Profile' }).click();
      await row(a.page, 'You: ana (Payments)').waitFor({ state: 'visible' });
      if (!profileTexts(a.space).some((f) => f.includes('"handle": "ana"'))) throw new Error('no profile file for ana');
      commitAndPush(a.space, 'Join as a mentor');
    },
  );

  await checks.run(
    'B: after a pull, Join Mentoring… as a mentee of a new team (Search) wanting meeting load; Write Profile writes it',
    b.page,
    'mentoring-join',
    async () => {
      userGit(b.space, 'pull', '-q', '--ff-only');
      await palette(b.page, 'Pacewise: Show Mentoring');
      await row(b.page, 'Join as a mentor or mentee…').waitFor({ state: 'visible', timeout: 30_000 });
      await joinUpToPreview(b.page, {
        handle: 'ben',
        team: { type: 'Search' },
        role: 'mentee',
        topic: { filter: 'meeting', label: 'meeting load' },
      });
      const preview = dialog(b.page, 'Join with this profile?');
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      for (const expected of ['"handle": "ben"', '"team": "Search"', '"meetingLoad"', 'Git records who commits it'])
        if (!text.includes(expected)) throw new Error(`the preview lacks ${expected}: ${text}`);
      await checks.shot(b.page, 'mentoring-join-preview');
      await preview.locator('.monaco-button', { hasText: 'Write Profile' }).click();
      await row(b.page, 'You: ben (Search)').waitFor({ state: 'visible' });
    },
  );

  await checks.run(
    'B: Ask Mentors a Question… → Mentors in other teams → meeting load → the text; the preview shows the file with the email replaced',
    b.page,
    'mentoring-ask',
    async () => {
      await palette(b.page, 'Pacewise: Ask Mentors a', 'Pacewise: Ask Mentors a Question…');
      await keyboardPick(b.page, /^Mentors in other teams$/);
      await keyboardPick(b.page, /^meeting load$/);
      await typeAndEnter(b.page, QUESTION, 'Names, emails, branches and repository names are replaced');
      const preview = dialog(b.page, 'Ask mentors in other teams about meeting load?');
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      if (!text.includes('"kind": "question"') || !text.includes('"meetingLoad"')) throw new Error(text);
      if (!/Replaced before writing: dana@example\.com → /.test(text)) throw new Error(text);
      if (text.split('Replaced before writing')[0].includes('dana@example.com'))
        throw new Error(`not replaced: ${text}`);
      await checks.shot(b.page, 'mentoring-ask-preview');
      await preview.locator('.monaco-button', { hasText: 'Write Question' }).click();
      await toast(b.page, /Question written to the mentorship space/);
      const [file] = readdirSync(path.join(b.space, '.pacewise', 'notes'));
      const note = readFileSync(path.join(b.space, '.pacewise', 'notes', file), 'utf8');
      if (note.includes('dana@') || note.includes('ben')) throw new Error(note);
    },
  );

  await checks.run(
    'B: Draw the Next Mentoring Round: the preview says who and why; Write Round → "Your mentor: ana (Payments)", check-in due this week',
    b.page,
    'mentoring-paired',
    async () => {
      await palette(b.page, 'Pacewise: Draw', 'Pacewise: Draw the Next Mentoring Round');
      const preview = dialog(b.page, /Round \d{4}-W\d\d: 1 pair\. Write it\?/);
      await preview.waitFor({ state: 'visible' });
      const text = await preview.innerText();
      if (!text.includes('ana → ben: both work on meeting load')) throw new Error(`preview: ${text}`);
      if (!text.includes('cy (mentee): nobody in another team offers these topics yet'))
        throw new Error(`preview: ${text}`);
      await preview.locator('.monaco-button', { hasText: 'Write Round' }).click();
      const mine = row(b.page, 'Your mentor: ana (Payments)');
      await mine.waitFor({ state: 'visible' });
      const line = (await mine.innerText()).replace(/\s+/g, ' ');
      if (!line.includes('meeting load · check-in due this week')) throw new Error(`row: ${line}`);
      if (readdirSync(path.join(b.space, 'rounds')).length !== 1) throw new Error('no round file');
    },
  );

  await checks.run(
    'B: Verify Mentoring Round says it is what the rules give; B commits and pushes the round',
    b.page,
    'mentoring-verified',
    async () => {
      await palette(b.page, 'Pacewise: Verify', 'Pacewise: Verify Mentoring Round');
      await toast(b.page, /is verified: it is what the rules give/);
      commitAndPush(b.space, 'Join as a mentee; draw the round');
    },
  );

  await checks.run(
    'A: after a pull, "You mentor ben (Search)" with the topic, the check-in due this week and the reason; B\'s question under "For you" (dark theme)',
    a.page,
    'mentoring-mentor-dark',
    async () => {
      userGit(a.space, 'pull', '-q', '--ff-only');
      const mine = row(a.page, 'You mentor ben (Search)');
      await mine.waitFor({ state: 'visible', timeout: 20_000 });
      const line = (await mine.innerText()).replace(/\s+/g, ' ');
      if (!line.includes('meeting load · check-in due this week')) throw new Error(`row: ${line}`);
      // B's question reached A's "For you" with the pull.
      await row(a.page, /For you.*1 question from another team/).waitFor({ state: 'visible' });
      // In Mentoring (first) and in Notes Across Teams below it.
      await row(a.page, 'How do you keep standups short?').first().waitFor({ state: 'visible' });
      const hover = a.page.locator('.monaco-hover, .custom-hover, .workbench-hover', {
        hasText: 'both work on meeting load',
      });
      await hoverFor(a.page, mine, hover);
      await theme(a.page, 'Dark Modern');
      await checks.shot(a.page, 'mentoring-mentor-dark');
    },
  );

  await checks.run(
    'B: a session ends → one reminder of the check-in due this week; Mark as Held… with a note to self → next check-in, the note under the pair (high contrast)',
    b.page,
    'mentoring-checkin',
    async () => {
      await sessionEndingNow(b.storeDir);
      const reminder = b.page.locator('.notifications-toasts .notification-toast', {
        hasText: 'A short mentoring check-in with ana (Payments) is due this week',
      });
      await reminder.waitFor({ state: 'visible', timeout: 90_000 });
      await reminder.locator('.monaco-button', { hasText: 'Mark as Held…' }).click();
      await typeAndEnter(b.page, 'Try a no-meeting morning on Tuesdays', 'A note to yourself, if you like');
      await toast(b.page, /Check-in marked held\. The next one is due/);
      const mine = row(b.page, 'Your mentor: ana (Payments)');
      const line = (await mine.innerText()).replace(/\s+/g, ' ');
      if (!/meeting load · next check-in \S+/.test(line)) throw new Error(`row: ${line}`);
      await mine.click();
      await b.page.keyboard.press('ArrowRight');
      await row(b.page, 'Try a no-meeting morning on Tuesdays').waitFor({ state: 'visible' });
      const local = await new PacewiseStore(b.storeDir, { onRecovery: () => undefined }).read('mentoring');
      if (local.checkIns.length !== 1 || local.checkIns[0].note !== 'Try a no-meeting morning on Tuesdays')
        throw new Error(JSON.stringify(local));
      if (JSON.stringify(readdirSync(b.space, { recursive: true })).includes('Tuesdays'))
        throw new Error('the note reached the space');
      if (userGit(b.space, 'status', '--porcelain').trim()) throw new Error('the check-in wrote to the space');
      await theme(b.page, 'Dark High Contrast');
      await checks.shot(b.page, 'mentoring-checkin-hc');
      await theme(b.page, 'Light Modern');
    },
  );

  await checks.run(
    'B: Export My Mentoring Record from the palette: an untitled Markdown tab with the round, the topic, why, and the note',
    b.page,
    'mentoring-record',
    async () => {
      await palette(b.page, 'Pacewise: Export My', 'Pacewise: Export My Mentoring Record');
      const editor = b.page.locator('.editor-instance .view-lines');
      for (const text of [
        'My mentoring record',
        'Rounds you were mentored',
        'Why this pair: both work on meeting load',
        // Strings, not patterns: the editor draws spaces as no-break spaces, which only a string match normalises.
        'Try a no-meeting morning on Tuesdays',
      ])
        await editor.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 });
      await checks.shot(b.page, 'mentoring-record');
      await palette(b.page, 'View: Revert and Close Editor');
    },
  );

  await checks.run(
    'B: a pair removed from the round by hand: the view marks the round, and Verify names what differs',
    b.page,
    'mentoring-verify',
    async () => {
      const [name] = readdirSync(path.join(b.space, 'rounds'));
      const file = path.join(b.space, 'rounds', name);
      const round = JSON.parse(readFileSync(file, 'utf8'));
      round.pairs = [];
      writeFileSync(file, JSON.stringify(round));
      await row(b.page, 'Your mentor: ana (Payments)').waitFor({ state: 'hidden', timeout: 15_000 });
      await row(b.page, /0 pairs · differs from the rules/).waitFor({ state: 'visible' });
      await palette(b.page, 'Pacewise: Verify', 'Pacewise: Verify Mentoring Round');
      const differs = dialog(b.page, 'differs from what the rules give');
      await differs.waitFor({ state: 'visible' });
      if (!(await differs.innerText()).includes('ana → ben is missing')) throw new Error(await differs.innerText());
      await b.page.keyboard.press('Escape');
      await differs.waitFor({ state: 'hidden' });
      userGit(b.space, 'checkout', '--', '.');
    },
  );

  await checks.run(
    'B: Declare a Project Peak for Your Team…: a label and its last day, the preview says what it means; the view says the team rests',
    b.page,
    'mentoring-peak',
    async () => {
      const page = b.page;
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
      const files = readdirSync(path.join(b.space, 'teams'));
      const text = readFileSync(path.join(b.space, 'teams', files[0]), 'utf8');
      if (files.length !== 1 || !text.includes(`"until": "${until}"`)) throw new Error(`${files.join()}: ${text}`);
      await checks.shot(page, 'mentoring-peak');
    },
  );

  await checks.run(
    'B: Leave Mentoring…: the modal says git history keeps the file; Delete My Profile removes only it',
    b.page,
    'mentoring-leave',
    async () => {
      const before = readdirSync(path.join(b.space, 'profiles')).sort();
      await palette(b.page, 'Pacewise: Leave', 'Pacewise: Leave Mentoring…');
      const ask = dialog(b.page, 'Leave mentoring and delete your profile (ben)?');
      await ask.waitFor({ state: 'visible' });
      if (!(await ask.innerText()).includes('Git history keeps the file')) throw new Error(await ask.innerText());
      await ask.locator('.monaco-button', { hasText: 'Delete My Profile' }).click();
      await row(b.page, 'Join as a mentor or mentee…').waitFor({ state: 'visible' });
      const left = readdirSync(path.join(b.space, 'profiles')).sort();
      const gone = before.filter((f) => !left.includes(f));
      if (gone.length !== 1 || left.length !== before.length - 1) throw new Error(`${before.join()} → ${left.join()}`);
      if (!left.includes(`${uuid(2)}.json`) || !left.includes(`${uuid(9)}.json`)) throw new Error(left.join());
      if (!profileTexts(b.space).some((f) => f.includes('"handle": "ana"'))) throw new Error("ana's profile went");
    },
  );
}
