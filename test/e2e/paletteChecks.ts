// The command palette as a person uses it in a fresh profile: "Pacewise: " and the start of a title, then Enter on
// the first match. Commands that cannot act now are not listed at all.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { Checks } from './checks';
import { ROOT } from '../host/codeServerHost';
import { firstPaletteRow, openPalette } from './ui';

/** Every contributed command's palette label ("Pacewise: Title"), in English. */
function paletteLabels(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; title: string; category: string }[] };
  };
  const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return new Map(
    manifest.contributes.commands.map((c) => [
      c.command,
      `${c.category}: ${c.title.startsWith('%') ? nls[c.title.slice(1, -1)] : c.title}`,
    ]),
  );
}

/** What nothing can do while no session, break, experiment or work item exists (and the toggle, which has its key). */
export const HIDDEN_WHEN_IDLE = [
  'pacewise.pauseSession',
  'pacewise.resumeSession',
  'pacewise.togglePause',
  'pacewise.stopSession',
  'pacewise.extendSession',
  'pacewise.skipBreak',
  'pacewise.showExperiment',
  'pacewise.concludeExperiment',
  'pacewise.abandonExperiment',
  'pacewise.completeWipItem',
  'pacewise.parkWipItem',
  'pacewise.renameWipItem',
  'pacewise.workOnWipItem',
  'pacewise.resumeWipItem',
  'pacewise.clearTeamNotesFilter',
  // One's own mentoring profile: listed once one has joined the space.
  'pacewise.pauseMentoring',
  'pacewise.resumeMentoring',
  'pacewise.leaveMentoring',
  'pacewise.declareTeamPeak',
  'pacewise.markMentoringCheckIn',
  'pacewise.exportMentoringRecord',
  'pacewise.askMentorsAcrossTeams',
  // Notes across teams: listed once a mentorship space is connected (Clear while a search is in force).
  'pacewise.showSpaceNotes',
  'pacewise.readSpaceNotes',
  'pacewise.searchSpaceNotes',
  'pacewise.filterSpaceNotes',
  'pacewise.clearSpaceNotesFilter',
  'pacewise.shareLessonAcrossTeams',
  'pacewise.shareExperimentAcrossTeams',
  // Office hours: listed once a mentorship space is connected (Show Office Hours also with a folder: its reviews).
  'pacewise.prepareOfficeHours',
  'pacewise.draftOfficeHoursLesson',
  // The retrospective across teams: listed once a mentorship space is connected.
  'pacewise.rateQuarterAcrossTeams',
  'pacewise.exportRetroAcrossTeams',
  'pacewise.openRetroAcrossTeams',
];

/** Commands of a view's context menu only, never in the palette. */
export const VIEW_ONLY = [
  'pacewise.moveWipItemUp',
  'pacewise.moveWipItemDown',
  'pacewise.editLesson',
  'pacewise.openTeamNote',
  'pacewise.annotateTeamNote',
  'pacewise.adoptTeamNote',
  'pacewise.editTeamNote',
  'pacewise.continueShareDraft',
  'pacewise.discardShareDraft',
  'pacewise.shareNoteAcrossTeams',
];

/** The shortest start of `label`, in whole words, that no other label starts with ("Pacewise: Show Today"). */
export function shortestPrefix(label: string, others: string[]): string {
  const words = label.split(' ');
  for (let n = 2; n <= words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (!others.some((o) => o.startsWith(prefix))) return prefix;
  }
  return label;
}

async function typed(page: Page, text: string, expected: string, timeout = 4_000): Promise<string | undefined> {
  await openPalette(page, text);
  const top = await firstPaletteRow(page, expected, timeout);
  await page.keyboard.press('Escape');
  return top;
}

export async function paletteChecks(checks: Checks, page: Page): Promise<void> {
  const labels = paletteLabels();
  const notListed = [...HIDDEN_WHEN_IDLE, ...VIEW_ONLY];
  const visible = [...labels].filter(([id]) => !notListed.includes(id)).map(([, label]) => label);

  await checks.run(
    'palette, idle: Resume, Stop, Skip Break, Conclude … are not listed, nor the WIP view’s Move Up / Down',
    page,
    'palette-hidden',
    async () => {
      const listed: string[] = [];
      for (const id of notListed) {
        const label = labels.get(id)!;
        if ((await typed(page, label, label, 1_500)) !== undefined) listed.push(label);
      }
      if (listed.length) throw new Error(`listed although they cannot act now: ${listed.join(', ')}`);
    },
  );

  await checks.run(
    'palette, fresh profile: "Pacewise: " + the start of each title ranks that command first',
    page,
    'palette-prefixes',
    async () => {
      const wrong: string[] = [];
      for (const label of visible) {
        const others = visible.filter((l) => l !== label);
        for (const text of new Set([shortestPrefix(label, others), label])) {
          const top = await typed(page, text, label);
          if (top !== label) wrong.push(`"${text}" → ${top === undefined ? 'not listed' : `"${top}" first`}`);
        }
      }
      if (wrong.length) throw new Error(wrong.join('\n'));
      console.log(`    ${visible.length} commands, each first for its shortest prefix and its whole title`);
    },
  );
}
