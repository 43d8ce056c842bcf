import { isUuid, readRecord, RecordProblem, unknownFields } from '../team/teamRecord';
import { Parsed, sanitizeText } from '../commandArgs';
import { isCalendarDate } from './calendarWeeks';
import { parseTopics } from './topics';
import { foldForSearch } from '../team/teamBoard';

/**
 * A participant's profile (`profiles/<uuidv4>.json` in the space), written by its owner through a preview. It names
 * the person by a handle they chose — never by their git identity — and says what they offer or want and whether they
 * take part now. Others' profiles are hostile input like any teammate's file.
 */
export const PROFILE_SCHEMA = 'pacewise.mentorProfile';
export const PROFILE_MAJOR = 1;
export const PROFILE_MINOR = 0;
export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];
export const STATUSES = ['active', 'paused', 'leaving'] as const;
export type ProfileStatus = (typeof STATUSES)[number];
export const MAX_HANDLE = 32;
export const MAX_TEAM = 60;
export const MAX_CAPACITY = 5;

/** Letters, digits, spaces and `. _ -`: a handle reads the same in a file, a tree row and a terminal. */
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;

export interface MentorProfile {
  schema: typeof PROFILE_SCHEMA;
  v: string;
  id: string;
  handle: string;
  team: string;
  roles: Role[];
  /** Topics this person can mentor on (mentors). */
  offers: string[];
  /** Topics this person would like help with (mentees). */
  wants: string[];
  /** Mentees this person takes at once, before the charter's cap. */
  capacity: number;
  status: ProfileStatus;
  /** With `paused`: the first day they take part again. */
  pausedUntil?: string;
  unknown: Record<string, unknown>;
}

const KNOWN = new Set([
  'schema',
  'v',
  'id',
  'handle',
  'team',
  'roles',
  'offers',
  'wants',
  'capacity',
  'status',
  'pausedUntil',
]);

/** A handle or team name as it will be stored: cleaned, and a problem when it does not fit. */
export function checkName(v: unknown, what: 'handle' | 'team'): Parsed<string> {
  if (typeof v !== 'string') return { ok: false, problem: `${what} must be text` };
  const clean = sanitizeText(v);
  const max = what === 'handle' ? MAX_HANDLE : MAX_TEAM;
  if (!clean || Array.from(clean).length > max) return { ok: false, problem: `${what} must be 1 to ${max} characters` };
  if (what === 'handle' && !HANDLE.test(clean))
    return { ok: false, problem: 'handle may use letters, digits, spaces and . _ - only' };
  return { ok: true, value: clean };
}

/** Parses one profile file. Never throws; the first problem found is returned. */
export function parseProfile(raw: string, bytes = raw.length): Parsed<MentorProfile> & Partial<RecordProblem> {
  const header = readRecord(raw, bytes, PROFILE_SCHEMA, PROFILE_MAJOR, 'mentor profile');
  if (!header.ok) return header;
  const { data, v } = header.value;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isUuid(data.id)) return fail('has no valid id');
  const handle = checkName(data.handle, 'handle');
  if (!handle.ok) return fail(handle.problem);
  const team = checkName(data.team, 'team');
  if (!team.ok) return fail(team.problem);
  const roles = data.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => !(ROLES as readonly unknown[]).includes(r)))
    return fail('roles must list mentor, mentee or both');
  const offers = parseTopics(data.offers, 'offers');
  if (!offers.ok) return fail(offers.problem);
  const wants = parseTopics(data.wants, 'wants');
  if (!wants.ok) return fail(wants.problem);
  if (roles.includes('mentor') && offers.value.length === 0) return fail('a mentor offers at least one topic');
  if (roles.includes('mentee') && wants.value.length === 0) return fail('a mentee wants at least one topic');
  const capacity = data.capacity ?? 1;
  if (!Number.isInteger(capacity) || (capacity as number) < 1 || (capacity as number) > MAX_CAPACITY)
    return fail(`capacity must be a whole number from 1 to ${MAX_CAPACITY}`);
  const status = data.status ?? 'active';
  if (!(STATUSES as readonly unknown[]).includes(status)) return fail('status must be active, paused or leaving');
  if (status === 'paused' && !isCalendarDate(data.pausedUntil))
    return fail('a paused profile says until when (pausedUntil, YYYY-MM-DD)');
  if (status !== 'paused' && data.pausedUntil !== undefined) return fail('pausedUntil belongs to a paused profile');
  return {
    ok: true,
    value: {
      schema: PROFILE_SCHEMA,
      v,
      id: data.id,
      handle: handle.value,
      team: team.value,
      roles: ROLES.filter((r) => roles.includes(r)),
      offers: offers.value,
      wants: wants.value,
      capacity: capacity as number,
      status: status as ProfileStatus,
      ...(status === 'paused' ? { pausedUntil: data.pausedUntil as string } : {}),
      unknown: unknownFields(data, KNOWN),
    },
  };
}

/** The file's text: known fields in a stable order, unknown ones kept after them. */
export function serializeProfile(p: MentorProfile): string {
  const { unknown, ...known } = p;
  const out: Record<string, unknown> = {
    schema: PROFILE_SCHEMA,
    v: known.v,
    id: known.id,
    handle: known.handle,
    team: known.team,
    roles: known.roles,
    ...(known.roles.includes('mentor') ? { offers: known.offers, capacity: known.capacity } : {}),
    ...(known.roles.includes('mentee') ? { wants: known.wants } : {}),
    status: known.status,
    ...(known.pausedUntil ? { pausedUntil: known.pausedUntil } : {}),
  };
  return `${JSON.stringify({ ...out, ...unknown }, null, 2)}\n`;
}

/** Team names compare without case, accents or extra spaces: "Payments", "payments " and "Paymènts" are one team. */
export function teamKey(team: string): string {
  return foldForSearch(team).replace(/\s+/g, ' ').trim();
}
