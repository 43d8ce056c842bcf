// Drawing a mentorship round at organisation scale, in plain Node: profiles → inputs → the matching → the reasons.
import { createHash } from 'node:crypto';
import { DEFAULT_RULES } from '../src/core/mentorship/charter';
import { drawRound } from '../src/core/mentorship/pairing';
import { pairingInputs } from '../src/core/mentorship/pairingInputs';
import { MentorProfile } from '../src/core/mentorship/profile';
import { parseRound, roundFile, serializeRound, verifyRound } from '../src/core/mentorship/round';
import { SpaceTeam } from '../src/core/mentorship/spaceTeam';
import { PACING_TOPICS } from '../src/core/mentorship/topics';
import { median, ms } from './benchHost';
import type { Row } from './benchInsights';

/** A roster like an organisation's: 40 teams, 30 topics (the 12 known and 18 free), mentors, mentees and both. */
export function roster(n: number, seed = 7): { profiles: MentorProfile[]; teams: SpaceTeam[] } {
  let s = seed;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const topics = [...PACING_TOPICS, ...Array.from({ length: 18 }, (_, i) => `topic ${i + 1}`)];
  const some = () => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => topics[Math.floor(rnd() * 30)])),
  ];
  const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const profiles = Array.from({ length: n }, (_, i): MentorProfile => {
    const r = rnd();
    const roles: MentorProfile['roles'] = r < 0.4 ? ['mentor'] : r < 0.9 ? ['mentee'] : ['mentor', 'mentee'];
    return {
      schema: 'pacewise.mentorProfile',
      v: '1.0',
      id: uuid(i + 1),
      handle: `person ${i + 1}`,
      team: `team ${1 + Math.floor(rnd() * 40)}`,
      roles,
      offers: roles.includes('mentor') ? some() : [],
      wants: roles.includes('mentee') ? some() : [],
      capacity: 1 + Math.floor(rnd() * 3),
      ...(rnd() < 0.05 ? { status: 'paused' as const, pausedUntil: '2027-01-31' } : { status: 'active' as const }),
      unknown: {},
    };
  });
  const teams: SpaceTeam[] = [1, 2].map((t) => ({
    id: uuid(100_000 + t),
    v: '1.0',
    name: `team ${t}`,
    peaks: [{ label: 'release', until: '2026-12-04' }],
    unknown: {},
  }));
  return { profiles, teams };
}

export async function pairingFigures(row: Row): Promise<void> {
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  for (const [n, target] of [
    [300, '≤ 500 ms'],
    [2_000, '≤ 2000 ms'],
  ] as const) {
    const { profiles, teams } = roster(n);
    const times: number[] = [];
    let heapPeak = 0;
    let summary = '';
    let last = '';
    for (let run = 0; run < 3; run++) {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const t = performance.now();
      const inputs = pairingInputs('2026-W49', DEFAULT_RULES, profiles, teams, []);
      const draw = drawRound(inputs);
      const text = serializeRound(roundFile(inputs, draw, sha256));
      times.push(performance.now() - t);
      last = text;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
      summary = `${draw.pairs.length} pairs, ${(text.length / 1024).toFixed(0)} KiB file${draw.candidatesOnly ? ', best candidates' : ''}`;
    }
    row(
      `mentorship round, ${n.toLocaleString('en')} participants, 40 teams, 30 topics: inputs, matching, reasons, file (median of 3; ${summary})`,
      ms(median(times)),
      target,
    );
    row(`  heap held by one draw (after it, before collection)`, `${(heapPeak / 2 ** 20).toFixed(0)} MiB`);
    // What the Mentoring view spends once per version of the current round's file to mark a hand edit.
    const verifyTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      const parsed = parseRound(last);
      if (!parsed.ok || verifyRound(parsed.value, sha256).length) throw new Error('the drawn round does not verify');
      verifyTimes.push(performance.now() - t);
    }
    row(`  its file read and verified (drawn again from its inputs; median of 3)`, ms(median(verifyTimes)));
  }
}
