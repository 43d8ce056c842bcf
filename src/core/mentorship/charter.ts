import { sanitizeText } from '../commandArgs';
import { isObject, readRecord, unknownFields } from '../team/teamRecord';
import { isWeek } from './calendarWeeks';
import { checkName, teamKey } from './profile';

/**
 * The mentorship charter (`charter.json` at the space's root): the rules the participating teams agreed on, in one
 * file they edit together. A value that is not valid is a problem to list, never replaced by a default: rounds are
 * not drawn from a charter with problems. A field left out takes the documented default, and is shown as such.
 */
export const CHARTER_SCHEMA = 'pacewise.charter';
export const CHARTER_MAJOR = 1;
export const CHARTER_MINOR = 0;
export const MAX_OBJECTIVES = 1_000;
/** The smallest group any aggregate may describe; a charter may raise it, never lower it. */
export const MIN_GROUP_FLOOR = 5;

export interface CharterRules {
  /** Weeks between a pair's short check-ins. */
  cadenceWeeks: number;
  /** Weeks a round's pairs stay together before the next round is drawn. */
  rotationWeeks: number;
  /** The most mentees one mentor has in a round, whatever their own capacity says. */
  menteeCap: number;
  /** Weeks a team's mentors rest after the team's project peak ends. */
  coolingOffWeeks: number;
  /** Rounds that must pass before the same two people are paired again. */
  repeatAfterRounds: number;
  /** Distinct contributors an aggregate needs before it is shown. */
  minGroup: number;
}

export const DEFAULT_RULES: CharterRules = {
  cadenceWeeks: 2,
  rotationWeeks: 6,
  menteeCap: 2,
  coolingOffWeeks: 2,
  repeatAfterRounds: 3,
  minGroup: MIN_GROUP_FLOOR,
};

/** Each rule's allowed whole-number range. */
export const RULE_RANGES: Record<keyof CharterRules, [number, number]> = {
  cadenceWeeks: [1, 8],
  rotationWeeks: [1, 26],
  menteeCap: [1, 5],
  coolingOffWeeks: [0, 12],
  repeatAfterRounds: [0, 20],
  minGroup: [MIN_GROUP_FLOOR, 50],
};

export const RULE_NAMES = Object.keys(DEFAULT_RULES) as (keyof CharterRules)[];

/** The most teams office hours rotate between. */
export const MAX_OFFICE_HOURS_TEAMS = 40;

/** Office hours between teams (the charter's `officeHours`, minor 1): who takes part, how often, from when. */
export interface OfficeHoursRules {
  /** As the charter spells them; distinct by team key. */
  teams: string[];
  everyWeeks: 1 | 2;
  /** The ISO week of the first slot. */
  start: string;
}

/** The charter's office hours, or what is wrong with them (which blocks office hours only, never the rounds). */
export type OfficeHoursReading = { ok: true; rules: OfficeHoursRules } | { ok: false; problems: string[] };

export interface Charter {
  v: string;
  objectives: string;
  rules: CharterRules;
  /** Rules the file leaves out, so the defaults in force can be said to be defaults. */
  defaulted: (keyof CharterRules)[];
  /** Absent when the charter sets up no office hours. */
  officeHours?: OfficeHoursReading;
  unknown: Record<string, unknown>;
}

export type CharterReading =
  { ok: true; charter: Charter } | { ok: false; problems: string[]; newer?: boolean; partial?: Partial<Charter> };

const KNOWN = new Set(['schema', 'v', 'objectives', 'officeHours', ...RULE_NAMES]);

/** Reads `charter.json`. Every problem is listed (each names its field), not only the first. */
export function parseCharter(raw: string, bytes = raw.length): CharterReading {
  const header = readRecord(raw, bytes, CHARTER_SCHEMA, CHARTER_MAJOR, 'charter');
  if (!header.ok) return { ok: false, problems: [header.problem], ...(header.newer ? { newer: true } : {}) };
  const { data, v } = header.value;
  const problems: string[] = [];
  let objectives = '';
  if (data.objectives !== undefined) {
    if (typeof data.objectives !== 'string') problems.push('objectives must be text');
    else if (Array.from(data.objectives).length > MAX_OBJECTIVES)
      problems.push(`objectives is longer than ${MAX_OBJECTIVES} characters`);
    else objectives = sanitizeText(data.objectives);
  }
  const rules = { ...DEFAULT_RULES };
  const defaulted: (keyof CharterRules)[] = [];
  for (const name of RULE_NAMES) {
    const value = data[name];
    if (value === undefined) {
      defaulted.push(name);
      continue;
    }
    const [min, max] = RULE_RANGES[name];
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      problems.push(
        name === 'minGroup' && typeof value === 'number' && value < min
          ? `minGroup may not be lower than ${MIN_GROUP_FLOOR}`
          : `${name} must be a whole number from ${min} to ${max}`,
      );
      continue;
    }
    rules[name] = value as number;
  }
  const charter: Charter = {
    v,
    objectives,
    rules,
    defaulted,
    ...(data.officeHours !== undefined ? { officeHours: parseOfficeHours(data.officeHours) } : {}),
    unknown: unknownFields(data, KNOWN),
  };
  return problems.length ? { ok: false, problems, partial: charter } : { ok: true, charter };
}

function parseOfficeHours(raw: unknown): OfficeHoursReading {
  if (!isObject(raw))
    return { ok: false, problems: ['officeHours must be an object with teams, everyWeeks and start'] };
  const problems: string[] = [];
  const teams: string[] = [];
  if (!Array.isArray(raw.teams) || raw.teams.length < 2 || raw.teams.length > MAX_OFFICE_HOURS_TEAMS)
    problems.push(`officeHours.teams must list 2 to ${MAX_OFFICE_HOURS_TEAMS} teams`);
  else {
    const keys = new Set<string>();
    for (const t of raw.teams) {
      const name = checkName(t, 'team');
      if (!name.ok) problems.push(`officeHours.teams: ${name.problem}`);
      else if (keys.has(teamKey(name.value))) problems.push(`officeHours.teams names “${name.value}” twice`);
      else {
        keys.add(teamKey(name.value));
        teams.push(name.value);
      }
    }
  }
  const everyWeeks = raw.everyWeeks ?? 1;
  if (everyWeeks !== 1 && everyWeeks !== 2) problems.push('officeHours.everyWeeks must be 1 (weekly) or 2');
  if (!isWeek(raw.start)) problems.push('officeHours.start must be an ISO week (2026-W49)');
  return problems.length
    ? { ok: false, problems }
    : { ok: true, rules: { teams, everyWeeks: everyWeeks as 1 | 2, start: raw.start as string } };
}

/** The charter a new space starts with: the defaults written out, so the teams see every rule they can change. */
export function defaultCharterText(objectives: string): string {
  return `${JSON.stringify(
    { schema: CHARTER_SCHEMA, v: `${CHARTER_MAJOR}.${CHARTER_MINOR}`, objectives, ...DEFAULT_RULES },
    null,
    2,
  )}\n`;
}
