// The charts in the webviews: the shared chart trees (src/shared/svgChart.ts) drawn with DOM calls, and the sidebar's
// sparkline. Colours come from the theme through CSS classes; gaps (null) are drawn as nothing, never as zero.
import type { ChartModel } from '../shared/insightsProtocol';
import { chartTree, ChartNode, legendTree } from '../shared/svgChart';

const NS = 'http://www.w3.org/2000/svg';
const HTML_TAGS = new Set(['ul', 'li']);

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Node[]
) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

function toDom(node: ChartNode | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = HTML_TAGS.has(node.tag) ? document.createElement(node.tag) : document.createElementNS(NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs)) el.setAttribute(k, String(v));
  el.append(...node.children.map(toDom));
  return el;
}

// Axis and point values in the display language the host put on <html lang> ("0,5" in German).
let numberFormat: Intl.NumberFormat | undefined;
const fmt = (v: number) =>
  (numberFormat ??= new Intl.NumberFormat(document.documentElement.lang || undefined, {
    maximumFractionDigits: 1,
  })).format(v);

/** The chart as an SVG image; `labelledBy` names the title and summary that describe it. */
export const renderChart = (c: ChartModel, labelledBy: string) => toDom(chartTree(c, labelledBy, fmt)) as SVGSVGElement;

/** The legend: each series' own mark next to its name (as text, so it never depends on colour). */
export const renderLegend = (c: ChartModel) => toDom(legendTree(c)) as HTMLElement;

/** The sidebar's 14-day sparkline: one bar per day, a gap drawn as a short tick so "no data" never looks like zero. */
export function renderSparkline(values: (number | null)[], label: string): SVGSVGElement {
  const w = 14 * 8;
  const h = 28;
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const root = svg('svg', {
    viewBox: `0 0 ${w} ${h}`,
    width: w,
    height: h,
    role: 'img',
    'aria-label': label,
    class: 'spark',
  });
  values.forEach((v, i) => {
    if (v === null) root.append(svg('rect', { x: i * 8 + 2, y: h - 1, width: 4, height: 1, class: 'spark-gap' }));
    else {
      const bh = Math.max(1, (v / max) * (h - 2));
      root.append(
        svg('rect', {
          x: i * 8 + 1,
          y: h - bh,
          width: 6,
          height: bh,
          class: i === values.length - 1 ? 'fill-b' : 'fill-a',
        }),
      );
    }
  });
  return root;
}
