// The team folder at scale, outside VS Code: the notes read, parsed and searched the way the extension does it.
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBoard, filterNotes, LoadedNote, searchText } from '../src/core/team/teamBoard';
import { parseNote } from '../src/core/team/teamNote';
import { TEAM_READ_BATCH } from '../src/core/team/teamRecord';
import { writeManyNotes } from '../test/fixtures/teamFolder';
import { median, ms } from './benchHost';
import type { Row } from './benchInsights';

/**
 * The team folder at 5,000 notes, read the way TeamFolder reads it (stat, size check, read, parse; batches of TEAM_READ_BATCH that
 * yield between them) but through Node's fs instead of vscode.workspace.fs; then the board and a search.
 */
export async function teamFigures(row: Row): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pacewise-team-'));
  writeManyNotes(root, 5_000);
  const dir = path.join(root, '.pacewise', 'notes');
  const loadOnce = async () => {
    const started = performance.now();
    let longest = 0;
    const names = (await readdir(dir)).sort();
    const notes: LoadedNote[] = [];
    for (let i = 0; i < names.length; i += TEAM_READ_BATCH) {
      const batch = await Promise.all(
        names.slice(i, i + TEAM_READ_BATCH).map(async (name) => {
          const file = path.join(dir, name);
          await stat(file);
          return { name, text: await readFile(file, 'utf8') };
        }),
      );
      // The synchronous part of a batch is what could stall the extension host.
      const t = performance.now();
      for (const { name, text } of batch) {
        const parsed = parseNote(text);
        if (parsed.ok) notes.push({ note: parsed.value, path: name });
      }
      longest = Math.max(longest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 0));
    }
    const board = buildBoard(notes, [], new Set());
    return { ms: performance.now() - started, longest, board };
  };
  const runs = [await loadOnce(), await loadOnce(), await loadOnce()];
  const board = runs[2].board;
  row('team folder: 5,000 notes read, parsed, sorted (median of 3)', ms(median(runs.map((r) => r.ms))));
  row('  longest synchronous stretch while loading', ms(Math.max(...runs.map((r) => r.longest))), '≤ 50 ms');
  const texts = new Map(board.notes.map((n) => [n.path, searchText(n.note, (id) => id)]));
  const searches = ['calmer', 'wip t3', 'nothing matches this', 'lesson 4999'].map((query) => {
    const t = performance.now();
    filterNotes(board.notes, { query }, (e) => texts.get(e.path) ?? '');
    return performance.now() - t;
  });
  row('  search over 5,000 notes (median of 4 queries, text cached)', ms(median(searches)), '≤ 50 ms');
}
