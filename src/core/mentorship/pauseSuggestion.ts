import { localDay } from '../days';
import type { CheckinRecord } from '../focus/checkins';

/**
 * Whether to suggest, privately, that a mentor pause: their own recent check-ins show overload. Only ever shown to
 * them, never written to the space, never acted on by itself — pausing stays their choice. Days, not check-ins, are
 * counted, so checking in often on a hard day weighs as one day.
 */
export const PAUSE_WINDOW_DAYS = 14;
/** Fewer days than this with check-ins say too little to suggest anything. */
export const PAUSE_MIN_DAYS = 4;

export interface PauseSuggestion {
  suggest: boolean;
  /** Days with check-ins in the window, and of them the days whose mean stress was 4+ or mean energy 2 or less. */
  days: number;
  heavyDays: number;
}

export function pauseSuggestion(checkins: readonly CheckinRecord[], now: number): PauseSuggestion {
  const from = now - PAUSE_WINDOW_DAYS * 86_400_000;
  const byDay = new Map<string, { stress: number; energy: number; n: number }>();
  for (const c of checkins) {
    if (c.at < from || c.at > now) continue;
    const day = localDay(c.at);
    const d = byDay.get(day) ?? { stress: 0, energy: 0, n: 0 };
    byDay.set(day, { stress: d.stress + c.stress, energy: d.energy + c.energy, n: d.n + 1 });
  }
  let heavyDays = 0;
  for (const d of byDay.values()) if (d.stress / d.n >= 4 || d.energy / d.n <= 2) heavyDays++;
  const days = byDay.size;
  return { suggest: days >= PAUSE_MIN_DAYS && heavyDays * 2 > days, days, heavyDays };
}
