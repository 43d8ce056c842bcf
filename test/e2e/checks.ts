import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** A tiny sequential check runner: a screenshot after every check, and the closing "N passed, N failed" line. */
export class Checks {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  constructor(readonly shots: string) {}

  async shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    await page.screenshot({ path: path.join(this.shots, `${name}.png`), clip });
  }

  /** Runs one check; after a failure the later checks (which build on it) are skipped and counted as failed. */
  async run(name: string, page: Page, shot: string, fn: () => Promise<void>): Promise<void> {
    if (this.failed > 0) {
      this.skipped++;
      console.log(`  - ${name} (not run after an earlier failure)`);
      return;
    }
    const started = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      this.failed++;
      console.log(`  ✘ ${name}\n    ${(err as Error).message.split('\n').join('\n    ')}`);
    }
    await this.shot(page, shot).catch(() => undefined);
  }

  finish(label: string): number {
    console.log(`${label}: ${this.passed} passed, ${this.failed + this.skipped} failed`);
    return this.failed + this.skipped > 0 ? 1 : 0;
  }
}
