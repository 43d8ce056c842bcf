import { Dimension, DIMENSIONS, Light, LIGHTS, Rating, Trend, TRENDS } from '../team/teamRating';

/**
 * What a quarterly review may show of its ratings: distributions only, and only where at least `k` ratings stand
 * behind every number shown. Per row (a dimension's lights, or its trends) a count between 1 and k − 1 is never
 * shown; nor is a hidden count left derivable from the row's total: when one count alone would be hidden, the next
 * smallest is hidden with it, and hidden counts are shown only merged ("green or amber: 7") once the merged count
 * reaches k — otherwise the row shows its total alone. Changes since last quarter follow the same rule: a change of
 * 1 to k − 1 is "a little", never a number.
 */
export interface SafeRow<K extends string> {
  /** Ratings in the row: at least k, or 0 when fewer rated (`few`) — the count below k is not carried at all. */
  total: number;
  /** Counts shown on their own (each 0 or at least k), in the row's order. */
  shown: { key: K; count: number }[];
  /** Counts shown only together, each group at least k. */
  merged?: { keys: K[]; count: number };
  /** Fewer than k ratings, or no split safe to show: only "n ratings" (or nothing, below k). */
  withheld: boolean;
  /** Fewer than k ratings in the row (one who skipped a dimension must not be countable from the review's total). */
  few?: true;
}

export function safeRow<K extends string>(order: readonly K[], counts: Record<K, number>, k: number): SafeRow<K> {
  const total = order.reduce((n, key) => n + counts[key], 0);
  const hidden = order.filter((key) => counts[key] > 0 && counts[key] < k);
  const sum = () => hidden.reduce((n, key) => n + counts[key], 0);
  if (total < k) return { total: 0, shown: [], withheld: true, few: true };
  while (hidden.length && (hidden.length === 1 || sum() < k) && hidden.length < order.length) {
    // The smallest; of equals the later in the row, a neighbour of the small end ("amber or red").
    const next = order
      .filter((key) => !hidden.includes(key))
      .sort((a, b) => counts[a] - counts[b] || order.indexOf(b) - order.indexOf(a))[0];
    hidden.push(next);
  }
  if (hidden.length === order.length) return { total, shown: [], withheld: true };
  const shown = order.filter((key) => !hidden.includes(key)).map((key) => ({ key, count: counts[key] }));
  return {
    total,
    shown,
    ...(hidden.length ? { merged: { keys: order.filter((key) => hidden.includes(key)), count: sum() } } : {}),
    withheld: false,
  };
}

/** A change since last quarter, as the review may say it. */
export type SafeChange = { by: number } | 'little' | 'none';

export function safeChange(now: number, before: number, k: number): SafeChange {
  const by = now - before;
  return by === 0 ? 'none' : Math.abs(by) >= k ? { by } : 'little';
}

export interface DimensionResult {
  dimension: Dimension;
  lights: SafeRow<Light>;
  trends: SafeRow<Trend>;
  /** Per light shown on its own in both quarters. */
  change: Partial<Record<Light, SafeChange>>;
  /** At least k people rated it red (shown on its own): the review proposes an experiment for it. */
  concern: boolean;
}

export interface ReviewResults {
  quarter: string;
  ratings: number;
  minGroup: number;
  /** At least minGroup ratings: the distributions may be shown. */
  enough: boolean;
  dimensions: DimensionResult[];
  previous: { quarter: string; ratings: number; enough: boolean };
}

function tally(ratings: readonly Rating[], d: Dimension) {
  const lights = { green: 0, amber: 0, red: 0 } as Record<Light, number>;
  const trends = { better: 0, same: 0, worse: 0 } as Record<Trend, number>;
  for (const r of ratings) {
    const v = r.ratings[d];
    if (!v) continue;
    lights[v[0]]++;
    trends[v[1]]++;
  }
  return { lights, trends };
}

/** The quarter's results from its ratings and the previous quarter's (for changes); nothing below minGroup. */
export function reviewResults(
  all: readonly Rating[],
  quarter: string,
  previousQuarter: string,
  minGroup: number,
): ReviewResults {
  const now = all.filter((r) => r.quarter === quarter);
  const before = all.filter((r) => r.quarter === previousQuarter);
  const enough = now.length >= minGroup;
  const beforeEnough = before.length >= minGroup;
  const dimensions = !enough
    ? []
    : DIMENSIONS.map((dimension): DimensionResult => {
        const t = tally(now, dimension);
        const lights = safeRow(LIGHTS, t.lights, minGroup);
        const trends = safeRow(TRENDS, t.trends, minGroup);
        const change: DimensionResult['change'] = {};
        if (beforeEnough) {
          const p = safeRow(LIGHTS, tally(before, dimension).lights, minGroup);
          for (const cell of lights.shown) {
            const old = p.shown.find((c) => c.key === cell.key);
            if (old) change[cell.key] = safeChange(cell.count, old.count, minGroup);
          }
        }
        const red = lights.shown.find((c) => c.key === 'red');
        return { dimension, lights, trends, change, concern: !!red && red.count > 0 };
      });
  return {
    quarter,
    ratings: now.length,
    minGroup,
    enough,
    dimensions,
    previous: { quarter: previousQuarter, ratings: before.length, enough: beforeEnough },
  };
}
