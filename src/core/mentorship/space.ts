import { Charter, CharterReading, parseCharter } from './charter';
import { addWeeks, isWeek, weeksBetween } from './calendarWeeks';
import { drawRound } from './pairing';
import { pairingInputs } from './pairingInputs';
import { MentorProfile, parseProfile } from './profile';
import { historyOf, parseRound, RoundFile, roundFile, Sha256 } from './round';
import { parseSpaceTeam, SpaceTeam } from './spaceTeam';
import { parseNote, TeamNote } from '../team/teamNote';

/**
 * The mentorship space as files: a git repository the participating teams share. Each side lists and reads the files
 * its own way (the extension through the workspace file system, the CLI through Node); this reads what they found.
 *
 * ```
 * README.md                written on first use
 * charter.json             the rules (charter.ts)
 * profiles/<uuidv4>.json   one per participant, written by its owner (profile.ts)
 * teams/<uuidv4>.json      a team's name and project peaks (spaceTeam.ts)
 * rounds/<week>.json       one per round (round.ts)
 * .pacewise/notes/<uuidv4>.json   questions for mentors in other teams, in the team-note format (../team/teamNote.ts)
 * ```
 */
export const SPACE_FOLDERS = ['profiles', 'teams', 'rounds'] as const;
/** Notes across teams: the same files a team's `.pacewise/` holds, so they read like a team's. */
export const SPACE_NOTES_FOLDER = '.pacewise/notes';
export const CHARTER_FILE = 'charter.json';

export interface SpaceFile {
  /** Relative to the space's root, `/`-separated. */
  path: string;
  text: string;
  bytes: number;
}

export interface SpaceProblem {
  path: string;
  problem: string;
  newer?: boolean;
}

export interface Space {
  charter: CharterReading | undefined;
  profiles: MentorProfile[];
  teams: SpaceTeam[];
  /** Oldest first. */
  rounds: RoundFile[];
  /** Notes shared with other teams (questions for now), as their files have them. */
  notes: TeamNote[];
  /** Files listed and ignored, each with why; none of them is ever rewritten. */
  problems: SpaceProblem[];
}

const UUID_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.json$/;

/** Reads the files found in a space. Names that do not fit their folder are problems; other files are not ours. */
export function loadSpace(files: readonly SpaceFile[]): Space {
  const space: Space = { charter: undefined, profiles: [], teams: [], rounds: [], notes: [], problems: [] };
  const problem = (path: string, p: { problem: string; newer?: boolean }) =>
    space.problems.push({ path, problem: p.problem, ...(p.newer ? { newer: true } : {}) });
  const handles = new Map<string, string>();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (f.path.startsWith(`${SPACE_NOTES_FOLDER}/`)) {
      const name = f.path.slice(SPACE_NOTES_FOLDER.length + 1);
      const n = UUID_FILE.test(name)
        ? parseNote(f.text, f.bytes)
        : { ok: false as const, problem: 'is not named <uuid>.json' };
      if (!n.ok) problem(f.path, n);
      else if (`${n.value.id}.json` !== name) problem(f.path, { problem: "carries another id than the file's name" });
      else space.notes.push(n.value);
      continue;
    }
    const [folder, name, ...rest] = f.path.split('/');
    if (f.path === CHARTER_FILE) {
      space.charter = parseCharter(f.text, f.bytes);
      continue;
    }
    if (!(SPACE_FOLDERS as readonly string[]).includes(folder) || name === undefined || rest.length) continue;
    if (!name.endsWith('.json')) continue;
    if (folder === 'rounds') {
      if (!isWeek(name.slice(0, -5))) {
        problem(f.path, { problem: 'is not named after a week (2026-W49.json)' });
        continue;
      }
      const r = parseRound(f.text, f.bytes);
      if (!r.ok) problem(f.path, r);
      else if (`${r.value.id}.json` !== name) problem(f.path, { problem: "names another week than the file's name" });
      else space.rounds.push(r.value);
      continue;
    }
    if (!UUID_FILE.test(name)) {
      problem(f.path, { problem: 'is not named <uuid>.json' });
      continue;
    }
    if (folder === 'profiles') {
      const p = parseProfile(f.text, f.bytes);
      if (!p.ok) problem(f.path, p);
      else if (`${p.value.id}.json` !== name) problem(f.path, { problem: "carries another id than the file's name" });
      else if (handles.has(p.value.handle.toLowerCase()))
        problem(f.path, {
          problem: `uses the handle “${p.value.handle}”, already taken by ${handles.get(p.value.handle.toLowerCase())}`,
        });
      else {
        handles.set(p.value.handle.toLowerCase(), f.path);
        space.profiles.push(p.value);
      }
    } else {
      const t = parseSpaceTeam(f.text, f.bytes);
      if (!t.ok) problem(f.path, t);
      else space.teams.push(t.value);
    }
  }
  space.rounds.sort((a, b) => (a.id < b.id ? -1 : 1));
  return space;
}

/** The charter in force, or why rounds cannot be drawn from it. */
export function usableCharter(space: Space): { ok: true; charter: Charter } | { ok: false; problems: string[] } {
  if (!space.charter) return { ok: false, problems: [`there is no ${CHARTER_FILE}`] };
  return space.charter.ok ? space.charter : { ok: false, problems: space.charter.problems };
}

/** The week the next round starts: the rotation after the last round, or this week when there is none or it is overdue. */
export function nextRoundWeek(space: Space, charter: Charter, thisWeek: string): string {
  const last = space.rounds.at(-1);
  if (!last) return thisWeek;
  const due = addWeeks(last.id, charter.rules.rotationWeeks);
  return weeksBetween(due, thisWeek) > 0 ? thisWeek : due;
}

export type DrawOutcome =
  { ok: true; round: RoundFile } | { ok: false; problem: 'charter' | 'exists'; details: string[] };

/** Draws the round starting in `week` from the space as it is. Refuses with a charter that has problems. */
export function drawSpaceRound(space: Space, week: string, sha256: Sha256): DrawOutcome {
  const charter = usableCharter(space);
  if (!charter.ok) return { ok: false, problem: 'charter', details: charter.problems };
  if (space.rounds.some((r) => r.id === week)) return { ok: false, problem: 'exists', details: [week] };
  const inputs = pairingInputs(week, charter.charter.rules, space.profiles, space.teams, space.rounds.map(historyOf));
  return { ok: true, round: roundFile(inputs, drawRound(inputs), sha256) };
}
