/**
 * The digest as files: `digest.json` (machine-readable, `docs/schemas/digest.schema.json`) and `digest.md` (for a
 * quarterly review meeting). Only what DigestCells may show; teams alphabetical; no ranks, no totals per person, no
 * "top" anything. Words written by teams (team names, lesson titles) stay text in Markdown.
 */
import { escapeMarkdown } from '../format';
import { inertText } from '../inertText';
import type { SafeRow } from '../rituals/reviewResults';
import type { Metric } from '../dayMetrics';
import type { DigestCell, DigestCells, Subject } from './digestCells';
import { DIMENSION_NAMES, METRIC_NAMES, subjectName } from './digestWords';

export const DIGEST_SCHEMA = 'pacewise.digest';

export interface Lesson {
  team: string;
  quarter: string;
  title: string;
  repo: string;
  path: string;
}

export interface DigestRun {
  read: number;
  failed: { repo: string; reason: string }[];
  /** Note and rating files that could not be read, per repository (listed, used nowhere). */
  unreadable: { repo: string; path: string; problem: string }[];
  lessons: Lesson[];
}

/** A row as JSON: each shown count by key, a merged group, the total; nothing at all when under the minimum. */
function rowJson<K extends string>(row: SafeRow<K>) {
  return {
    total: row.total,
    shown: Object.fromEntries(row.shown.map((c) => [c.key, c.count])),
    ...(row.merged ? { merged: row.merged } : {}),
  };
}

const subjectJson = (s: Subject) =>
  'template' in s
    ? { template: s.template }
    : s.kind === 'question'
      ? { kind: s.kind, topic: s.topic }
      : { kind: s.kind };

export function digestJson(d: DigestCells, run: DigestRun): string {
  return `${JSON.stringify(
    {
      schema: DIGEST_SCHEMA,
      v: '1.0',
      minContributors: d.minContributors,
      quarters: d.quarters,
      teams: d.teams,
      repos: { read: run.read, failed: run.failed },
      cells: d.cells.map((c) => ({
        team: c.team,
        quarter: c.quarter,
        ...subjectJson(c.subject),
        contributors: c.contributors,
        notes: c.notes,
        outcomes: Object.fromEntries(Object.entries(c.outcomes).map(([m, row]) => [m, rowJson(row!)])),
        ...(c.adherence ? { adherence: rowJson(c.adherence) } : {}),
      })),
      suppressed: d.suppressed,
      leadTime: { cells: d.leadTime, suppressed: d.leadTimeSuppressed },
      reviews: d.reviews.map((r) => ({
        team: r.team,
        quarter: r.quarter,
        ratings: r.results.ratings,
        dimensions: Object.fromEntries(
          r.results.dimensions.map((x) => [x.dimension, { lights: rowJson(x.lights), trends: rowJson(x.trends) }]),
        ),
      })),
      lessons: run.lessons,
      unreadable: run.unreadable,
    },
    null,
    2,
  )}\n`;
}

const esc = (s: string) => escapeMarkdown(inertText(s));

/** "lower 6 · same 0 · higher or … 5", a total alone, as the row allows. */
export function rowWords<K extends string>(row: SafeRow<K>): string {
  if (row.few) return 'too few to show';
  if (row.withheld) return `${row.total}, too few of each to show them apart`;
  const parts = row.shown.map((c) => `${c.key} ${c.count}`);
  if (row.merged) parts.push(`${row.merged.keys.join(' or ')} ${row.merged.count}`);
  return parts.join(' · ');
}

export const outcomeWords = (c: DigestCell) =>
  Object.entries(c.outcomes)
    .map(([m, row]) => `${METRIC_NAMES[m as Metric]}: ${rowWords(row!)}`)
    .join('; ') || '—';

const hours = (h: number) => (h >= 48 ? `${(h / 24).toFixed(1)} d` : `${h.toFixed(1)} h`);

export function digestMarkdown(d: DigestCells, run: DigestRun): string {
  const out = [
    '# Pacing digest',
    '',
    `${run.read} repositories read${run.failed.length ? `, ${run.failed.length} could not be read` : ''}. ` +
      `Quarters: ${d.quarters.join(', ') || 'none'}. A cell shows only when at least ${d.minContributors} ` +
      'different people stand behind it (git authors of the commits that added its notes); ' +
      `${d.suppressed} cells are hidden by that rule, and totals are taken over shown cells only. ` +
      'Teams alphabetical; nobody is ranked.',
  ];
  for (const team of d.teams) {
    out.push('', `## ${esc(team)}`);
    for (const quarter of d.quarters) {
      const cells = d.cells.filter((c) => c.team === team && c.quarter === quarter);
      const lead = d.leadTime.find((c) => c.team === team && c.quarter === quarter);
      const review = d.reviews.find((c) => c.team === team && c.quarter === quarter);
      if (!cells.length && !lead && !review) continue;
      out.push('', `### ${quarter}`, '');
      if (cells.length) {
        out.push('| What | People | Notes | Outcomes | Adherence |', '| --- | --- | --- | --- | --- |');
        for (const c of cells)
          out.push(
            `| ${esc(subjectName(c.subject))} | ${c.contributors} | ${c.notes} | ${esc(outcomeWords(c))} | ${c.adherence ? rowWords(c.adherence) : '—'} |`,
          );
        out.push('');
      }
      if (lead)
        out.push(
          `Lead time for changes: median ${hours(lead.medianHours)}, middle half ${hours(lead.p25Hours)}–${hours(lead.p75Hours)} (${lead.changes} merged changes).`,
          '',
        );
      if (review) {
        out.push(`Quarterly review, ${review.results.ratings} ratings:`, '');
        for (const x of review.results.dimensions)
          out.push(`- ${DIMENSION_NAMES[x.dimension]}: ${rowWords(x.lights)}; trend ${rowWords(x.trends)}`);
        out.push('');
      }
    }
  }
  if (run.lessons.length) {
    out.push('', '## Micro-lessons', '');
    for (const l of run.lessons)
      out.push(`- ${esc(l.title)} — ${esc(l.team)}, ${l.quarter} (\`${esc(l.repo)}\` ${esc(l.path)})`);
  }
  if (run.failed.length) {
    out.push('', '## Not read', '');
    for (const f of run.failed) out.push(`- \`${esc(f.repo)}\`: ${esc(f.reason)}`);
  }
  if (run.unreadable.length)
    out.push(
      '',
      `${run.unreadable.length === 1 ? '1 file' : `${run.unreadable.length} files`} could not be read and ${run.unreadable.length === 1 ? 'is' : 'are'} counted nowhere (digest.json lists them).`,
    );
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
