import { sanitizeText } from '../commandArgs';
import { foldForSearch } from '../team/teamBoard';

/**
 * What mentors offer and mentees want: the pacing topics Pacewise knows (its glossary and experiment templates in
 * other words), plus free ones a participant types. A known topic is stored by id, so people reading in different
 * languages still match; a free one is stored as typed and matched case- and space-insensitively.
 */
export const PACING_TOPICS = [
  'wipLimits',
  'meetingLoad',
  'focusTime',
  'interruptions',
  'prioritisation',
  'sustainablePace',
  'hardStops',
  'recoveryAfterPeaks',
  'workloadFairness',
  'leadTime',
  'estimation',
  'onCall',
] as const;
export type PacingTopic = (typeof PACING_TOPICS)[number];

export const MAX_TOPICS = 12;
export const MAX_TOPIC_LENGTH = 40;

const KNOWN: ReadonlySet<string> = new Set(PACING_TOPICS);

export function isPacingTopic(t: string): t is PacingTopic {
  return KNOWN.has(t);
}

/** The form two topics are compared in: a known id as it is; free text folded (case, accents, spacing). */
export function topicKey(t: string): string {
  if (isPacingTopic(t)) return t;
  return foldForSearch(t)
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * A list of topics from a file or a form: text only, each ≤ MAX_TOPIC_LENGTH characters after cleaning, at most
 * MAX_TOPICS, duplicates (by key) dropped. Returns a problem rather than shortening anything.
 */
export function parseTopics(v: unknown, name: string): { ok: true; value: string[] } | { ok: false; problem: string } {
  if (v === undefined) return { ok: true, value: [] };
  if (!Array.isArray(v)) return { ok: false, problem: `${name} must be a list` };
  if (v.length > MAX_TOPICS) return { ok: false, problem: `${name} has more than ${MAX_TOPICS} topics` };
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of v) {
    if (typeof t !== 'string') return { ok: false, problem: `${name} may hold only text` };
    const clean = sanitizeText(t).trim();
    if (!clean || Array.from(clean).length > MAX_TOPIC_LENGTH)
      return { ok: false, problem: `each of ${name} must be 1 to ${MAX_TOPIC_LENGTH} characters` };
    const key = topicKey(clean);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return { ok: true, value: out };
}

/** Topics in both lists, in the order of `wanted` (the mentee's own order of importance). */
export function sharedTopics(wanted: readonly string[], offered: readonly string[]): string[] {
  const offeredKeys = new Set(offered.map(topicKey));
  return wanted.filter((t) => offeredKeys.has(topicKey(t)));
}
