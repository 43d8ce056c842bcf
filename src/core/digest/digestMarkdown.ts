/** `digest.md`, for a quarterly review meeting: the same as the page, as text. Teams' words stay text. */
import { escapeMarkdown } from '../format';
import { inertText } from '../inertText';
import type { DigestCells } from './digestCells';
import { byTeam, DigestRun, outcomeWords, rowWords, unreadableWords } from './digestReport';
import { DIMENSION_NAMES, subjectName } from './digestWords';

const esc = (s: string) => escapeMarkdown(inertText(s));
const hours = (h: number) => (h >= 48 ? `${(h / 24).toFixed(1)} d` : `${h.toFixed(1)} h`);

export function* digestMarkdown(d: DigestCells, run: DigestRun): Generator<string> {
  yield '# Pacing digest\n\n';
  yield (
    `${run.read} repositories read${run.failed.length ? `, ${run.failed.length} could not be read` : ''}. ` +
    `Quarters: ${d.quarters.join(', ') || 'none'}. A cell shows only when at least ${d.minContributors} ` +
    'different people stand behind it (git authors of the commits that added its notes); ' +
    `${d.suppressed} cells are hidden by that rule, and totals are taken over shown cells only. ` +
    'Teams alphabetical; nobody is ranked.\n'
  );
  for (const { team, quarters } of byTeam(d)) {
    yield `\n## ${esc(team)}\n`;
    for (const { quarter, cells, lead, review } of quarters) {
      const out = [`\n### ${quarter}\n`];
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
      yield `${out.join('\n')}`;
    }
  }
  if (run.lessons.length) {
    yield '\n## Micro-lessons\n\n';
    for (const l of run.lessons)
      yield `- ${esc(l.title)} — ${esc(l.team)}, ${l.quarter} (\`${esc(l.repo)}\` ${esc(l.path)})\n`;
  }
  if (run.failed.length) {
    yield '\n## Not read\n\n';
    for (const f of run.failed) yield `- \`${esc(f.repo)}\`: ${esc(f.reason)}\n`;
  }
  if (run.unreadable.length) yield `\n${unreadableWords(run.unreadable.length)}\n`;
}
