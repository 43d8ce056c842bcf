// The 3-year dataset of the benchmarks: heavy daily use, every record kind.
import { BreakRecord, HistoryAppend, InterruptionRecord, SessionRecord } from '../src/core/types';
import { CheckinRecord } from '../src/core/focus/checkins';
import { WorkItemRecord } from '../src/core/wip/wip';

/** 10,000 sessions, breaks and interruptions over `years` years, a check-in a day and a finished item every 2 days. */
export function dataset(years: number, end = Date.UTC(2026, 10, 1)): HistoryAppend {
  const start = end - years * 365 * 86_400_000;
  const n = 10_000;
  const step = (end - start) / n;
  const sessions: SessionRecord[] = [];
  const breaks: BreakRecord[] = [];
  const interruptions: InterruptionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const at = Math.round(start + i * step);
    sessions.push({
      id: `s-${i}-${'x'.repeat(24)}`,
      intent: `Work item ${i % 97} — refactor the parser`,
      startedAt: at,
      endedAt: at + 25 * 60_000,
      plannedMs: 25 * 60_000,
      focusMs: 25 * 60_000,
      outcome: i % 7 ? 'completed' : 'stopped',
      interruptions: i % 3,
      pastEndOfDay: i % 11 === 0,
    });
    breaks.push({
      id: `b-${i}-${'x'.repeat(24)}`,
      long: i % 4 === 3,
      startedAt: at + 25 * 60_000,
      endedAt: at + 30 * 60_000,
      plannedMs: 5 * 60_000,
      outcome: i % 5 ? 'taken' : 'skipped',
    });
    interruptions.push({
      id: `i-${i}-${'x'.repeat(24)}`,
      at: at + 60_000,
      kind: (['meeting', 'message', 'urgentRequest', 'negotiableRequest', 'contextSwitch', 'other'] as const)[i % 6],
      sessionId: `s-${i}`,
    });
  }
  const checkins: CheckinRecord[] = [];
  const workItems: WorkItemRecord[] = [];
  for (let d = 0; d < years * 365; d++) {
    const at = start + d * 86_400_000 + 15 * 3_600_000;
    checkins.push({
      id: `c-${d}-${'x'.repeat(24)}`,
      at,
      energy: 1 + (d % 5),
      stress: 1 + ((d * 3) % 5),
      focus: 3,
      fairness: 4,
    });
    if (d % 2 === 0)
      workItems.push({
        id: `w-${d}-${'x'.repeat(24)}`,
        title: `Item ${d}`,
        createdAt: at - (d % 9) * 86_400_000,
        doneAt: at,
      });
  }
  return { sessions, breaks, interruptions, checkins, workItems };
}
