// edmonds-blossom ships no types; the reference brings them to every project that reaches this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./edmondsBlossom.d.ts" />
import maxWeightMatching from 'edmonds-blossom';
import { Participant, PairingInputs } from './pairingInputs';
import { explainPairs, Pair, pairKey, TopicFit, Unmatched } from './pairingReasons';

export type { Pair, PairWhy, PassedOver, Unmatched, UnmatchedReason } from './pairingReasons';

/** A round as the rules give it: the pairs, and why everyone else is unmatched. */
export interface Draw {
  pairs: Pair[];
  unmatched: Unmatched[];
  /** Whether the graph was too large for every allowed pair and each person's best candidates were used. */
  candidatesOnly: boolean;
}

/** Above this many allowed (mentee, place) edges, each mentee keeps its best mentors and each mentor its best mentees. */
export const EDGE_BUDGET = 24_000;
const CANDIDATES = 4;

const WAITED = 10_000_000;
const PER_TOPIC = 100_000;
const MAX_TOPICS_COUNTED = 3;
const PER_EXTRA_PLACE = 20_000;
const MET_BEFORE = 10_000;

/**
 * FNV-1a over the text's UTF-16 units: a tie-break every JavaScript engine computes the same. Eight levels are enough
 * to vary rounds; each level more costs the matching more steps (0..999 took 1.7 s instead of 1.2 s at 2,000 people).
 */
function tieBreak(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 8;
}

interface Candidate {
  mentor: Participant;
  topics: string[];
  /** Weight of the mentor's first place; each further place weighs PER_EXTRA_PLACE less. */
  weight: number;
}

/**
 * Draws a round: mentor and mentee from different teams, sharing a topic, mentors within capacity, nobody paused,
 * resting or leaving, no pair from the charter's window again. Among the pairs allowed it takes a maximum-weight
 * matching over mentor *places* (one vertex per place a mentor has) with as many mentees matched as possible; the
 * weights put mentees who waited last round first, then topic fit, then a mentor's first place before their second
 * (load spread), then pairs that never met. Ties break on a hash of the round and the two ids, so the same inputs
 * give the same round on every machine.
 */
export function drawRound(inputs: PairingInputs, edgeBudget = EDGE_BUDGET): Draw {
  const fit = new TopicFit(inputs.people);
  const recent = new Set(inputs.recentPairs.map(([a, b]) => pairKey(a, b)));
  const earlier = new Set(inputs.earlierPairs.map(([a, b]) => pairKey(a, b)));
  const waiting = new Set(inputs.waiting);
  const mentees = inputs.people.filter((p) => p.roles.includes('mentee') && p.availability === 'active');
  const mentors = inputs.people.filter((p) => p.roles.includes('mentor') && p.availability === 'active');

  // Allowed pairs, each mentee's best first.
  const allowed = mentees.map((mentee) => {
    const out: Candidate[] = [];
    for (const mentor of mentors) {
      if (mentor.id === mentee.id || mentor.team === mentee.team || recent.has(pairKey(mentor.id, mentee.id))) continue;
      const topics = fit.shared(mentee, mentor);
      if (!topics.length) continue;
      const weight =
        (waiting.has(mentee.id) ? WAITED : 0) +
        Math.min(topics.length, MAX_TOPICS_COUNTED) * PER_TOPIC -
        (earlier.has(pairKey(mentor.id, mentee.id)) ? MET_BEFORE : 0) +
        tieBreak(`${inputs.round} ${mentor.id} ${mentee.id}`);
      out.push({ mentor, topics, weight });
    }
    return out.sort((a, b) => b.weight - a.weight || (a.mentor.id < b.mentor.id ? -1 : 1));
  });

  const edgeCount = allowed.reduce((n, c) => n + c.reduce((m, x) => m + x.mentor.capacity, 0), 0);
  const candidatesOnly = edgeCount > edgeBudget;
  let kept = candidatesOnly ? bestCandidates(allowed) : allowed;
  let mate = match(mentees.length, mentors, kept);
  if (candidatesOnly) {
    // A mentee the candidates left without a mentor gets every allowed pair back, and the matching is made again.
    const left = new Set(
      kept.flatMap((_, i) => ((mate[i] ?? -1) < 0 && allowed[i].length > kept[i].length ? [i] : [])),
    );
    if (left.size) {
      kept = kept.map((c, i) => (left.has(i) ? allowed[i] : c));
      mate = match(mentees.length, mentors, kept);
    }
  }

  const placeOwner: Participant[] = [];
  for (const m of mentors) for (let place = 0; place < m.capacity; place++) placeOwner.push(m);
  const pairs: Pair[] = [];
  mentees.forEach((mentee, i) => {
    const v = mate[i] ?? -1;
    if (v < 0) return;
    const mentor = placeOwner[v - mentees.length];
    const cand = kept[i].find((c) => c.mentor.id === mentor.id)!;
    pairs.push({
      mentor: mentor.id,
      mentee: mentee.id,
      topics: cand.topics,
      why: { waited: waiting.has(mentee.id), passedOver: {} },
    });
  });
  pairs.sort((a, b) => (a.mentor < b.mentor ? -1 : a.mentor > b.mentor ? 1 : a.mentee < b.mentee ? -1 : 1));
  const unmatched = explainPairs(inputs, pairs, fit, recent);
  return { pairs, unmatched, candidatesOnly };
}

/** The matching over mentor places: vertices are mentees 0..M-1, then each mentor's places in mentor order. */
function match(menteeCount: number, mentors: readonly Participant[], kept: readonly Candidate[][]): number[] {
  const firstPlace = new Map<string, number>();
  let next = menteeCount;
  for (const m of mentors) {
    firstPlace.set(m.id, next);
    next += m.capacity;
  }
  const edges: [number, number, number][] = [];
  kept.forEach((cands, i) => {
    for (const c of cands)
      for (let place = 0; place < c.mentor.capacity; place++)
        edges.push([i, firstPlace.get(c.mentor.id)! + place, c.weight - place * PER_EXTRA_PLACE]);
  });
  return edges.length ? maxWeightMatching(edges, true) : [];
}

/** Each mentee's CANDIDATES best mentors, and each mentor's CANDIDATES best mentees per place, joined. */
function bestCandidates(allowed: Candidate[][]): Candidate[][] {
  const keep = allowed.map((c) => new Set(c.slice(0, CANDIDATES)));
  const byMentor = new Map<string, { i: number; c: Candidate }[]>();
  allowed.forEach((cands, i) => {
    for (const c of cands) {
      const list = byMentor.get(c.mentor.id);
      if (list) list.push({ i, c });
      else byMentor.set(c.mentor.id, [{ i, c }]);
    }
  });
  for (const list of byMentor.values()) {
    list.sort((a, b) => b.c.weight - a.c.weight || a.i - b.i);
    for (const { i, c } of list.slice(0, CANDIDATES * list[0].c.mentor.capacity)) keep[i].add(c);
  }
  return allowed.map((cands, i) => cands.filter((c) => keep[i].has(c)));
}
