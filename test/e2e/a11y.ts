// Accessibility audit with axe-core, run inside a webview's document the way a screen-reader user meets it. axe is
// evaluated through the DevTools protocol (the webview's CSP rightly refuses injected script tags). WCAG 2.1 A and AA
// rules; a serious or critical violation fails the check, lesser ones are printed.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The frame whose document matches `selector` (a webview's inner document), looking every `pollMs` up to `timeout`. */
export async function frameWith(page: Page, selector: string, timeout = 20_000, pollMs = 100): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) if (await frame.$(selector).catch(() => null)) return frame;
    if (Date.now() > deadline) throw new Error(`no webview document has ${selector}`);
    await page.waitForTimeout(pollMs);
  }
}

/**
 * Runs axe in `frame` (only inside `include`, a CSS selector, when given: a native view within the workbench; without
 * the rules in `skip`); throws on serious or critical violations, returns the rest as lines.
 */
export async function audit(frame: Frame, label: string, include?: string, skip: string[] = []): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE);
  const violations = (await frame.evaluate(
    async ({ include, skip }) => {
      const axe = (
        window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> } }
      ).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
        rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
      });
      return result.violations;
    },
    { include, skip },
  )) as Violation[];
  const line = (v: Violation) =>
    `${label}: ${v.impact} ${v.id} — ${v.help} (${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(
        '; ',
      )}${v.nodes.length > 3 ? `; +${v.nodes.length - 3}` : ''}) — ${(v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ')}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) throw new Error(blocking.map(line).join('\n'));
  return violations.map(line);
}
