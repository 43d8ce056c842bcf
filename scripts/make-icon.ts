// Renders the marketplace icon (media/icon.png, 128×128) from media/pacewise.svg in Chromium: the same drawing as the
// activity-bar icon, light strokes on a calm blue tile. Run once after changing the SVG: `npx tsx scripts/make-icon.ts`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../test/host/codeServerHost';

async function main(): Promise<void> {
  const svg = readFileSync(path.join(ROOT, 'media', 'pacewise.svg'), 'utf8')
    .replace('stroke="currentColor"', 'stroke="#ffffff"')
    .replace('width="24" height="24"', 'width="96" height="96"');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(
    `<body style="margin:0"><div id="tile" style="width:128px;height:128px;border-radius:24px;background:#1f6f8b;display:flex;align-items:center;justify-content:center">${svg}</div></body>`,
  );
  await page.locator('#tile').screenshot({ path: path.join(ROOT, 'media', 'icon.png'), omitBackground: true });
  await browser.close();
}

void main();
