import type { CheckinRecord } from '../focus/checkins';
import { sanitizeText } from '../commandArgs';
import type { DaySummary } from '../focus/today';

/** Why a prompt may appear; each shown prompt names the signal that made it eligible. */
export const SIGNALS = [
  'wipOverLimit',
  'noBreaks',
  'pastEndOfDay',
  'interruptionsHigh',
  'stressRising',
  'manyBranches',
  'lateNight',
  'general',
] as const;
export type Signal = (typeof SIGNALS)[number];
export const PROMPT_CATEGORIES = ['discovery', 'diagnostic', 'escalation'] as const;

export interface PacingPrompt {
  id: string;
  category: (typeof PROMPT_CATEGORIES)[number];
  signals: Signal[];
  text: string;
  /** From the team playbook (`.pacewise/playbook.json`) rather than the built-in library. */
  team?: boolean;
}

export interface GlossaryTerm {
  term: string;
  definition: string;
}

export interface PromptLibrary {
  prompts: PacingPrompt[];
  glossary: GlossaryTerm[];
}

/** What a user's reactions have taught Pacewise; kept locally. */
export interface PromptState {
  /** Per prompt id; "not useful" lowers it, never below a floor so a prompt can come back much later. */
  weights: Record<string, number>;
  /** Most recently shown ids, newest last. */
  recent: string[];
  /** No automatic prompt before this instant (a quiet period after a dismissal). */
  quietUntil: number;
  /** Local day (yyyy-MM-dd) on which automatic prompts are snoozed. */
  snoozedDay?: string;
}

export const QUIET_AFTER_DISMISS_MS = 2 * 3_600_000;
const NOT_USEFUL_FACTOR = 0.3;
const WEIGHT_FLOOR = 0.05;
const RECENT_KEPT = 10;

export function emptyPromptState(): PromptState {
  return { weights: {}, recent: [], quietUntil: 0 };
}

/** Why an entry of a library file was skipped, or why the file could not be used; worded by the host. */
export type EntryReason =
  | 'notObject'
  | 'id'
  | 'duplicateId'
  | 'category'
  | 'text'
  | 'textTooLong'
  | 'signals'
  | 'signal'
  | 'term'
  | 'termTooLong'
  | 'definition'
  | 'definitionTooLong';
export type LibraryProblem =
  | { entry: 'prompt' | 'glossary'; /** 1-based, as a person counts */ n: number; reason: EntryReason; value?: string }
  | { entry: 'file'; reason: 'notJson' | 'notObject' }
  | { entry: 'file'; reason: 'tooMany'; max: number };

/** A teammate's value, quoted back only when it is a plain word (never text that could carry markup). */
const plainWord = (v: unknown) => (typeof v === 'string' && /^[\w-]{1,40}$/.test(v) ? v : undefined);

function promptProblem(
  q: unknown,
  seen: Set<string>,
): Omit<LibraryProblem & { entry: 'prompt' }, 'entry' | 'n'> | undefined {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) return { reason: 'notObject' };
  const p = q as Record<string, unknown>;
  if (typeof p.id !== 'string' || !/^[\w-]{1,64}$/.test(p.id)) return { reason: 'id' };
  if (seen.has(p.id)) return { reason: 'duplicateId', value: p.id };
  if (!(PROMPT_CATEGORIES as readonly unknown[]).includes(p.category))
    return { reason: 'category', value: plainWord(p.category) };
  if (typeof p.text !== 'string' || p.text.trim().length === 0) return { reason: 'text' };
  if (p.text.length > 300) return { reason: 'textTooLong' };
  if (!Array.isArray(p.signals) || p.signals.length === 0) return { reason: 'signals' };
  const unknown = p.signals.find((s) => !(SIGNALS as readonly unknown[]).includes(s));
  if (unknown !== undefined) return { reason: 'signal', value: plainWord(unknown) };
  return undefined;
}

function glossaryProblem(g: unknown): Omit<LibraryProblem & { entry: 'glossary' }, 'entry' | 'n'> | undefined {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return { reason: 'notObject' };
  const t = g as Record<string, unknown>;
  if (typeof t.term !== 'string' || !sanitizeText(t.term)) return { reason: 'term' };
  if (t.term.length > 80) return { reason: 'termTooLong' };
  if (typeof t.definition !== 'string') return { reason: 'definition' };
  if (t.definition.length > 500) return { reason: 'definitionTooLong' };
  return undefined;
}

/** Validates a library file (built-in or a team playbook): bad entries are listed with their reason, never fatal. */
export function parseLibrary(raw: unknown): { library: PromptLibrary; errors: LibraryProblem[] } {
  const errors: LibraryProblem[] = [];
  const library: PromptLibrary = { prompts: [], glossary: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { library, errors: [{ entry: 'file', reason: 'notObject' }] };
  const r = raw as Record<string, unknown>;
  const seen = new Set<string>();
  for (const [i, p] of (Array.isArray(r.prompts) ? r.prompts : []).entries()) {
    const problem = promptProblem(p, seen);
    if (problem) {
      errors.push({ entry: 'prompt', n: i + 1, ...problem });
      continue;
    }
    const q = p as Record<string, unknown>;
    seen.add(q.id as string);
    library.prompts.push({
      id: q.id as string,
      category: q.category as PacingPrompt['category'],
      signals: q.signals as Signal[],
      text: sanitizeText(q.text as string),
    });
  }
  for (const [i, g] of (Array.isArray(r.glossary) ? r.glossary : []).entries()) {
    const problem = glossaryProblem(g);
    if (problem) {
      errors.push({ entry: 'glossary', n: i + 1, ...problem });
      continue;
    }
    const t = g as { term: string; definition: string };
    library.glossary.push({ term: sanitizeText(t.term), definition: sanitizeText(t.definition) });
  }
  return { library, errors };
}

/** Limits for a team playbook: a file in the repository is untrusted input. */
export const PLAYBOOK_MAX_BYTES = 256 * 1024;
const PLAYBOOK_MAX_ENTRIES = 500;

/**
 * Reads `.pacewise/playbook.json`: the same shape as the built-in library (`prompts`, `glossary`); unknown fields
 * are ignored, malformed entries listed and skipped. Never throws.
 */
export function parsePlaybook(text: string): { library: PromptLibrary; errors: LibraryProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { library: { prompts: [], glossary: [] }, errors: [{ entry: 'file', reason: 'notJson' }] };
  }
  const parsed = parseLibrary(raw);
  const errors = [...parsed.errors];
  const { prompts, glossary } = parsed.library;
  if (prompts.length > PLAYBOOK_MAX_ENTRIES || glossary.length > PLAYBOOK_MAX_ENTRIES)
    errors.push({ entry: 'file', reason: 'tooMany', max: PLAYBOOK_MAX_ENTRIES });
  return {
    library: {
      prompts: prompts.slice(0, PLAYBOOK_MAX_ENTRIES).map((p) => ({ ...p, team: true })),
      glossary: glossary.slice(0, PLAYBOOK_MAX_ENTRIES),
    },
    errors,
  };
}

/** The built-in library with a team playbook over it: same id or term (any case) replaces, new ones are added. */
export function mergePlaybook(base: PromptLibrary, team: PromptLibrary): PromptLibrary {
  const teamIds = new Map(team.prompts.map((p) => [p.id, p]));
  const teamTerms = new Map(team.glossary.map((g) => [g.term.toLowerCase(), g]));
  const prompts = base.prompts.map((p) => teamIds.get(p.id) ?? p);
  const baseIds = new Set(base.prompts.map((p) => p.id));
  prompts.push(...team.prompts.filter((p) => !baseIds.has(p.id)));
  const glossary = base.glossary.map((g) => teamTerms.get(g.term.toLowerCase()) ?? g);
  const baseTerms = new Set(base.glossary.map((g) => g.term.toLowerCase()));
  glossary.push(...team.glossary.filter((g) => !baseTerms.has(g.term.toLowerCase())));
  return { prompts, glossary };
}

export interface SignalInputs {
  today: DaySummary;
  /** Sessions since the last break taken, today. */
  sessionsSinceBreak: number;
  wipActive: number;
  wipLimit: number;
  /** Interruptions on each of the previous days with any activity (for the user's own median). */
  pastDailyInterruptions: number[];
  /** Check-ins, oldest first. */
  checkins: Pick<CheckinRecord, 'at' | 'stress'>[];
  /** Branches with a recent commit, across repositories (undefined: git facts not known). */
  recentBranches?: number;
  /** The user's own late-night commits in the last 7 days. */
  lateCommits?: number;
}

export const MANY_BRANCHES = 4;
export const LATE_COMMITS = 2;

/** The signals that hold now, each with the facts behind it (for "why this appeared"). */
export function computeSignals(input: SignalInputs): Map<Signal, Record<string, number>> {
  const out = new Map<Signal, Record<string, number>>();
  if (input.wipLimit > 0 && input.wipActive > input.wipLimit)
    out.set('wipOverLimit', { active: input.wipActive, limit: input.wipLimit });
  if (input.sessionsSinceBreak >= 3) out.set('noBreaks', { sessions: input.sessionsSinceBreak });
  if (input.today.pastEndOfDay) out.set('pastEndOfDay', {});
  const median = medianOf(input.pastDailyInterruptions);
  if (input.pastDailyInterruptions.length >= 3 && input.today.interruptions > Math.max(2, median)) {
    out.set('interruptionsHigh', { today: input.today.interruptions, median });
  }
  const last = input.checkins.slice(-3).map((c) => c.stress);
  if (last.length === 3 && last[0] < last[1] && last[1] < last[2])
    out.set('stressRising', { from: last[0], to: last[2] });
  if ((input.recentBranches ?? 0) >= MANY_BRANCHES) out.set('manyBranches', { branches: input.recentBranches ?? 0 });
  if ((input.lateCommits ?? 0) >= LATE_COMMITS) out.set('lateNight', { commits: input.lateCommits ?? 0 });
  return out;
}

function medianOf(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Choice {
  prompt: PacingPrompt;
  signal: Signal;
  facts: Record<string, number>;
}

/**
 * One prompt for this boundary, or none. Automatic prompts need a signal and respect the quiet period and the
 * snooze; on demand, a general prompt is offered when no signal holds. Highest weight wins; ties go to the prompt
 * shown least recently, then library order — deterministic, so it can be tested.
 */
export function choosePrompt(
  library: PromptLibrary,
  signals: Map<Signal, Record<string, number>>,
  state: PromptState,
  now: number,
  today: string,
  onDemand: boolean,
): Choice | undefined {
  if (!onDemand && (now < state.quietUntil || state.snoozedDay === today || signals.size === 0)) return undefined;
  const active = signals.size > 0 ? signals : new Map<Signal, Record<string, number>>([['general', {}]]);
  let best: (Choice & { score: number; recency: number; index: number }) | undefined;
  library.prompts.forEach((prompt, index) => {
    const signal = prompt.signals.find((s) => active.has(s));
    if (!signal) return;
    const score = state.weights[prompt.id] ?? 1;
    const pos = state.recent.lastIndexOf(prompt.id);
    const recency = pos === -1 ? -1 : pos; // never shown sorts first
    const better =
      !best ||
      score > best.score ||
      (score === best.score && (recency < best.recency || (recency === best.recency && index < best.index)));
    if (better) best = { prompt, signal, facts: active.get(signal) ?? {}, score, recency, index };
  });
  return best && { prompt: best.prompt, signal: best.signal, facts: best.facts };
}

/** Records that a prompt was shown. */
export function promptShown(state: PromptState, id: string): PromptState {
  return { ...state, recent: [...state.recent.filter((r) => r !== id), id].slice(-RECENT_KEPT) };
}

/** The user's reaction: "not useful" lowers the prompt's weight; any dismissal starts a quiet period. */
export function promptReaction(
  state: PromptState,
  id: string,
  reaction: 'notUseful' | 'dismiss' | 'snoozeToday',
  now: number,
  today: string,
): PromptState {
  const next: PromptState = { ...state, weights: { ...state.weights }, quietUntil: now + QUIET_AFTER_DISMISS_MS };
  if (reaction === 'notUseful') next.weights[id] = Math.max(WEIGHT_FLOOR, (state.weights[id] ?? 1) * NOT_USEFUL_FACTOR);
  if (reaction === 'snoozeToday') next.snoozedDay = today;
  return next;
}
