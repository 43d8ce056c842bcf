import { CheckinRecord } from './focus/checkins';
import { BreakRecord, emptyHistory, HistoryAppend, InterruptionKind, SessionRecord } from './types';

// Records for unit tests (not part of the bundle). Unit tests run with TZ=Europe/Berlin: times are Berlin times.
const at = (iso: string) => new Date(iso).getTime();
const MIN = 60_000;

export function session(
  id: string,
  start: string,
  focusMin: number,
  extra: Partial<SessionRecord> = {},
): SessionRecord {
  const startedAt = at(start);
  return {
    id,
    intent: '',
    startedAt,
    endedAt: startedAt + focusMin * MIN,
    plannedMs: 25 * MIN,
    focusMs: focusMin * MIN,
    outcome: 'completed',
    interruptions: 0,
    pastEndOfDay: false,
    ...extra,
  };
}
export const brk = (id: string, start: string, outcome: BreakRecord['outcome']): BreakRecord => ({
  id,
  long: false,
  startedAt: at(start),
  endedAt: at(start) + 5 * MIN,
  plannedMs: 5 * MIN,
  outcome,
});
export const interruption = (id: string, when: string, kind: InterruptionKind) => ({ id, at: at(when), kind });
export const checkin = (id: string, when: string, stress: number, energy = 3): CheckinRecord => ({
  id,
  at: at(when),
  energy,
  stress,
  focus: 3,
  fairness: 4,
});
export const history = (h: Partial<HistoryAppend>): HistoryAppend => ({ ...emptyHistory(), ...h });
