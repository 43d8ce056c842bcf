/**
 * What the digest's three files share: the run's facts beside the cells, the words for a row of counts, and the
 * report walked team by team (each team's cells gathered once, not searched for per team). The files are written as
 * chunks in order, so 10,000 teams never become one string in memory.
 */
import type { Metric } from '../dayMetrics';
import type { SafeRow } from '../rituals/reviewResults';
import type { DigestCell, DigestCells, LeadTimeCell, ReviewCell } from './digestCells';
import { METRIC_NAMES } from './digestWords';

export const DIGEST_SCHEMA = 'pacewise.digest';

export interface Lesson {
  team: string;
  quarter: string;
  title: string;
  repo: string;
  path: string;
}

export interface DigestRun {
  read: number;
  failed: { repo: string; reason: string }[];
  /** Note and rating files that could not be read, per repository (listed, used nowhere). */
  unreadable: { repo: string; path: string; problem: string }[];
  lessons: Lesson[];
}

export interface TeamQuarter {
  quarter: string;
  cells: DigestCell[];
  lead?: LeadTimeCell;
  review?: ReviewCell;
}

/** Each team with its quarters that show something, in the report's order (teams alphabetical, quarters oldest first). */
export function* byTeam(d: DigestCells): Generator<{ team: string; quarters: TeamQuarter[]; lead: LeadTimeCell[] }> {
  const index = new Map<string, Map<string, TeamQuarter>>();
  const at = (team: string, quarter: string) => {
    let quarters = index.get(team);
    if (!quarters) index.set(team, (quarters = new Map()));
    let q = quarters.get(quarter);
    if (!q) quarters.set(quarter, (q = { quarter, cells: [] }));
    return q;
  };
  for (const c of d.cells) at(c.team, c.quarter).cells.push(c);
  for (const c of d.leadTime) at(c.team, c.quarter).lead = c;
  for (const c of d.reviews) at(c.team, c.quarter).review = c;
  for (const team of d.teams) {
    const quarters = [...(index.get(team)?.values() ?? [])].sort((a, b) => a.quarter.localeCompare(b.quarter));
    yield { team, quarters, lead: quarters.flatMap((q) => (q.lead ? [q.lead] : [])) };
  }
}

/** The chunks joined, for a caller that wants the whole text (tests, a small report). */
export const joined = (chunks: Iterable<string>): string => [...chunks].join('');

/** "lower 6 · same 0 · higher or … 5", a total alone, as the row allows. */
export function rowWords<K extends string>(row: SafeRow<K>): string {
  if (row.few) return 'too few to show';
  if (row.withheld) return `${row.total}, too few of each to show them apart`;
  const parts = row.shown.map((c) => `${c.key} ${c.count}`);
  if (row.merged) parts.push(`${row.merged.keys.join(' or ')} ${row.merged.count}`);
  return parts.join(' · ');
}

export const outcomeWords = (c: DigestCell) =>
  Object.entries(c.outcomes)
    .map(([m, row]) => `${METRIC_NAMES[m as Metric]}: ${rowWords(row!)}`)
    .join('; ') || '—';

export const unreadableWords = (n: number) =>
  `${n === 1 ? '1 file' : `${n} files`} could not be read and ${n === 1 ? 'is' : 'are'} counted nowhere (digest.json lists them).`;
