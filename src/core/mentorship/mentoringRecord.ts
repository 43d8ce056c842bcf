// A participant's own mentoring record, for their career conversations: the rounds that paired them (from the space's
// round files that name their own profile) and the notes they kept after check-ins (on this machine). Computed for
// the user alone from their own files — never for anyone else, with no counts to compare and no ranking.
import type { HeldCheckIn } from './checkIns';
import type { Pair } from './pairingReasons';
import type { RoundFile } from './round';

export interface RecordEntry {
  round: string;
  role: 'mentor' | 'mentee';
  partnerHandle: string;
  partnerTeam: string;
  /** The pair as its round file has it (for the reason), when that file is still in the space. */
  pair?: Pair;
  topics: string[];
  /** The notes to self kept after this pair's check-ins, oldest first. */
  notes: { heldOn: string; note: string }[];
}

/**
 * The record's entries, newest round first: each pair of the user's own profile in the space's rounds, and each pair
 * whose check-ins they noted here even if its round file has gone since. `teamOf` gives a partner's team as their
 * profile writes it (the round keeps a folded key).
 */
export function mentoringRecord(
  ownId: string | undefined,
  space: string,
  rounds: readonly RoundFile[],
  held: readonly HeldCheckIn[],
  teamOf: (id: string) => string | undefined = () => undefined,
): RecordEntry[] {
  const entries = new Map<string, RecordEntry>();
  for (const r of ownId ? rounds : [])
    for (const p of r.pairs) {
      if (p.mentor !== ownId && p.mentee !== ownId) continue;
      const role = p.mentor === ownId ? 'mentor' : 'mentee';
      const partnerId = role === 'mentor' ? p.mentee : p.mentor;
      const partner = r.inputs.people.find((x) => x.id === partnerId);
      entries.set(`${r.id} ${partnerId}`, {
        round: r.id,
        role,
        partnerHandle: partner?.handle ?? '',
        partnerTeam: teamOf(partnerId) ?? partner?.team ?? '',
        pair: p,
        topics: p.topics,
        notes: [],
      });
    }
  for (const h of [...held].filter((x) => x.space === space).sort((a, b) => a.at - b.at)) {
    const key = `${h.round} ${h.partner}`;
    let e = entries.get(key);
    if (!e) {
      e = {
        round: h.round,
        role: h.role,
        partnerHandle: h.partnerHandle,
        partnerTeam: h.partnerTeam,
        topics: h.topic ? [h.topic] : [],
        notes: [],
      };
      entries.set(key, e);
    }
    if (h.note) e.notes.push({ heldOn: h.heldOn, note: h.note });
  }
  return [...entries.values()].sort((a, b) =>
    a.round === b.round ? a.partnerHandle.localeCompare(b.partnerHandle) : a.round < b.round ? 1 : -1,
  );
}
