import { Parsed } from '../commandArgs';
import { isObject, isUuid, readRecord, RecordProblem, unknownFields } from '../team/teamRecord';
import { CharterRules, RULE_NAMES, RULE_RANGES } from './charter';
import { isWeek } from './calendarWeeks';
import { AVAILABILITIES, canonicalInputs, Participant, PairingInputs, RoundHistory } from './pairingInputs';
import { Draw, drawRound } from './pairing';
import { Pair, PASSED_OVER, PassedOver, Unmatched, UNMATCHED_REASONS } from './pairingReasons';
import { MAX_CAPACITY, MAX_HANDLE, MAX_TEAM, ROLES } from './profile';
import { MAX_TOPIC_LENGTH, MAX_TOPICS } from './topics';
import { pairReasonEn, unmatchedReasonEn } from './roundText';

/**
 * A round file (`rounds/<week>.json`): the pairs, why each was made, why others stay unmatched — and the inputs they
 * were drawn from with their hash, so anyone can draw the round again and compare ("Verify round"). Named by its
 * week rather than a UUID on purpose: a round follows from its inputs, so two people drawing it write the same file
 * under the same name, and git sees no conflict.
 */
export const ROUND_SCHEMA = 'pacewise.round';
export const ROUND_MAJOR = 1;
export const ROUND_MINOR = 0;
/** Room for the inputs of a few thousand participants. */
export const MAX_ROUND_BYTES = 4 * 1024 * 1024;

export interface RoundFile {
  v: string;
  /** The ISO week the round starts; also the file's name. */
  id: string;
  inputsHash: string;
  inputs: PairingInputs;
  pairs: Pair[];
  unmatched: Unmatched[];
  candidatesOnly: boolean;
  unknown: Record<string, unknown>;
}

/** A hash function the caller brings (core has no crypto): SHA-256 of the text, lowercase hex. */
export type Sha256 = (text: string) => string;

export function roundFile(inputs: PairingInputs, draw: Draw, sha256: Sha256): RoundFile {
  return {
    v: `${ROUND_MAJOR}.${ROUND_MINOR}`,
    id: inputs.round,
    inputsHash: `sha256:${sha256(canonicalInputs(inputs))}`,
    inputs,
    pairs: draw.pairs,
    unmatched: draw.unmatched,
    candidatesOnly: draw.candidatesOnly,
    unknown: {},
  };
}

/** The file's text: codes for Pacewise, and an English line beside each for a person reading the file. */
export function serializeRound(r: RoundFile): string {
  const people = new Map(r.inputs.people.map((p) => [p.id, p]));
  const handle = (id: string) => people.get(id)?.handle ?? id;
  const out = {
    schema: ROUND_SCHEMA,
    v: r.v,
    id: r.id,
    inputsHash: r.inputsHash,
    ...(r.candidatesOnly ? { candidatesOnly: true } : {}),
    pairs: r.pairs.map((p) => ({
      mentor: p.mentor,
      mentee: p.mentee,
      topics: p.topics,
      waited: p.why.waited,
      passedOver: p.why.passedOver,
      reason: `${handle(p.mentor)} mentors ${handle(p.mentee)}: ${pairReasonEn(p)}`,
    })),
    unmatched: r.unmatched.map((u) => ({
      id: u.id,
      role: u.role,
      reason: u.reason,
      text: unmatchedReasonEn(u.reason, { handle: handle(u.id) }),
    })),
    inputs: r.inputs,
    ...r.unknown,
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}

const KNOWN = new Set(['schema', 'v', 'id', 'inputsHash', 'candidatesOnly', 'pairs', 'unmatched', 'inputs']);
const stringList = (v: unknown, max: number, each: number) =>
  Array.isArray(v) && v.length <= max && v.every((t) => typeof t === 'string' && t.length > 0 && t.length <= each);
const idPairs = (v: unknown) =>
  Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && isUuid(p[0]) && isUuid(p[1]));

function parseInputs(v: unknown): Parsed<PairingInputs> {
  const fail = (problem: string) => ({ ok: false as const, problem: `inputs: ${problem}` });
  if (!isObject(v) || !isWeek(v.round)) return fail('no round week');
  if (!isObject(v.rules)) return fail('no rules');
  const rules = {} as CharterRules;
  for (const name of RULE_NAMES) {
    const x = v.rules[name];
    const [min, max] = RULE_RANGES[name];
    if (!Number.isInteger(x) || (x as number) < min || (x as number) > max)
      return fail(`rules.${name} is out of range`);
    rules[name] = x as number;
  }
  if (!Array.isArray(v.people)) return fail('no people');
  const people: Participant[] = [];
  for (const p of v.people) {
    if (
      !isObject(p) ||
      !isUuid(p.id) ||
      typeof p.handle !== 'string' ||
      p.handle.length === 0 ||
      Array.from(p.handle).length > MAX_HANDLE ||
      typeof p.team !== 'string' ||
      Array.from(p.team).length > MAX_TEAM ||
      !Array.isArray(p.roles) ||
      !p.roles.every((r) => (ROLES as readonly unknown[]).includes(r)) ||
      !stringList(p.offers, MAX_TOPICS, MAX_TOPIC_LENGTH * 2) ||
      !stringList(p.wants, MAX_TOPICS, MAX_TOPIC_LENGTH * 2) ||
      !Number.isInteger(p.capacity) ||
      (p.capacity as number) < 0 ||
      (p.capacity as number) > MAX_CAPACITY ||
      !(AVAILABILITIES as readonly unknown[]).includes(p.availability)
    )
      return fail(`participant ${people.length + 1} is not valid`);
    if (people.length && people[people.length - 1].id >= p.id) return fail('people are not sorted by id');
    people.push({
      id: p.id,
      handle: p.handle,
      team: p.team,
      roles: p.roles as Participant['roles'],
      offers: p.offers as string[],
      wants: p.wants as string[],
      capacity: p.capacity as number,
      availability: p.availability as Participant['availability'],
    });
  }
  if (!idPairs(v.recentPairs) || !idPairs(v.earlierPairs)) return fail('pairs of earlier rounds are not valid');
  if (!Array.isArray(v.waiting) || !v.waiting.every(isUuid)) return fail('waiting is not a list of ids');
  return {
    ok: true,
    value: {
      round: v.round,
      rules,
      people,
      recentPairs: v.recentPairs as [string, string][],
      earlierPairs: v.earlierPairs as [string, string][],
      waiting: v.waiting as string[],
    },
  };
}

function parsePassedOver(v: unknown): Pair['why']['passedOver'] | undefined {
  if (!isObject(v)) return undefined;
  const out: Pair['why']['passedOver'] = {};
  for (const [k, n] of Object.entries(v)) {
    if (!(PASSED_OVER as readonly string[]).includes(k) || !Number.isInteger(n) || (n as number) < 1) return undefined;
    out[k as PassedOver] = n as number;
  }
  return out;
}

/** Parses a round file. Never throws. The English lines are not read back: they are made from the codes. */
export function parseRound(raw: string, bytes = raw.length): Parsed<RoundFile> & Partial<RecordProblem> {
  const header = readRecord(raw, bytes, ROUND_SCHEMA, ROUND_MAJOR, 'round', MAX_ROUND_BYTES);
  if (!header.ok) return header;
  const { data, v } = header.value;
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (!isWeek(data.id)) return fail('has no valid week id');
  if (typeof data.inputsHash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(data.inputsHash))
    return fail('has no inputs hash');
  const inputs = parseInputs(data.inputs);
  if (!inputs.ok) return fail(inputs.problem);
  if (inputs.value.round !== data.id) return fail("inputs are for another round's week");
  if (!Array.isArray(data.pairs) || !Array.isArray(data.unmatched)) return fail('has no pairs or unmatched list');
  const pairs: Pair[] = [];
  for (const p of data.pairs) {
    const passedOver = isObject(p) ? parsePassedOver(p.passedOver ?? {}) : undefined;
    if (
      !isObject(p) ||
      !isUuid(p.mentor) ||
      !isUuid(p.mentee) ||
      !stringList(p.topics, MAX_TOPICS, MAX_TOPIC_LENGTH * 2) ||
      !passedOver
    )
      return fail(`pair ${pairs.length + 1} is not valid`);
    pairs.push({
      mentor: p.mentor,
      mentee: p.mentee,
      topics: p.topics as string[],
      why: { waited: p.waited === true, passedOver },
    });
  }
  const unmatched: Unmatched[] = [];
  for (const u of data.unmatched) {
    if (
      !isObject(u) ||
      !isUuid(u.id) ||
      (u.role !== 'mentor' && u.role !== 'mentee') ||
      !(UNMATCHED_REASONS as readonly unknown[]).includes(u.reason)
    )
      return fail(`unmatched entry ${unmatched.length + 1} is not valid`);
    unmatched.push({ id: u.id, role: u.role, reason: u.reason as Unmatched['reason'] });
  }
  return {
    ok: true,
    value: {
      v,
      id: data.id,
      inputsHash: data.inputsHash,
      inputs: inputs.value,
      pairs,
      unmatched,
      candidatesOnly: data.candidatesOnly === true,
      unknown: unknownFields(data, KNOWN),
    },
  };
}

/** What an earlier round passes on to the next: its pairs, and the mentees it could not match though they took part. */
export function historyOf(r: RoundFile): RoundHistory {
  return {
    round: r.id,
    pairs: r.pairs.map((p) => ({ mentor: p.mentor, mentee: p.mentee })),
    unmatchedMentees: r.unmatched
      .filter((u) => u.role === 'mentee' && u.reason !== 'paused' && u.reason !== 'leaving')
      .map((u) => u.id),
  };
}

const whyText = (p: Pair) => JSON.stringify([p.why.waited, PASSED_OVER.map((k) => p.why.passedOver[k] ?? 0)]);

/** One way a round file is not what its inputs give. */
export type RoundDifference =
  | { kind: 'inputsEdited' }
  | { kind: 'extraPair' | 'missingPair' | 'topicsDiffer' | 'reasonDiffers'; mentor: string; mentee: string }
  | { kind: 'unmatchedDiffers'; id: string; role: 'mentor' | 'mentee' };

/**
 * Draws the round again from the inputs the file carries and lists every way the file differs: edited inputs (their
 * hash no longer matches), pairs added, missing or changed, and unmatched people explained differently.
 */
export function verifyRound(r: RoundFile, sha256: Sha256): RoundDifference[] {
  const out: RoundDifference[] = [];
  if (`sha256:${sha256(canonicalInputs(r.inputs))}` !== r.inputsHash) out.push({ kind: 'inputsEdited' });
  const again = drawRound(r.inputs);
  const key = (p: { mentor: string; mentee: string }) => `${p.mentor} ${p.mentee}`;
  const expected = new Map(again.pairs.map((p) => [key(p), p]));
  const found = new Map(r.pairs.map((p) => [key(p), p]));
  for (const [k, p] of found) {
    const e = expected.get(k);
    if (!e) out.push({ kind: 'extraPair', mentor: p.mentor, mentee: p.mentee });
    else if (e.topics.join('\n') !== p.topics.join('\n'))
      out.push({ kind: 'topicsDiffer', mentor: p.mentor, mentee: p.mentee });
    else if (whyText(e) !== whyText(p)) out.push({ kind: 'reasonDiffers', mentor: p.mentor, mentee: p.mentee });
  }
  for (const [k, e] of expected)
    if (!found.has(k)) out.push({ kind: 'missingPair', mentor: e.mentor, mentee: e.mentee });
  const reasons = new Map(r.unmatched.map((u) => [`${u.role} ${u.id}`, u.reason]));
  const expectedReasons = new Map(again.unmatched.map((u) => [`${u.role} ${u.id}`, u.reason]));
  for (const u of again.unmatched)
    if (reasons.get(`${u.role} ${u.id}`) !== u.reason) out.push({ kind: 'unmatchedDiffers', id: u.id, role: u.role });
  for (const u of r.unmatched)
    if (!expectedReasons.has(`${u.role} ${u.id}`)) out.push({ kind: 'unmatchedDiffers', id: u.id, role: u.role });
  return out;
}
