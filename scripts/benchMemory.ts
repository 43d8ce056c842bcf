// Memory with the Pacewise container open: the extension host's resident size and the browser's renderers' (the
// workbench and every webview document), read from `ps` in one window — reloaded before each state, so each starts
// from a fresh extension host — with the control extension's empty view as the floor any view costs.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { newRunDir } from '../test/host/codeServerHost';
import { buildControlVsix, inWorkbench, median } from './benchHost';
import { openPanel, Row } from './benchInsights';
import { freshWindow, runCommand, TEAM_WELCOME } from './benchViews';

interface Sample {
  extensionHostMiB: number;
  renderersMiB: number;
}

/** The extension host of the host started in `runDir`, and the renderers of the browser profile in it, from ps. */
function sample(runDir: string): Sample {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' }).split('\n');
  const procs = lines
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKiB: Number(m[3]), args: m[4] }));
  const root = procs.find((p) => p.args.includes('code-server') && p.args.includes(path.join(runDir, 'config.yaml')));
  const under = new Set<number>(root ? [root.pid] : []);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (under.has(p.ppid) && !under.has(p.pid)) {
        under.add(p.pid);
        grew = true;
      }
  }
  const host = procs.find((p) => under.has(p.pid) && p.args.includes('--type=extensionHost'));
  const profile = path.join(runDir, 'chromium-profile');
  const renderers = procs.filter((p) => p.args.includes('--type=renderer') && p.args.includes(profile));
  if (!host || renderers.length === 0) throw new Error('the extension host or the renderers were not found in ps');
  const mib = (kib: number) => kib / 1024;
  return {
    extensionHostMiB: mib(host.rssKiB),
    renderersMiB: mib(renderers.reduce((sum, p) => sum + p.rssKiB, 0)),
  };
}

/** Three samples a second apart, after `settle` ms; the median of each. */
async function settled(page: Page, runDir: string, settle = 4_000): Promise<Sample> {
  await page.waitForTimeout(settle);
  const samples: Sample[] = [];
  for (let i = 0; i < 3; i++) {
    samples.push(sample(runDir));
    await page.waitForTimeout(1_000);
  }
  return {
    extensionHostMiB: median(samples.map((s) => s.extensionHostMiB)),
    renderersMiB: median(samples.map((s) => s.renderersMiB)),
  };
}

export async function memoryFigures(row: Row): Promise<void> {
  const runDir = newRunDir('bench-memory');
  const workspace = path.join(runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  execFileSync('git', ['init', '-q', workspace]);
  await inWorkbench(runDir, workspace, buildControlVsix(), async (page) => {
    const states: [string, () => Promise<void>][] = [
      ['the Explorer in front, no Pacewise view opened yet', async () => undefined],
      [
        'control: its empty webview view open',
        () => openPanel(page, 'Bench Control: Show Empty View', '#control-view-drawn').then(() => undefined),
      ],
      [
        'the Pacewise container open (Now, Work in Progress)',
        () =>
          openPanel(page, 'Pacewise: Show Sidebar', 'body[data-view="sidebar"] #app:not([aria-busy])').then(
            () => undefined,
          ),
      ],
      [
        'every Pacewise view open (and Experiment, This Week, Team Notes)',
        async () => {
          await openPanel(page, 'Pacewise: Show Sidebar', 'body[data-view="sidebar"] #app:not([aria-busy])');
          for (const name of ['Experiment', 'This Week'])
            await openPanel(
              page,
              `Pacewise: Focus on ${name} View`,
              `body[data-part="${name === 'Experiment' ? 'experiment' : 'week'}"] #app:not([aria-busy])`,
            );
          await runCommand(page, 'Pacewise: Show Team Notes');
          // No team folder here: the view shows its welcome text, drawn once the first read is done.
          await page.locator(TEAM_WELCOME).first().waitFor({ state: 'visible', timeout: 60_000 });
        },
      ],
    ];
    const figures: [string, Sample][] = [];
    for (const [label, open] of states) {
      await freshWindow(page);
      await open();
      figures.push([label, await settled(page, runDir)]);
    }
    const [base] = figures;
    const f = (x: number) => `${x.toFixed(0)} MiB`;
    const d = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)}`;
    for (const [label, s] of figures) {
      const delta =
        s === base[1]
          ? ''
          : ` (${d(s.extensionHostMiB - base[1].extensionHostMiB)} / ${d(s.renderersMiB - base[1].renderersMiB)})`;
      row(`  ${label}`, `${f(s.extensionHostMiB)} / ${f(s.renderersMiB)}${delta}`);
    }
  });
}
