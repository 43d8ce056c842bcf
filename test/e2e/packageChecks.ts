// The package a user installs: only what the extension needs at run time, and small.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { NODE24, ROOT } from '../host/codeServerHost';
import { Checks } from './checks';

/**
 * Two budgets. Code and text: under one third of the 675 KiB of the best-known focus-tracking extension's package.
 * Pictures (the README's, shown on the extension's page without a network; pngquant'ed): their own budget, so
 * a screenshot more does not squeeze the code's room, nor code growth hide behind smaller pictures.
 */
// It was 200, then 225 (675 / 3) with the Mentoring feature (its bundle with the matching library, its messages in two
// languages); 240 with the office hours between teams, 250 with the quarterly review, 260 with its review page, 275
// with the organisation digest in the editor (its worker, dist/digest-worker.js, is 16 KiB compressed — all of it
// the digest's own code — and the README's section 1.5; a shorter CHANGELOG gave back 6). docs/benchmarks.md says
// where each went.
const MAX_CODE_KIB = 275;
const MAX_PICTURES_KIB = 80;
const ALLOWED = [
  /^dist\/[a-z-]+\.js$/,
  /^dist\/webview-chunks\.json$/,
  /^dist\/chunks\/(host|webview)-[A-Z0-9]+\.js$/,
  /^media\//,
  /^package\.json$/,
  /^package\.nls(\.[a-z-]+)?\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
];

export async function packageChecks(checks: Checks, page: Page, vsix: string, packageOutput: string): Promise<void> {
  await checks.run('vsce package printed no warning', page, 'package-warnings', async () => {
    const warnings = packageOutput.split('\n').filter((l) => /\bWARN(ING)?\b/i.test(l));
    if (warnings.length) throw new Error(warnings.join('\n'));
  });
  await checks.run(
    `the VSIX holds only dist/, media/, the manifest, README, CHANGELOG, LICENSE and l10n files: code and text ≤ ${MAX_CODE_KIB} KiB, pictures ≤ ${MAX_PICTURES_KIB} KiB`,
    page,
    'package',
    async () => {
      const ls = spawnSync(NODE24, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (ls.status !== 0) throw new Error(ls.stderr);
      const files = ls.stdout.split('\n').filter(Boolean);
      const stray = files.filter((f) => !ALLOWED.some((a) => a.test(f)));
      if (stray.length) throw new Error(`files that should not ship: ${stray.join(', ')}`);
      for (const needed of [
        'dist/extension.js',
        'dist/sidebar.js',
        'dist/team.js',
        'dist/insights.js',
        'dist/webview-sidebar.js',
        'dist/webview-chunks.json',
        'media/icon.png',
        'package.nls.de.json',
        'l10n/bundle.l10n.de.json',
        'media/prompts/library.de.json',
      ])
        if (!files.includes(needed)) throw new Error(`${needed} is missing`);
      // A PNG does not shrink in the zip: its size on disk is its share of the package.
      const kib = statSync(vsix).size / 1024;
      const pictures =
        files.filter((f) => f.startsWith('media/readme/')).reduce((n, f) => n + statSync(path.join(ROOT, f)).size, 0) /
        1024;
      const code = kib - pictures;
      console.log(
        `    ${files.length} files, ${kib.toFixed(1)} KiB: code and text ${code.toFixed(1)}, pictures ${pictures.toFixed(1)}`,
      );
      if (code > MAX_CODE_KIB) throw new Error(`code and text are ${code.toFixed(1)} KiB`);
      if (pictures > MAX_PICTURES_KIB) throw new Error(`the pictures are ${pictures.toFixed(1)} KiB`);
    },
  );
}
