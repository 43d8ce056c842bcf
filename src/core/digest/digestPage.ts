/**
 * The digest's `index.html`: one self-contained page — no request leaves it (a CSP of `default-src 'none'`, its one
 * style and one script allowed by hash), light or dark with the reader's system (or the editor's theme inside VS
 * Code), the Insights panel's charts as inline SVG, each with a text summary and a data table. Everything written by
 * teams (names, lesson titles, repository paths) is escaped text.
 */
import type { ChartModel } from '../../shared/insightsProtocol';
import { chartMarkup, chartTree, escapeXml, legendTree } from '../../shared/svgChart';
import type { DigestCells, LeadTimeCell } from './digestCells';
import { byTeam, DigestRun, outcomeWords, rowWords, unreadableWords } from './digestReport';
import { DIMENSION_NAMES, subjectName } from './digestWords';
import { DIGEST_STYLE } from './digestStyle';

const esc = escapeXml;

/** Filters the lessons as one types; says how many show. */
const SEARCH_SCRIPT = `const q=document.getElementById('lesson-search');const items=[...document.querySelectorAll('#lessons li')];const said=document.getElementById('lesson-count');q.hidden=false;document.getElementById('lesson-search-label').hidden=false;q.addEventListener('input',()=>{const t=q.value.trim().toLowerCase();let n=0;for(const li of items){const hit=!t||li.textContent.toLowerCase().includes(t);li.hidden=!hit;if(hit)n++;}said.textContent=n+' of '+items.length+' lessons shown';});`;

const hours = (h: number) => (h >= 48 ? `${(h / 24).toFixed(1)} days` : `${h.toFixed(1)} hours`);

function table(caption: string, columns: string[], rows: string[][]): string {
  return `<div class="table-wrap"><table><caption>${esc(caption)}</caption><thead><tr>${columns
    .map((c) => `<th scope="col">${esc(c)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r[0])}</th>${r
          .slice(1)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
}

/** A team's lead time over the report's quarters: the median and the middle half, gaps where nothing shows. */
function leadTimeChart(id: string, team: string, quarters: string[], cells: LeadTimeCell[]): ChartModel {
  const at = (q: string) => cells.find((c) => c.quarter === q);
  const last = cells[cells.length - 1];
  const toDays = Math.max(...cells.map((c) => c.p75Hours)) >= 96;
  const unit = toDays ? 24 : 1;
  const v = (h: number | undefined) => (h === undefined ? null : Math.round((h / unit) * 10) / 10);
  return {
    id,
    title: `${team}: lead time for changes`,
    summary:
      `In ${last.quarter}, half of the ${last.changes} changes merged by ${team} took ${hours(last.medianHours)} or ` +
      `less from their first commit; the middle half took ${hours(last.p25Hours)} to ${hours(last.p75Hours)}.`,
    kind: 'lines',
    stacked: false,
    unit: toDays ? 'days' : 'hours',
    series: [
      { name: 'median', style: 'a' },
      { name: '25th percentile', style: 'b' },
      { name: '75th percentile', style: 'c' },
    ],
    points: quarters.map((q) => ({
      label: q,
      values: [v(at(q)?.medianHours), v(at(q)?.p25Hours), v(at(q)?.p75Hours)],
    })),
    min: 0,
    max: Math.max(1, ...cells.map((c) => Math.ceil((c.p75Hours / unit) * 1.1))),
    table: {
      caption: `${team}: lead time for changes by quarter`,
      columns: ['Quarter', 'Median', 'Middle half', 'Merged changes'],
      rows: cells.map((c) => [
        c.quarter,
        hours(c.medianHours),
        `${hours(c.p25Hours)} – ${hours(c.p75Hours)}`,
        String(c.changes),
      ]),
    },
  };
}

function chart(c: ChartModel): string {
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  return `<figure class="chart"><figcaption><h4 id="${c.id}-title">${esc(c.title)}</h4><p class="summary" id="${c.id}-summary">${esc(
    c.summary,
  )}</p></figcaption>${chartMarkup(chartTree(c, `${c.id}-title ${c.id}-summary`, fmt))}${chartMarkup(
    legendTree(c),
  )}${table(c.table.caption, c.table.columns, c.table.rows)}</figure>`;
}

/** The page, in chunks; `hash` gives a text's CSP hash source (`'sha256-…'`), computed where crypto is at hand. */
export function* digestHtml(d: DigestCells, run: DigestRun, hash: (text: string) => string): Generator<string> {
  const script = run.lessons.length ? SEARCH_SCRIPT : '';
  const csp = `default-src 'none'; style-src ${hash(DIGEST_STYLE)}; script-src ${script ? hash(script) : "'none'"}`;
  yield [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<title>Pacing digest</title>',
    `<style>${DIGEST_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header><h1>Pacing digest</h1>',
    `<p>${run.read} repositories read${run.failed.length ? `, ${run.failed.length} could not be read` : ''}; quarters ${esc(
      d.quarters.join(', ') || 'none',
    )}.</p>`,
    `<p>A cell shows only when at least ${d.minContributors} different people stand behind it — the git authors of the commits that added its notes, one email being one person in every repository. ${d.suppressed} cells are hidden by that rule, with no counts; totals are taken over shown cells only. Teams are in alphabetical order and nobody is ranked.</p>`,
    '<p class="hint">What git reveals: everyone who can read a repository sees who committed each note and when. This report shows no person.</p>',
    '</header><main>\n',
  ].join('\n');
  let t = 0;
  for (const { team, quarters, lead } of byTeam(d)) {
    const body = [`<section aria-labelledby="team-${t}"><h2 id="team-${t}">${esc(team)}</h2>`];
    if (lead.length) body.push(chart(leadTimeChart(`lead-${t}`, team, d.quarters, lead)));
    for (const { quarter, cells, review } of quarters) {
      if (!cells.length && !review) continue;
      body.push(`<h3>${esc(quarter)}</h3>`);
      if (cells.length)
        body.push(
          table(
            `${team}, ${quarter}: what was tried and how it went`,
            ['What', 'People', 'Notes', 'Outcomes', 'Adherence'],
            cells.map((c) => [
              subjectName(c.subject),
              String(c.contributors),
              String(c.notes),
              outcomeWords(c),
              c.adherence ? rowWords(c.adherence) : '—',
            ]),
          ),
        );
      if (review)
        body.push(
          table(
            `${team}, ${quarter}: quarterly review, ${review.results.ratings} ratings`,
            ['Dimension', 'Lights', 'Trends'],
            review.results.dimensions.map((x) => [
              DIMENSION_NAMES[x.dimension],
              rowWords(x.lights),
              rowWords(x.trends),
            ]),
          ),
        );
    }
    body.push('</section>\n');
    yield body.join('\n');
    t++;
  }
  yield '<section aria-labelledby="lessons-title"><h2 id="lessons-title">Micro-lessons</h2>\n';
  if (run.lessons.length) {
    yield '<label id="lesson-search-label" for="lesson-search" hidden>Search the lessons</label> <input id="lesson-search" type="search" hidden>\n';
    yield `<p id="lesson-count" role="status">${run.lessons.length} lessons</p><ul id="lessons">\n`;
    for (const l of run.lessons)
      yield `<li><span dir="auto">${esc(l.title)}</span> <span class="meta">— ${esc(l.team)}, ${esc(l.quarter)} · ${
        /^\//.test(l.repo)
          ? `<a href="${esc(`file://${encodeURI(`${l.repo}/${l.path}`)}`)}">${esc(l.path)}</a>`
          : `<code>${esc(l.repo)}</code> ${esc(l.path)}`
      }</span></li>\n`;
    yield '</ul>\n';
  } else yield '<p>No micro-lesson in these quarters.</p>\n';
  yield '</section>\n';
  if (run.failed.length) {
    yield '<section aria-labelledby="failed-title"><h2 id="failed-title">Not read</h2><ul>\n';
    for (const f of run.failed) yield `<li><code>${esc(f.repo)}</code>: ${esc(f.reason)}</li>\n`;
    yield '</ul></section>\n';
  }
  if (run.unreadable.length) yield `<p>${unreadableWords(run.unreadable.length)}</p>\n`;
  yield `</main>${script ? `<script>${script}</script>` : ''}</body>\n</html>\n`;
}
