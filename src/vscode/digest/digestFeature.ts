// The organisation digest in the editor (dist/digest.js): Build Organisation Digest… over a list of repositories — the
// command line's run in a worker thread (dist/digest-worker.js), its progress in a notification that can cancel it —
// then the report's page in an editor tab. The page is the digest's own index.html, under its own strict CSP.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { DigestWorkerMessage } from '../../cli/digestWorker';
import { badArgument } from '../badArgument';
import { CommandId, DIGEST_VIEW_TYPE } from '../commandIds';
import type { BaseServices, CommandHandler } from '../featureServices';
import { plural } from '../plural';

export type DigestCommand = typeof CommandId.buildOrganisationDigest;

/** Nothing (the list is picked), or `{ repos, out? }`: absolute paths of the list file and the report's folder. */
function parseArg(arg: unknown): { repos?: string; out?: string } | undefined {
  if (arg === undefined) return {};
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  const a = arg as Record<string, unknown>;
  if (Object.keys(a).some((k) => k !== 'repos' && k !== 'out')) return undefined;
  const ok = (v: unknown) => v === undefined || (typeof v === 'string' && path.isAbsolute(v) && v.length < 4096);
  if (typeof a.repos !== 'string' || !ok(a.repos) || !ok(a.out)) return undefined;
  return { repos: a.repos, ...(a.out ? { out: a.out as string } : {}) };
}

export function createDigest(
  base: BaseServices,
): { commands: Record<DigestCommand, CommandHandler> } & vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  const show = (html: string) => {
    if (!panel) {
      panel = vscode.window.createWebviewPanel(
        DIGEST_VIEW_TYPE,
        vscode.l10n.t('Organisation Digest'),
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        // The page's own script (the lessons' search) runs under its own CSP; it loads nothing.
        { enableScripts: true, enableCommandUris: false, localResourceRoots: [] },
      );
      panel.iconPath = vscode.Uri.joinPath(base.extensionUri, 'media', 'pacewise.svg');
      panel.onDidDispose(() => (panel = undefined));
    }
    panel.webview.html = html;
    panel.reveal(undefined, false);
  };
  const build: CommandHandler = async (arg) => {
    const given = parseArg(arg);
    if (!given)
      return badArgument(
        CommandId.buildOrganisationDigest,
        '{ "repos": "/absolute/list.txt", "out"?: "/absolute/folder" }',
      );
    let repos = given.repos;
    if (!repos) {
      const picked = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('The list of repositories: a local path or a git URL per line'),
        openLabel: vscode.l10n.t('Build Digest'),
        canSelectFiles: true,
        canSelectFolders: false,
        canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      if (!picked?.[0]) return false;
      if (picked[0].scheme !== 'file') {
        void vscode.window.showErrorMessage(vscode.l10n.t('The list must be a file on this machine.'));
        return false;
      }
      repos = picked[0].fsPath;
    }
    const out = given.out ?? path.join(path.dirname(repos), 'pacewise-digest');
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Building the organisation digest'),
        cancellable: true,
      },
      (progress, token) =>
        new Promise<(DigestWorkerMessage & { type: 'done' }) | undefined>((resolve) => {
          const worker = new Worker(path.join(base.extensionUri.fsPath, 'dist', 'digest-worker.js'), {
            workerData: { argv: ['--repos', repos!, '--out', out] },
          });
          let reported = 0;
          const cancel = token.onCancellationRequested(() => void worker.terminate().then(() => resolve(undefined)));
          worker.on('message', (m: DigestWorkerMessage) => {
            if (m.type === 'progress') {
              progress.report({
                increment: ((m.read - reported) / m.total) * 100,
                message: vscode.l10n.t('{0} of {1} repositories read', m.read, m.total),
              });
              reported = m.read;
            } else {
              cancel.dispose();
              void worker.terminate();
              resolve(m);
            }
          });
          worker.on('error', (e) => {
            cancel.dispose();
            resolve({ type: 'done', code: 1, notRead: 0, errors: e.message });
          });
        }),
    );
    if (!result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The digest was cancelled; nothing was written.'));
      return false;
    }
    if (result.code !== 0) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('No digest was written: {0}', result.errors.trim().split('\n').slice(0, 4).join(' · ')),
      );
      return false;
    }
    const html = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(out, 'index.html')));
    show(new TextDecoder().decode(html));
    const { notRead } = result;
    void vscode.window.showInformationMessage(
      notRead
        ? plural(
            notRead,
            {
              one: 'Wrote the digest to {1}. 1 repository could not be read: the report says why.',
              other: 'Wrote the digest to {1}. {0} repositories could not be read: the report says why.',
            },
            notRead,
            out,
          )
        : vscode.l10n.t('Wrote the digest to {0}: index.html, digest.md and digest.json.', out),
    );
    return true;
  };
  return {
    commands: { [CommandId.buildOrganisationDigest]: build },
    dispose: () => panel?.dispose(),
  };
}
