// An executable with the desktop VS Code command line that @vscode/test-electron's runTests() launches: it runs the
// extension's tests in the real VS Code extension host of code-server (desktop VS Code cannot be downloaded here)
// and exits with the suite's exit code. See docs/testing.md.
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, remoteUri, startHost, workspaceUrl } from './codeServerHost';

function flag(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const inline = args.find((a) => a.startsWith(prefix));
  if (inline) return inline.slice(prefix.length);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--version')) {
    console.log('1.139.1');
    return 0;
  }
  const extensionDevelopmentPath = flag(args, 'extensionDevelopmentPath');
  const extensionTestsPath = flag(args, 'extensionTestsPath');
  if (!extensionDevelopmentPath || !extensionTestsPath)
    throw new Error('--extensionDevelopmentPath and --extensionTestsPath are required');
  const valueFlags = new Set([
    '--extensionDevelopmentPath',
    '--extensionTestsPath',
    '--user-data-dir',
    '--extensions-dir',
    '--locale',
  ]);
  const positional = args.filter((a, i) => !a.startsWith('-') && !valueFlags.has(args[i - 1]));
  // Like desktop VS Code: a folder, a .code-workspace file, or nothing for a window with no folder.
  const workspace = positional[0] ?? '';
  if (workspace && !existsSync(workspace)) throw new Error(`workspace ${workspace} does not exist`);
  const locale = flag(args, 'locale');
  const host = await startHost({ workspace, smokeTestDriver: true, locale });
  const context = await launchBrowser(host.runDir);
  const timeoutMs = Number(process.env.PACEWISE_TEST_TIMEOUT_MS ?? 10 * 60_000);
  try {
    const page = await context.newPage();
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(Number(code)));
      setTimeout(() => {
        console.error(`vscode-shim: no result after ${timeoutMs / 1000} s`);
        resolve(1);
      }, timeoutMs).unref();
    });
    const log: string[] = [];
    await page.exposeFunction('codeAutomationLog', (type: string, values: unknown[]) => {
      const line = format(...(Array.isArray(values) ? values : [values]));
      log.push(`${type} ${line}`);
      // Console output of the extension host (mocha's report) arrives as info/log; workbench noise as error/warn.
      const noise = /builtin extensions/.test(line);
      if (((type === 'info' || type === 'log') && !noise) || process.env.PACEWISE_VERBOSE) console.log(line);
    });
    await page.goto(
      workspaceUrl(host, workspace, [
        ['extensionDevelopmentPath', remoteUri(host, path.resolve(extensionDevelopmentPath))],
        ['extensionTestsPath', remoteUri(host, path.resolve(extensionTestsPath))],
      ]),
    );
    const code = await exitCode;
    writeFileSync(path.join(host.runDir, 'workbench.log'), log.join('\n'));
    return code;
  } finally {
    await context.close().catch(() => undefined);
    host.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
