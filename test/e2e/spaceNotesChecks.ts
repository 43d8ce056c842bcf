// Lessons that travel between teams, the way two participants meet it: B shares a micro-lesson with other teams
// through the team note's preview and pushes it to the space; A pulls, finds it and B's question in Notes Across
// Teams, answers the question (an annotation, through the same preview) and pushes; B pulls and reads the answer.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { isoWeek } from '../../src/core/reflection/weekly';
import { PacewiseStore } from '../../src/storage/pacewiseStore';
import { Checks } from './checks';
import type { Participant } from './mentoringChecks';
import { commitAndPush, CONTAINER, userGit } from './mentoringUi';
import { downToRow, noteFrame, toast } from './teamChecks';
import { keyboardPick, palette, theme } from './ui';

const LESSON = 'Meetings only after lunch for four weeks';
/** The lesson's title in lists: its "keep" line. */
const KEEP = 'Keep mornings meeting-free.';
const ANSWER = 'We stand up at the board and stop at 15 minutes; the rest moves to a thread.';

/** A micro-lesson in this participant's store, as a reflection leaves one (before their host starts). */
export async function seedLesson(storeDir: string): Promise<void> {
  const store = new PacewiseStore(storeDir, { onRecovery: () => undefined });
  await store.open();
  const now = Date.now();
  const lesson = {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    source: { kind: 'reflection' as const, week: isoWeek(now) },
    tried: LESSON,
    changed: 'Mornings stayed whole; fewer evenings catching up.',
    keep: KEEP,
    tell: 'Start with two days a week.',
    tags: ['meetingLoad'],
  };
  await store.update('journal', (doc) => ({
    doc: { ...doc, lessons: [...doc.lessons, lesson] },
    changed: true,
    result: undefined,
  }));
}

/** The Notes Across Teams pane, and a row of it. */
const pane = (page: Page) =>
  page.locator(`${CONTAINER} .pane`, { has: page.locator('.pane-header', { hasText: 'Notes Across Teams' }) });
const spaceRow = (page: Page, text: string | RegExp) => pane(page).locator('.monaco-list-row', { hasText: text });

const notesIn = (space: string) => readdirSync(path.join(space, '.pacewise', 'notes'));

export async function spaceNotesChecks(checks: Checks, a: Participant, b: Participant): Promise<void> {
  await checks.run(
    'B: Share Micro-Lesson with Other Teams… from the palette: the preview says it goes to the mentorship space; Share writes it to B’s clone; B pushes',
    b.page,
    'space-share-lesson',
    async () => {
      const before = notesIn(b.space).length;
      await palette(b.page, 'Pacewise: Share Micro-Lesson with', 'Pacewise: Share Micro-Lesson with Other Teams…');
      await keyboardPick(b.page, /^Keep mornings meeting-free/);
      const note = await noteFrame(b.page);
      await note.locator('#preview-heading', { hasText: 'Share a micro-lesson' }).waitFor({ state: 'visible' });
      await note
        .getByText('Written to the mentorship space “eng-mentorship”, where the other teams read it.')
        .waitFor({ state: 'visible' });
      // B names the team (a note for other teams names none unless its author writes one).
      await note.locator('#pf-team').fill('Search');
      await note.locator('#ps-team', { hasText: 'Search' }).waitFor({ state: 'visible' });
      await checks.shot(b.page, 'space-share-preview');
      await note.locator('#preview vscode-button[data-key="share"]').click();
      await toast(b.page, /Pacewise wrote \.pacewise\/notes\//);
      const after = notesIn(b.space);
      if (after.length !== before + 1) throw new Error(`notes in the space: ${after.join(', ')}`);
      const texts = after.map((f) => readFileSync(path.join(b.space, '.pacewise', 'notes', f), 'utf8'));
      if (!texts.some((t) => t.includes(LESSON) && t.includes('"team": "Search"')))
        throw new Error('the lesson (named by its team) is not in the space');
      if (existsSync(path.join(b.workspace, '.pacewise'))) throw new Error('written into the workspace');
      commitAndPush(b.space, 'Share a lesson with other teams');
    },
  );

  await checks.run(
    'A: after a pull, Show Notes Across Teams: B’s lesson and question listed; Enter on the question, Annotate, the answer previewed and shared into A’s clone',
    a.page,
    'space-answer',
    async () => {
      userGit(a.space, 'pull', '-q', '--ff-only');
      // The pane is in view beside Mentoring: the pulled lesson comes in by the file watcher alone.
      await spaceRow(a.page, KEEP).waitFor({ state: 'visible', timeout: 20_000 });
      const lessonRow = (await spaceRow(a.page, KEEP).innerText()).replace(/\s+/g, ' ');
      if (!lessonRow.includes('Search · Micro-lesson')) throw new Error(`row: ${lessonRow}`);
      await palette(a.page, 'Pacewise: Show Notes Across', 'Pacewise: Show Notes Across Teams');
      await spaceRow(a.page, 'How do you keep standups short?').waitFor({ state: 'visible' });
      await a.page.waitForFunction((sel) => !!document.activeElement?.closest(`${sel} .monaco-list`), CONTAINER);
      await downToRow(a.page, spaceRow(a.page, 'How do you keep standups short?'));
      await a.page.keyboard.press('Enter');
      let note = await noteFrame(a.page);
      await note.locator('#detail vscode-button[data-key="annotate"]').click();
      note = await noteFrame(a.page);
      await note.locator('#preview-heading', { hasText: 'Annotate a note' }).waitFor({ state: 'visible' });
      await note.locator('#pf-advice').fill(ANSWER);
      await note.locator('#ps-advice', { hasText: 'stop at 15 minutes' }).waitFor({ state: 'visible' });
      await note.locator('#preview vscode-button[data-key="share"]').click();
      await toast(a.page, /Pacewise wrote \.pacewise\/annotations\//);
      await spaceRow(a.page, /standups short.*1 annotation/).waitFor({ state: 'visible' });
      const answers = path.join(a.space, '.pacewise', 'annotations');
      const [folder] = readdirSync(answers);
      const [file] = readdirSync(path.join(answers, folder));
      if (!readFileSync(path.join(answers, folder, file), 'utf8').includes('stop at 15 minutes'))
        throw new Error('the answer is not in the space');
      await theme(a.page, 'Light Modern');
      await checks.shot(a.page, 'space-notes');
      commitAndPush(a.space, 'Answer a question from another team');
    },
  );

  await checks.run(
    'B: after a pull, the answer shows under B’s question in Notes Across Teams',
    b.page,
    'space-answer-read',
    async () => {
      userGit(b.space, 'pull', '-q', '--ff-only');
      await palette(b.page, 'Pacewise: Show Notes Across', 'Pacewise: Show Notes Across Teams');
      const question = spaceRow(b.page, /standups short.*1 annotation/);
      await question.waitFor({ state: 'visible', timeout: 20_000 });
      await question.click();
      const note = await noteFrame(b.page);
      await note.locator('#detail-annotations li', { hasText: 'stop at 15 minutes' }).waitFor({ state: 'visible' });
      await checks.shot(b.page, 'space-answer-read');
    },
  );
}
