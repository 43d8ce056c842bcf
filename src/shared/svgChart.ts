// Pacewise's own small chart renderer, for the Insights panel and the organisation digest's page: inline SVG as a
// plain tree (no DOM here), drawn by the webview with DOM calls and by the digest as markup — nothing inline for a
// CSP to refuse either way. Colours come from the theme through CSS classes; every series also has its own pattern,
// dash and marker, so no chart depends on colour alone. Gaps (null) are drawn as nothing, never as zero.
import type { ChartModel } from './insightsProtocol';

/** An element: its tag, attributes and children (text stays text wherever the tree is drawn). */
export interface ChartNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (ChartNode | string)[];
}

const W = 640;
const H = 220;
const M = { left: 44, right: 12, top: 24, bottom: 36 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (ChartNode | string)[]): ChartNode {
  return { tag, attrs, children };
}

const title = (text: string) => svg('title', {}, text);

/** Patterns for the second to fourth series of bar charts (hatched, dotted, cross-hatched). */
function defs(id: string): ChartNode {
  const pattern = (name: string, ...shapes: ChartNode[]) =>
    svg('pattern', { id: `${id}-${name}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, ...shapes);
  return svg(
    'defs',
    {},
    pattern(
      'b',
      svg('rect', { width: 6, height: 6, class: 'fill-b soft' }),
      svg('path', { d: 'M0 6L6 0', class: 'line-b' }),
    ),
    pattern(
      'c',
      svg('rect', { width: 6, height: 6, class: 'fill-c soft' }),
      svg('circle', { cx: 3, cy: 3, r: 1.4, class: 'fill-c' }),
    ),
    pattern(
      'd',
      svg('rect', { width: 6, height: 6, class: 'fill-d soft' }),
      svg('path', { d: 'M0 3H6M3 0V6', class: 'line-d' }),
    ),
  );
}

function marker(style: string, x: number, y: number): ChartNode {
  const cls = `fill-${style} mark`;
  if (style === 'a') return svg('circle', { cx: x, cy: y, r: 3.5, class: cls });
  if (style === 'b') return svg('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, class: cls });
  if (style === 'c')
    return svg('path', { d: `M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`, class: cls });
  return svg('path', { d: `M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`, class: cls });
}

/**
 * The chart as an SVG image; `labelledBy` names the title and summary that describe it, `fmt` writes axis and point
 * values in the reader's language.
 */
export function chartTree(c: ChartModel, labelledBy: string, fmt: (v: number) => string): ChartNode {
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': labelledBy,
    tabindex: 0,
    class: 'chart-svg',
  });
  root.children.push(defs(c.id));
  const n = Math.max(1, c.points.length);
  const band = PW / n;
  const y = (v: number) => M.top + PH - ((v - c.min) / (c.max - c.min || 1)) * PH;
  const x = (i: number) => M.left + band * (i + 0.5);
  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (const v of [c.min, (c.min + c.max) / 2, c.max]) {
    axis.children.push(
      svg('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v)),
    );
  }
  // At most 8 labels; the last point is labelled only when it is not crowding the one before.
  const every = Math.ceil(n / 8);
  c.points.forEach((p, i) => {
    if (i % every === 0 || (i === n - 1 && i % every >= every / 2))
      axis.children.push(svg('text', { x: x(i), y: H - M.bottom + 16, 'text-anchor': 'middle' }, p.label));
  });
  axis.children.push(svg('text', { x: 4, y: 11, class: 'unit' }, c.unit));
  root.children.push(axis);
  const plot = svg('g', { class: 'plot' });
  if (c.kind === 'bars') {
    c.points.forEach((p, i) => {
      const k = c.stacked ? 1 : c.series.length;
      const width = (band * 0.8) / k;
      let base = c.min;
      p.values.forEach((v, s) => {
        if (v === null || v <= 0) return;
        const style = c.series[s].style;
        const top = c.stacked ? base + v : v;
        const left = x(i) - (band * 0.8) / 2 + (c.stacked ? 0 : s * width);
        const fill = patternFill(c, style);
        plot.children.push(
          svg(
            'rect',
            {
              x: left,
              y: y(top),
              width: Math.max(1, width - 1),
              height: y(c.stacked ? base : c.min) - y(top),
              class: `bar fill-${style} line-${style}`,
              ...fill,
            },
            title(`${p.label}: ${c.series[s].name} ${fmt(v)}`),
          ),
        );
        if (c.stacked) base = top;
      });
    });
  } else {
    c.series.forEach((s, k) => {
      let path = '';
      let open = false;
      c.points.forEach((p, i) => {
        const v = p.values[k];
        if (v === null) {
          open = false;
          return;
        }
        path += `${open ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
        open = true;
        plot.children.push(svg('g', {}, marker(s.style, x(i), y(v)), title(`${p.label}: ${s.name} ${fmt(v)}`)));
      });
      if (path) plot.children.unshift(svg('path', { d: path, class: `series line-${s.style} dash-${s.style}` }));
    });
  }
  if (c.reference) {
    const ry = y(c.reference.value);
    plot.children.push(
      svg('line', { x1: M.left, x2: W - M.right, y1: ry, y2: ry, class: 'reference' }),
      svg('text', { x: W - M.right, y: ry - 4, 'text-anchor': 'end', class: 'reference-label' }, c.reference.label),
    );
  }
  root.children.push(plot);
  return root;
}

const patternFill = (c: ChartModel, style: string): Record<string, string> =>
  style === 'a' ? {} : { fill: `url(#${c.id}-${style})` };

/** The legend: each series' own mark next to its name (as text, so it never depends on colour). */
export function legendTree(c: ChartModel): ChartNode {
  const list = svg('ul', { class: 'legend' });
  for (const s of c.series) {
    const key = svg('svg', { viewBox: '0 0 24 12', width: 24, height: 12, 'aria-hidden': 'true' });
    if (c.kind === 'bars')
      key.children.push(
        svg('rect', {
          x: 2,
          y: 1,
          width: 20,
          height: 10,
          class: `fill-${s.style} line-${s.style}`,
          ...patternFill(c, s.style),
        }),
      );
    else
      key.children.push(
        svg('path', { d: 'M0 6H24', class: `series line-${s.style} dash-${s.style}` }),
        marker(s.style, 12, 6),
      );
    list.children.push(svg('li', {}, key, s.name));
  }
  return list;
}

/** Text or an attribute value as markup that shows it as it is. */
export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The tree as markup, every text and attribute escaped: for a page with no script at all. */
export function chartMarkup(node: ChartNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(chartMarkup).join('')}</${node.tag}>`;
}
