// The quarterly review at its cap, in plain Node: 10,000 rating files (the team folder reads no more) parsed, and the
// quarter's results with changes since the last one computed from them. The view computes them on each read of the
// folder, so this is what a pull that brings ratings costs beyond reading the files.
import { reviewResults } from '../src/core/rituals/reviewResults';
import { proposals, quarterNotes } from '../src/core/rituals/reviewRitual';
import { retroResults } from '../src/core/rituals/retroResults';
import { parseNote, TeamNote } from '../src/core/team/teamNote';
import { note } from '../test/fixtures/teamFolder';
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
  // The review page's material from a team folder at 5,000 notes over two years: the quarter's reports and lessons
  // picked by their week's Thursday and sorted, and the proposals — what each redraw of the page computes.
  const notes: TeamNote[] = Array.from({ length: 5_000 }, (_, i) => {
    const week = `${2025 + (i % 2)}-W${String(1 + (i % 52)).padStart(2, '0')}`;
    const text = JSON.stringify(note(i, { week, kind: i % 3 ? 'lesson' : 'question', text: { keep: `Lesson ${i}` } }));
    const parsed = parseNote(text, text.length);
    if (!parsed.ok) throw new Error(`note ${i}: ${parsed.problem}`);
    return parsed.value;
  });
  const results = reviewResults(ratings, '2026-Q4', '2026-Q3', 5);
  const meetingTimes: number[] = [];
  let tried = 0;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    tried = quarterNotes(notes, '2026-Q4').length + proposals(results).length;
    meetingTimes.push(performance.now() - t);
  }
  if (ratings.length !== FILES) throw new Error(`parsed ${ratings.length} of ${FILES}`);
  row(`quarterly review: parse ${FILES} rating files (median of 5)`, ms(median(parseTimes)), '≤ 200 ms');
  row(
    `quarterly review: results of ${FILES / 2} ratings with changes since ${FILES / 2} the quarter before (median of 5)`,
    ms(median(resultTimes)),
    '≤ 50 ms',
  );
  // The retrospective across teams at the space's cap: the same 10,000 ratings spread over 40 teams, each team's
  // results with its changes since the quarter before — what the view computes on each read of the space.
  const teams = Array.from({ length: 40 }, (_, i) => `Team ${i + 1}`);
  const tagged = ratings.map((r, i) => ({ ...r, team: `team ${(Math.floor(i / 2) % 40) + 1}` }));
  const retroTimes: number[] = [];
  let shown = 0;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    shown = retroResults(tagged, teams, '2026-Q4', '2026-Q3', 5).teams.filter((x) => x.results).length;
    retroTimes.push(performance.now() - t);
  }
  row(
    `retrospective across teams: ${FILES} ratings of 40 teams, each team's results (median of 5; ${shown} teams shown)`,
    ms(median(retroTimes)),
    '≤ 100 ms',
  );
  row(
    `quarterly review page: the quarter's reports and lessons of 5000 notes, and the proposals (median of 5; ${tried} items)`,
    ms(median(meetingTimes)),
    '≤ 50 ms',
  );
}
