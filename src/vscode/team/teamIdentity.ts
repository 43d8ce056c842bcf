import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { KnownIdentifiers } from '../../core/team/anonymizer';
import { notesAddedBy } from '../../core/team/teamNote';
import { gitAccess, GitRepository } from '../git/gitApi';

/** The secret behind per-experiment link codes (SecretStorage); Delete All Data removes it. */
export const PSEUDONYM_SECRET_KEY = 'pacewise.pseudonymSecret';

/** The git repository that contains `folder`, if the Git extension knows one. */
async function repositoryOf(folder: vscode.Uri): Promise<{ repo: GitRepository; gitPath?: string } | undefined> {
  const git = await gitAccess(true);
  if (git.state !== 'ok') return undefined;
  const path = folder.fsPath;
  const repo = git.api.repositories
    .filter((r) => path === r.rootUri.fsPath || path.startsWith(`${r.rootUri.fsPath}/`))
    .sort((a, b) => b.rootUri.fsPath.length - a.rootUri.fsPath.length)[0];
  return repo && { repo, gitPath: git.api.git?.path };
}

/**
 * What identifies this user and team here, for the anonymizer: git user name and email (repository and global), the
 * OS user and host name, the repository's recent commit authors; its branches; the workspace folder and repository
 * names.
 */
export async function knownIdentifiers(folder: vscode.Uri | undefined): Promise<KnownIdentifiers> {
  const names = new Set<string>();
  const add = (v: string | undefined) => v && v.trim() && names.add(v.trim());
  try {
    add(os.userInfo().username);
  } catch {
    // no user info (some containers): nothing to add
  }
  add(os.hostname());
  const found = folder && (await repositoryOf(folder));
  if (found) {
    const { repo } = found;
    const config = (get: () => Promise<string>) => get().then(add, () => undefined);
    await Promise.all([
      config(() => repo.getConfig('user.name')),
      config(() => repo.getConfig('user.email')),
      config(() => repo.getGlobalConfig('user.name')),
      config(() => repo.getGlobalConfig('user.email')),
    ]);
    const commits = await repo.log({ maxEntries: 500 }).catch(() => []);
    for (const c of commits) {
      add(c.authorName);
      add(c.authorEmail);
    }
  }
  const branches = new Set<string>();
  // Folder names are places, like repositories: an everyday word among them stays where it is used as a word.
  const repos = new Set<string>((vscode.workspace.workspaceFolders ?? []).map((f) => f.name));
  if (found) {
    const { repo } = found;
    for (const b of await repo.getBranches({ remote: false }).catch(() => [])) if (b.name) branches.add(b.name);
    if (repo.state.HEAD?.name) branches.add(repo.state.HEAD.name);
    repos.add(path.basename(repo.rootUri.fsPath));
    for (const r of repo.state.remotes)
      for (const url of [r.fetchUrl, r.pushUrl]) {
        // git@host:team/repo.git, https://host/team/repo(.git) → "team/repo" and "repo".
        const m = url && /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
        if (m) repos.add(`${m[1]}/${m[2]}`).add(m[2]);
      }
  }
  return { names: [...names], branches: [...branches], repos: [...repos] };
}

/**
 * A same-person thread without an author: HMAC-SHA256 of a secret kept in VS Code's secret storage and the
 * experiment's id, truncated to 16 hex digits — the same for every note about one experiment, unrelated across
 * experiments, and unguessable without the secret.
 */
export async function pseudonym(secrets: vscode.SecretStorage, experimentId: string): Promise<string> {
  let secret = await secrets.get(PSEUDONYM_SECRET_KEY);
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    await secrets.store(PSEUDONYM_SECRET_KEY, secret);
  }
  return createHmac('sha256', secret).update(experimentId).digest('hex').slice(0, 16);
}

/** What identifies this user (read again after a minute, so a new commit author is caught) and its pseudonyms. */
export class ShareIdentity {
  private cached: { at: number; folder: string; ids: KnownIdentifiers } | undefined;
  private readonly pseudonyms = new Map<string, string>();

  constructor(private readonly secrets: vscode.SecretStorage) {}

  async known(folder: vscode.Uri | undefined): Promise<KnownIdentifiers> {
    const key = folder?.toString() ?? '';
    if (!this.cached || this.cached.folder !== key || Date.now() - this.cached.at > 60_000)
      this.cached = { at: Date.now(), folder: key, ids: await knownIdentifiers(folder) };
    return this.cached.ids;
  }

  async pseudonym(experimentId: string): Promise<string> {
    let p = this.pseudonyms.get(experimentId);
    if (!p) {
      p = await pseudonym(this.secrets, experimentId);
      this.pseudonyms.set(experimentId, p);
    }
    return p;
  }
}

/**
 * Who committed each note file (by the commit that added it), for the ≥ 5 contributors rule of team aggregates. One
 * `git log` over the notes folder; nothing when git is not available (a remote or virtual workspace): aggregates
 * then stay withheld, never shown on a guess. Uncommitted notes have no contributor.
 */
export async function noteContributors(folder: vscode.Uri): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (folder.scheme !== 'file') return out;
  // The space is no folder of the workspace, so the Git extension may not track it: its git is asked all the same.
  const git = await gitAccess(true);
  const gitPath = git.state === 'ok' ? git.api.git?.path : undefined;
  if (!gitPath) return out;
  const text = await new Promise<string>((resolve) =>
    execFile(
      gitPath,
      ['log', '--no-renames', '--diff-filter=A', '--format=%x00%ae', '--name-only', '--', '.pacewise/notes'],
      { cwd: folder.fsPath, timeout: 15_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout) => resolve(err ? '' : stdout),
    ),
  );
  for (const [id, author] of notesAddedBy(text)) out.set(id, author);
  return out;
}
