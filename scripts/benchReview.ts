// The quarterly review at its cap, in plain Node: 10,000 rating files (the team folder reads no more) parsed, and the
// quarter's results with changes since the last one computed from them. The view computes them on each read of the
// folder, so this is what a pull that brings ratings costs beyond reading the files.
import { reviewResults } from '../src/core/rituals/reviewResults';
import { DIMENSIONS, LIGHTS, parseRating, Rating, serializeRating, TRENDS } from '../src/core/team/teamRating';
import { median, ms } from './benchHost';
import type { Row } from './benchInsights';

const FILES = 10_000;

export function reviewFigures(row: Row): void {
  let s = 7;
  const rnd = (n: number) => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n;
  const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const texts = Array.from({ length: FILES }, (_, i) =>
    serializeRating({
      id: uuid(i),
      quarter: i % 2 ? '2026-Q4' : '2026-Q3',
      ratings: Object.fromEntries(DIMENSIONS.map((d) => [d, [LIGHTS[rnd(3)], TRENDS[rnd(3)]]])),
    }),
  );
  const parseTimes: number[] = [];
  const resultTimes: number[] = [];
  let ratings: Rating[] = [];
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    ratings = texts.map((text) => parseRating(text, text.length)).flatMap((r) => (r.ok ? [r.value] : []));
    parseTimes.push(performance.now() - t);
    t = performance.now();
    reviewResults(ratings, '2026-Q4', '2026-Q3', 5);
    resultTimes.push(performance.now() - t);
  }
  if (ratings.length !== FILES) throw new Error(`parsed ${ratings.length} of ${FILES}`);
  row(`quarterly review: parse ${FILES} rating files (median of 5)`, ms(median(parseTimes)), '≤ 200 ms');
  row(
    `quarterly review: results of ${FILES / 2} ratings with changes since ${FILES / 2} the quarter before (median of 5)`,
    ms(median(resultTimes)),
    '≤ 50 ms',
  );
}
