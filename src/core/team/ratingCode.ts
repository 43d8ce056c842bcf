// A rating handed to whoever collects the team's ratings, so that git shows the collector as the author of every file
// and none is traceable to the person who rated: one line of text, readable, carrying exactly what the file would.
//   pacewise-rating:2026-Q4:<uuid>:pace=green/better,meetings=amber/same
import { DIMENSIONS, parseRating, Rating, serializeRating } from './teamRating';

const PREFIX = 'pacewise-rating';
/** More codes than this in one paste are refused (a team is a few people; the folder reads at most 10,000). */
export const MAX_CODES = 200;
const CODE = /^pacewise-rating:(\d{4}-Q[1-4]):([0-9a-f-]{36}):([a-z]+=[a-z]+\/[a-z]+(?:,[a-z]+=[a-z]+\/[a-z]+)*)$/;

export function ratingCode(r: Rating): string {
  const parts = DIMENSIONS.filter((d) => r.ratings[d]).map((d) => `${d}=${r.ratings[d]![0]}/${r.ratings[d]![1]}`);
  return `${PREFIX}:${r.quarter}:${r.id}:${parts.join(',')}`;
}

export type CodesRead =
  | { ok: true; ratings: Rating[]; repeated: number }
  | { ok: false; problem: string; /** 1-based position of the code at fault, when one is. */ at?: number };

/**
 * The codes in a pasted text, separated by spaces or new lines. All or nothing: one code that is not a rating makes
 * the whole paste refused (with its position), so nothing half-added has to be found and undone. A code given twice
 * counts once (`repeated`).
 */
export function parseRatingCodes(text: string): CodesRead {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (!tokens.length) return { ok: false, problem: 'no code' };
  if (tokens.length > MAX_CODES) return { ok: false, problem: `more than ${MAX_CODES} codes` };
  const seen = new Map<string, Rating>();
  let repeated = 0;
  for (const [i, token] of tokens.entries()) {
    const m = CODE.exec(token);
    if (!m) return { ok: false, problem: 'is not a rating code (pacewise-rating:…)', at: i + 1 };
    const ratings: Record<string, [string, string]> = {};
    for (const part of m[3].split(',')) {
      const [dimension, value] = part.split('=');
      if (!(DIMENSIONS as readonly string[]).includes(dimension))
        return { ok: false, problem: `rates an unknown dimension (${dimension.slice(0, 40)})`, at: i + 1 };
      if (dimension in ratings) return { ok: false, problem: `rates ${dimension} twice`, at: i + 1 };
      ratings[dimension] = value.split('/') as [string, string];
    }
    // The file's own reader decides what a rating may hold, so a code can carry no more than a file can.
    const text = serializeRating({ id: m[2], quarter: m[1], ratings } as Rating);
    const parsed = parseRating(text, text.length); // ASCII only (the pattern above): a character is a byte
    if (!parsed.ok) return { ok: false, problem: parsed.problem, at: i + 1 };
    const before = seen.get(parsed.value.id);
    if (before) {
      if (serializeRating(before) !== text)
        return { ok: false, problem: 'has the id of another code with other answers', at: i + 1 };
      repeated++;
    } else seen.set(parsed.value.id, parsed.value);
  }
  return { ok: true, ratings: [...seen.values()], repeated };
}
