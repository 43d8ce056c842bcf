/**
 * The organisation digest's aggregation: many repositories' notes, ratings and merged changes folded into cells per
 * team and quarter, held as counts and sets of contributors — never a list of repositories or notes — so reading
 * 10,000 repositories keeps only what the report shows. What may be shown follows the minimum group everywhere: a
 * cell needs `k` distinct contributors (git authors of the commits that added its notes; one email is one person in
 * every repository); a hidden cell carries no counts; and when exactly one cell of a row (a team's quarter's
 * experiments, or its questions by topic) or a column (a quarter's subject across teams) would be hidden, the next
 * smallest is hidden with it, so no total or difference gives a hidden cell away. Totals are taken over shown cells only.
 */
import type { TemplateId } from '../experiments/experimentTemplates';
import type { Metric } from '../dayMetrics';
import { teamKey } from '../mentorship/profile';
import { reviewResults, ReviewResults, safeRow, SafeRow } from '../rituals/reviewResults';
import { addQuarters } from '../rituals/quarters';
import { ADHERENCE, AdherenceBucket, Direction, DIRECTIONS, TeamNote } from '../team/teamNote';
import type { Rating } from '../team/teamRating';
import { MergedChange, percentile } from './leadTime';

/** What a cell is about: an experiment template's reports, or the lessons, challenges or questions on a topic. */
export type Subject = { template: TemplateId } | { kind: 'lesson' | 'challenge' } | { kind: 'question'; topic: string };

export function subjectOf(note: TeamNote): Subject {
  if (note.kind === 'experimentReport') return { template: note.template ?? 'custom' };
  if (note.kind === 'question') return { kind: 'question', topic: note.tags[0] ?? 'other' };
  return { kind: note.kind };
}

const subjectKey = (s: Subject) =>
  'template' in s ? `template:${s.template}` : s.kind === 'question' ? `question:${s.topic}` : `kind:${s.kind}`;

interface CellSum {
  subject: Subject;
  authors: Set<number>;
  notes: number;
  outcomes: Map<Metric, Record<Direction, number>>;
  adherence: Record<AdherenceBucket, number>;
}

export interface DigestCell {
  team: string;
  quarter: string;
  subject: Subject;
  contributors: number;
  notes: number;
  /** Per outcome, the directions as the minimum group allows (a row under k is left out). */
  outcomes: Partial<Record<Metric, SafeRow<Direction>>>;
  adherence?: SafeRow<AdherenceBucket>;
}

export interface LeadTimeCell {
  team: string;
  quarter: string;
  changes: number;
  medianHours: number;
  p25Hours: number;
  p75Hours: number;
}

export interface ReviewCell {
  team: string;
  quarter: string;
  results: ReviewResults;
}

export interface DigestCells {
  minContributors: number;
  /** The quarters in the report, oldest first. */
  quarters: string[];
  /** Teams as they name themselves, alphabetical by key. */
  teams: string[];
  cells: DigestCell[];
  /** Cells hidden by the minimum group, their own or complementary: counted, never described. */
  suppressed: number;
  leadTime: LeadTimeCell[];
  leadTimeSuppressed: number;
  reviews: ReviewCell[];
}

/** Which quarters the report covers: one, or every quarter from one on; undefined is all. */
export type QuarterRange = { quarter: string } | { since: string } | undefined;

export const inRange = (range: QuarterRange, quarter: string) =>
  !range || ('quarter' in range ? quarter === range.quarter : quarter >= range.since);

export class DigestAccumulator {
  private readonly names = new Map<string, string>();
  private readonly sums = new Map<string, CellSum>();
  private readonly changes = new Map<string, { hours: number[]; authors: Set<number> }>();
  /** Each person (email) once, as a number: 10,000 repositories name the same people over and over. */
  private readonly people = new Map<string, number>();

  private person(email: string): number {
    let n = this.people.get(email);
    if (n === undefined) this.people.set(email, (n = this.people.size));
    return n;
  }
  private readonly ratings = new Map<string, Rating[]>();

  constructor(private readonly range: QuarterRange = undefined) {}

  /** The team's key; of two spellings of one team, the first in sort order names it (the same whatever the order read). */
  team(name: string): string {
    const key = teamKey(name);
    const known = this.names.get(key);
    if (known === undefined || name < known) this.names.set(key, name);
    return key;
  }

  /** A note of `team` in `quarter`, added by the commit of `author` (lowercased email). */
  addNote(team: string, quarter: string, note: TeamNote, author: string): void {
    if (!inRange(this.range, quarter)) return;
    const subject = subjectOf(note);
    const key = `${this.team(team)}\u0000${quarter}\u0000${subjectKey(subject)}`;
    let sum = this.sums.get(key);
    if (!sum) {
      sum = { subject, authors: new Set(), notes: 0, outcomes: new Map(), adherence: { most: 0, some: 0, few: 0 } };
      this.sums.set(key, sum);
    }
    sum.authors.add(this.person(author));
    sum.notes++;
    for (const [metric, direction] of Object.entries(note.outcomes ?? {}) as [Metric, Direction][]) {
      let counts = sum.outcomes.get(metric);
      if (!counts) sum.outcomes.set(metric, (counts = { higher: 0, same: 0, lower: 0 }));
      counts[direction]++;
    }
    if (note.adherence) sum.adherence[note.adherence]++;
  }

  addChanges(team: string, changes: readonly MergedChange[]): void {
    for (const c of changes) {
      if (!inRange(this.range, c.quarter)) continue;
      const key = `${this.team(team)}\u0000${c.quarter}`;
      let acc = this.changes.get(key);
      if (!acc) this.changes.set(key, (acc = { hours: [], authors: new Set() }));
      acc.hours.push(c.hours);
      for (const a of c.authors) acc.authors.add(this.person(a));
    }
  }

  /** A team's review ratings (no author: the review's own rule, k ratings, applies). */
  addRatings(team: string, ratings: readonly Rating[]): void {
    const key = this.team(team);
    let list = this.ratings.get(key);
    if (!list) this.ratings.set(key, (list = []));
    for (const r of ratings) if (r.team === undefined) list.push(r);
  }

  result(k: number): DigestCells {
    const split = (key: string) => key.split('\u0000');
    const hidden = suppress(
      [...this.sums].map(([key, s]) => {
        const [team, quarter, subject] = split(key);
        // A row is one of a team's quarter's tables: its experiments side by side, or its lessons, questions …
        const family = 'template' in s.subject ? 'experiments' : s.subject.kind;
        return {
          key,
          size: s.authors.size,
          groups: [`${team}\u0000${quarter}\u0000${family}`, `${quarter}\u0000${subject}`],
        };
      }),
      k,
    );
    const cells: DigestCell[] = [];
    for (const [key, s] of this.sums) {
      if (hidden.has(key)) continue;
      const [team, quarter] = split(key);
      const outcomes: DigestCell['outcomes'] = {};
      for (const [metric, counts] of [...s.outcomes].sort(([a], [b]) => a.localeCompare(b))) {
        const row = safeRow(DIRECTIONS, counts, k);
        if (!row.few) outcomes[metric] = row;
      }
      const adherence = safeRow(ADHERENCE, s.adherence, k);
      cells.push({
        team,
        quarter,
        subject: s.subject,
        contributors: s.authors.size,
        notes: s.notes,
        outcomes,
        ...(adherence.few ? {} : { adherence }),
      });
    }
    const leadTime: LeadTimeCell[] = [];
    let leadTimeSuppressed = 0;
    for (const [key, acc] of this.changes) {
      const [team, quarter] = split(key);
      if (acc.authors.size < k) {
        leadTimeSuppressed++;
        continue;
      }
      const sorted = [...acc.hours].sort((a, b) => a - b);
      const round = (h: number) => Math.round(h * 10) / 10;
      leadTime.push({
        team,
        quarter,
        changes: sorted.length,
        medianHours: round(percentile(sorted, 0.5)),
        p25Hours: round(percentile(sorted, 0.25)),
        p75Hours: round(percentile(sorted, 0.75)),
      });
    }
    const quarters = new Set([...cells, ...leadTime].map((c) => c.quarter));
    const reviews: ReviewCell[] = [];
    for (const [team, ratings] of this.ratings) {
      const rated = new Set(ratings.map((r) => r.quarter).filter((q) => inRange(this.range, q)));
      for (const quarter of rated) {
        const results = reviewResults(ratings, quarter, addQuarters(quarter, -1), k);
        if (results.enough) reviews.push({ team, quarter, results });
        if (results.enough) quarters.add(quarter);
      }
    }
    const order = <T extends { team: string; quarter: string }>(list: T[], key: (t: T) => string = () => '') =>
      list.sort(
        (a, b) => a.team.localeCompare(b.team) || a.quarter.localeCompare(b.quarter) || key(a).localeCompare(key(b)),
      );
    const teams = [...new Set([...cells, ...leadTime, ...reviews].map((c) => c.team))].sort();
    const named = <T extends { team: string }>(list: T[]) => list.map((c) => ({ ...c, team: this.names.get(c.team)! }));
    return {
      minContributors: k,
      quarters: [...quarters].sort(),
      teams: teams.map((t) => this.names.get(t)!),
      cells: named(order(cells, (c) => subjectKey(c.subject))),
      suppressed: hidden.size,
      leadTime: named(order(leadTime)),
      leadTimeSuppressed,
      reviews: named(order(reviews)),
    };
  }
}

/**
 * The cells to hide: those under `k`, then — until nothing changes — in any group (row or column) of two or more
 * cells with exactly one hidden, the smallest shown one too (ties by key, so every run hides the same).
 */
export function suppress(cells: readonly { key: string; size: number; groups: string[] }[], k: number): Set<string> {
  const hidden = new Set(cells.filter((c) => c.size < k).map((c) => c.key));
  const groups = new Map<string, { key: string; size: number }[]>();
  for (const c of cells)
    for (const g of c.groups) {
      const members = groups.get(g);
      if (members) members.push(c);
      else groups.set(g, [c]);
    }
  for (let changed = true; changed;) {
    changed = false;
    for (const members of groups.values()) {
      if (members.length < 2 || members.filter((m) => hidden.has(m.key)).length !== 1) continue;
      const next = members
        .filter((m) => !hidden.has(m.key))
        .sort((a, b) => a.size - b.size || a.key.localeCompare(b.key))[0];
      hidden.add(next.key);
      changed = true;
    }
  }
  return hidden;
}
