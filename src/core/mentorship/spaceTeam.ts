import { Parsed, sanitizeText } from '../commandArgs';
import { isObject, isUuid, readRecord, RecordProblem, unknownFields } from '../team/teamRecord';
import { addDays, isCalendarDate } from './calendarWeeks';
import { checkName, teamKey } from './profile';

/**
 * A team's file in the space (`teams/<uuidv4>.json`): its name and the project peaks it declares ("release until
 * 12 March"). Its mentors rest during a peak and for the charter's cooling-off weeks after it. Any member may write
 * one; two files for one team both count (their peaks are joined), so nobody has to edit another's file.
 */
export const TEAM_SCHEMA = 'pacewise.team';
export const TEAM_MAJOR = 1;
export const MAX_PEAKS = 12;
export const MAX_PEAK_LABEL = 80;

export interface ProjectPeak {
  label: string;
  /** First day of the peak; absent means "already under way". */
  from?: string;
  /** Last day of the peak. */
  until: string;
}

export interface SpaceTeam {
  id: string;
  v: string;
  name: string;
  peaks: ProjectPeak[];
  unknown: Record<string, unknown>;
}

const KNOWN = new Set(['schema', 'v', 'id', 'name', 'peaks']);

export function parseSpaceTeam(raw: string, bytes = raw.length): Parsed<SpaceTeam> & Partial<RecordProblem> {
  const header = readRecord(raw, bytes, TEAM_SCHEMA, TEAM_MAJOR, 'team file');
  if (!header.ok) return header;
  const { data, v } = header.value;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isUuid(data.id)) return fail('has no valid id');
  const name = checkName(data.name, 'team');
  if (!name.ok) return fail(name.problem);
  const peaks: ProjectPeak[] = [];
  if (data.peaks !== undefined) {
    if (!Array.isArray(data.peaks) || data.peaks.length > MAX_PEAKS)
      return fail(`peaks must be a list of at most ${MAX_PEAKS}`);
    for (const p of data.peaks) {
      if (!isObject(p) || !isCalendarDate(p.until)) return fail('each peak needs until (YYYY-MM-DD)');
      if (p.from !== undefined && (!isCalendarDate(p.from) || p.from > p.until))
        return fail('a peak starts (from, YYYY-MM-DD) on or before it ends');
      const label = typeof p.label === 'string' ? sanitizeText(p.label) : '';
      if (p.label !== undefined && (typeof p.label !== 'string' || Array.from(label).length > MAX_PEAK_LABEL))
        return fail(`a peak's label is text of at most ${MAX_PEAK_LABEL} characters`);
      peaks.push({ label, until: p.until, ...(p.from !== undefined ? { from: p.from as string } : {}) });
    }
  }
  return { ok: true, value: { id: data.id, v, name: name.value, peaks, unknown: unknownFields(data, KNOWN) } };
}

/** Why a team's mentors rest on `date`, if they do: in a peak, or cooling off after one. */
export type TeamRest = { kind: 'peak'; peak: ProjectPeak } | { kind: 'coolingOff'; peak: ProjectPeak; until: string };

/** Whether the team (all its files' peaks) rests on `date`, given the charter's cooling-off weeks. */
export function teamRestOn(peaks: readonly ProjectPeak[], date: string, coolingOffWeeks: number): TeamRest | undefined {
  let rest: TeamRest | undefined;
  for (const peak of peaks) {
    if ((peak.from === undefined || peak.from <= date) && date <= peak.until) return { kind: 'peak', peak };
    const coolUntil = addDays(peak.until, coolingOffWeeks * 7);
    if (
      peak.until < date &&
      date <= coolUntil &&
      (rest === undefined || (rest.kind === 'coolingOff' && coolUntil > rest.until))
    )
      rest = { kind: 'coolingOff', peak, until: coolUntil };
  }
  return rest;
}

/** Every team's peaks by team key, joined over its files. */
export function peaksByTeam(teams: readonly SpaceTeam[]): Map<string, ProjectPeak[]> {
  const out = new Map<string, ProjectPeak[]>();
  for (const t of teams) out.set(teamKey(t.name), [...(out.get(teamKey(t.name)) ?? []), ...t.peaks]);
  return out;
}

/** The file's text: known fields in a stable order, unknown ones kept after them. */
export function serializeSpaceTeam(t: SpaceTeam): string {
  const peaks = t.peaks.map((p) => ({
    ...(p.label ? { label: p.label } : {}),
    ...(p.from ? { from: p.from } : {}),
    until: p.until,
  }));
  return `${JSON.stringify({ schema: TEAM_SCHEMA, v: t.v, id: t.id, name: t.name, peaks, ...t.unknown }, null, 2)}\n`;
}

/** A team's peaks with one more: the oldest give way past MAX_PEAKS. */
export function withPeak(peaks: readonly ProjectPeak[], peak: ProjectPeak): ProjectPeak[] {
  return [...peaks, peak].sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0)).slice(-MAX_PEAKS);
}
