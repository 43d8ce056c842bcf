import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

// The rooms and who may use which (eslint.config.mjs): each case is a file that would be written somewhere in src/,
// linted with the project's configuration without being written. A rule that does not fail here is only a hope.
const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: join(root, file) });
  return result.messages.filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('lint: which room may use which', function () {
  this.timeout(60_000);

  const refused: [string, string, RegExp][] = [
    ['src/core/team/x.ts', "import x from 'vscode';", /Only src\/vscode/],
    ['src/core/focus/x.ts', "import { x } from '../../storage/pacewiseStore';", /must not import src\/storage/],
    ['src/shared/x.ts', "import { x } from 'node:fs';", /Node APIs/],
    ['src/webview/team/x.ts', "import { x } from '../../core/team/teamNote';", /must not import src\/core/],
    ['src/vscode/x.ts', "import { x } from '../webview/dom';", /must not import src\/webview/],
    ['src/vscode/focus/x.ts', "import { x } from '../team/teamService';", /focus feature may not use the team/],
    ['src/core/focus/x.ts', "import { x } from '../insights/insights';", /focus feature may not use the insights/],
    ['src/vscode/git/x.ts', "import { x } from '../../core/wip/wip';", /git feature may not use the wip/],
    ['src/extension.ts', "import { x } from './vscode/team/teamService';", /loaded on first use/],
    ['src/features.ts', "import { createSidebar } from './vscode/sidebar/sidebarFeature';", /loaded on first use/],
    ['src/extension.ts', "import { checkinCommand } from './vscode/focus/checkinCommand';", /loaded on first use/],
  ];
  for (const [file, code, why] of refused)
    it(`refuses in ${file}: ${code}`, async () => {
      const errors = await importErrors(file, code);
      assert.ok(
        errors.some((e) => why.test(e)),
        `no matching error: ${JSON.stringify(errors)}`,
      );
    });

  const allowed: [string, string][] = [
    ['src/vscode/focus/x.ts', "import { x } from '../wip/wipService';"],
    ['src/vscode/focus/x.ts', "import { x } from '../settingsReader';"],
    ['src/vscode/sidebar/x.ts', "import { x } from '../team/teamService';"],
    ['src/extension.ts', "import type { x } from './vscode/team/teamService';"],
    ['src/extension.ts', "import { Features } from './features';"],
    ['src/features.ts', "import type { SidebarFeature } from './vscode/sidebar/sidebarFeature';"],
    ['src/extension.ts', "import { x } from './vscode/focus/focusController';"],
  ];
  for (const [file, code] of allowed)
    it(`allows in ${file}: ${code}`, async () => {
      assert.deepEqual(await importErrors(file, code), []);
    });
});
