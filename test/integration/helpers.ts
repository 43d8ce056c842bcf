// Shared by the integration suites: the extension's API, command execution and polling for async effects.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PacewiseApi } from '../../src/extension';
import type { PacewiseStore } from '../../src/storage/pacewiseStore';

export async function pacewise(): Promise<PacewiseApi> {
  const ext = vscode.extensions.getExtension<PacewiseApi>('pacewise.pacewise');
  assert.ok(ext, 'the extension is installed under the id pacewise.pacewise');
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.ready;
  return api;
}

export const exec = <T = boolean>(command: string, ...args: unknown[]) =>
  vscode.commands.executeCommand<T>(command, ...args);

/** Polls until `predicate` holds; the error names what was awaited and what the status bar showed. */
export async function waitFor(
  api: PacewiseApi,
  what: string,
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; status bar: ${JSON.stringify(api.statusBar())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Ends whatever session or break a previous test left running. */
export async function toIdle(api: PacewiseApi): Promise<void> {
  if (api.state().kind === 'focus') await exec('pacewise.stopSession');
  if (api.state().kind === 'break') await exec('pacewise.skipBreak');
  assert.equal(api.state().kind, 'idle');
}

/** Writes a running focus session into the store as another window (or a crashed one) would have. */
export async function otherWindowSession(
  store: PacewiseStore,
  session: { id: string; intent?: string; plannedMs: number; startedAt: number; seenAt?: number },
): Promise<void> {
  await store.updateTimer((doc) => ({
    doc: {
      ...doc,
      current: {
        kind: 'focus',
        id: session.id,
        intent: session.intent ?? '',
        plannedMs: session.plannedMs,
        events: [{ type: 'start', at: session.startedAt }],
        seenAt: session.seenAt ?? session.startedAt,
        interruptions: 0,
      },
    },
    changed: true,
    result: undefined,
  }));
}
