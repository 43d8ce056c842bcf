import * as vscode from 'vscode';
import { countStashes, gitdirFromFile, GitFacts, isLateNight, RepoFacts } from '../../core/git/gitFacts';
import { Disposable, disposing } from '../dispose';
import { GitApi, gitAccess, GitRepository } from './gitApi';
import { hasUnpushedCommits, localBranches, remoteBranches } from './gitReads';

const DAY = 86_400_000;
/** Bounds that keep a refresh to a few dozen git calls, however large the repository. */
const MAX_REPOS = 10;
const LOG_ENTRIES = 200;
const REFRESH_DEBOUNCE_MS = 1_500;
const ENABLEMENT_SETTLE_MS = 500;

/** A natural boundary seen in git: a new commit on the current branch (or a pull), or a branch switch. */
export type GitBoundary = 'commit' | 'branchSwitch';

/**
 * Git facts through the built-in Git extension: uncommitted changes, unpushed and recent branches, stashes and
 * late-night commits, per repository. Nothing runs until `start()` (the sidebar opens, or a prompt needs facts);
 * refreshes are debounced and happen only while someone looks (`setWatched`), and per-branch answers are cached by
 * commit so an unchanged repository costs three git calls.
 */
export class GitSignals extends Disposable {
  private facts: GitFacts = { state: 'loading', repos: [] };
  private readonly changed = this._register(new vscode.EventEmitter<GitFacts>());
  readonly onDidChange = this.changed.event;
  private readonly boundaries = this._register(new vscode.EventEmitter<GitBoundary>());
  /** Fires on commits and branch switches (only after `start()`). */
  readonly onBoundary = this.boundaries.event;
  private started: Promise<void> | undefined;
  private api: GitApi | undefined;
  /** What the current connection to the git extension holds; let go on a disconnect, not only on dispose. */
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly repoSubscriptions = new Map<string, vscode.Disposable>();
  private readonly heads = new Map<string, { name?: string; commit?: string }>();
  private readonly unpushedCache = new Map<string, boolean>();
  private readonly emails = new Map<string, Promise<string>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watched = false;
  private stale = true;
  private refreshing: Promise<GitFacts> | undefined;

  constructor(private readonly recentDays: () => number) {
    super();
    this._register(
      disposing(() => {
        clearTimeout(this.timer);
        this.disconnect();
      }),
    );
  }

  get current(): GitFacts {
    return this.facts;
  }

  start(): Promise<void> {
    this.started ??= this.connect();
    return this.started;
  }

  private readonly watchers = new Set<string>();

  /** While watched (the sidebar or the Work in Progress view is visible), repository changes refresh the facts. */
  setWatched(watched: boolean, by: 'sidebar' | 'wip' = 'sidebar'): void {
    if (watched) this.watchers.add(by);
    else this.watchers.delete(by);
    this.watched = this.watchers.size > 0;
    if (this.watched && this.stale) this.schedule(0);
  }

  /** Facts no older than the last repository change. */
  async latest(): Promise<GitFacts> {
    await this.start();
    return this.stale ? this.refresh() : this.facts;
  }

  private async connect(): Promise<void> {
    // Restricted Mode: VS Code does not run the Git extension. Say so, and connect once the workspace is trusted
    // (Git starts then, without a reload).
    if (!vscode.workspace.isTrusted) {
      const sub = vscode.workspace.onDidGrantWorkspaceTrust(() => {
        sub.dispose();
        this.restart();
      });
      this.subscriptions.push(sub);
      this.publish({ state: 'untrusted', repos: [] });
      return;
    }
    const access = await gitAccess(true);
    if (access.state !== 'noGit' && access.onDidChangeEnablement) {
      // git.enabled switched: start over with what Git now offers (a moment later: Git announces the change
      // before its API is ready).
      const sub = access.onDidChangeEnablement(() => {
        sub.dispose();
        this.restart();
      });
      this.subscriptions.push(sub);
    }
    if (access.state !== 'ok') {
      this.publish({ state: access.state, repos: [] });
      return;
    }
    const api = (this.api = access.api);
    for (const repo of api.repositories) this.follow(repo);
    this.subscriptions.push(
      api.onDidOpenRepository((repo) => {
        this.follow(repo);
        this.schedule();
      }),
      api.onDidCloseRepository((repo) => {
        const key = repo.rootUri.toString();
        this.repoSubscriptions.get(key)?.dispose();
        this.repoSubscriptions.delete(key);
        this.heads.delete(key);
        this.schedule();
      }),
    );
    if (api.onDidChangeState) this.subscriptions.push(api.onDidChangeState(() => this.schedule()));
    this.stale = true;
    if (this.watched) this.schedule(0);
  }

  private follow(repo: GitRepository): void {
    const key = repo.rootUri.toString();
    if (this.repoSubscriptions.has(key)) return;
    this.heads.set(key, headOf(repo));
    this.repoSubscriptions.set(
      key,
      repo.state.onDidChange(() => {
        const before = this.heads.get(key);
        const after = headOf(repo);
        this.heads.set(key, after);
        if (before && after.name !== before.name) this.boundaries.fire('branchSwitch');
        else if (before?.commit && after.commit && after.commit !== before.commit) this.boundaries.fire('commit');
        this.schedule();
      }),
    );
  }

  private schedule(delay = REFRESH_DEBOUNCE_MS): void {
    this.stale = true;
    if (!this.watched) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Re-reads every repository; concurrent callers share one run. */
  refresh(): Promise<GitFacts> {
    this.refreshing ??= this.collect().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async collect(): Promise<GitFacts> {
    if (!this.api) return this.facts;
    this.stale = false;
    const repos = this.api.repositories.slice(0, MAX_REPOS);
    const facts: GitFacts = {
      state: repos.length ? 'ok' : this.api.state === 'uninitialized' ? 'loading' : 'noRepository',
      repos: (await Promise.all(repos.map((r) => this.repoFacts(r).catch(() => undefined)))).filter(
        (r): r is RepoFacts => r !== undefined,
      ),
    };
    this.publish(facts);
    return facts;
  }

  private publish(facts: GitFacts): void {
    this.facts = facts;
    this.changed.fire(facts);
  }

  private async repoFacts(repo: GitRepository): Promise<RepoFacts> {
    const now = Date.now();
    const st = repo.state;
    const changedFiles = new Set(
      [...st.workingTreeChanges, ...st.indexChanges, ...st.mergeChanges, ...(st.untrackedChanges ?? [])].map((c) =>
        c.uri.toString(),
      ),
    );
    const [branches, remoteRefs, stashes, lateCommits] = await Promise.all([
      localBranches(repo),
      st.remotes.length ? remoteBranches(repo) : Promise.resolve([]),
      this.stashCount(repo.rootUri),
      this.lateCommits(repo, now),
    ]);
    const since = now - this.recentDays() * DAY;
    const recent: string[] = [];
    for (const b of branches) if (b.date >= since) recent.push(b.name);
    const unpushed: string[] = [];
    if (st.remotes.length) {
      const remoteTips = new Set(remoteRefs.map((r) => r.commit));
      const remotesKey = [...remoteTips].sort().join(',');
      for (const b of branches) {
        const key = `${repo.rootUri.toString()}\0${b.name}\0${b.commit}\0${remotesKey}`;
        let answer = this.unpushedCache.get(key);
        if (answer === undefined) {
          answer = await hasUnpushedCommits(repo, b, remoteTips, remoteRefs);
          if (this.unpushedCache.size > 1_000) this.unpushedCache.clear();
          this.unpushedCache.set(key, answer);
        }
        if (answer) unpushed.push(b.name);
      }
    }
    return {
      name: repo.rootUri.path.split('/').filter(Boolean).pop() ?? '',
      uncommitted: changedFiles.size,
      hasRemote: st.remotes.length > 0,
      unpushed,
      recent,
      stashes,
      lateCommits,
    };
  }

  /** Stashes counted from the stash reflog: the Git API has no stash list, and this is one small file read. */
  private async stashCount(root: vscode.Uri): Promise<number> {
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    let gitdir = vscode.Uri.joinPath(root, '.git');
    try {
      if ((await vscode.workspace.fs.stat(gitdir)).type === vscode.FileType.File) {
        const target = gitdirFromFile(await read(gitdir));
        if (!target) return 0;
        gitdir = target.startsWith('/') ? root.with({ path: target }) : vscode.Uri.joinPath(root, target);
        // A worktree keeps its stash in the common git directory.
        const common = await read(vscode.Uri.joinPath(gitdir, 'commondir')).catch(() => '');
        if (common.trim()) gitdir = vscode.Uri.joinPath(gitdir, common.trim());
      }
      return countStashes(await read(vscode.Uri.joinPath(gitdir, 'logs', 'refs', 'stash')));
    } catch {
      return 0; // no stash reflog: no stashes
    }
  }

  private async lateCommits(repo: GitRepository, now: number): Promise<number> {
    const key = repo.rootUri.toString();
    let email = this.emails.get(key);
    if (!email) {
      email = repo
        .getConfig('user.email')
        .catch(() => '')
        .then((e) => e || repo.getGlobalConfig('user.email').catch(() => ''));
      this.emails.set(key, email);
    }
    const [own, commits] = await Promise.all([email, repo.log({ maxEntries: LOG_ENTRIES }).catch(() => [])]);
    if (!own) return 0;
    return commits.filter((c) => {
      const at = c.authorDate?.getTime() ?? 0;
      return c.authorEmail?.toLowerCase() === own.toLowerCase() && at > now - 7 * DAY && isLateNight(at);
    }).length;
  }

  /** Starts over with what Git now offers (a moment later: Git announces a change before its API is ready). */
  private restart(): void {
    this.disconnect();
    this.started = undefined;
    this.timer = setTimeout(() => void this.start().then(() => this.refresh()), ENABLEMENT_SETTLE_MS);
  }

  private disconnect(): void {
    this.api = undefined;
    for (const s of this.subscriptions.splice(0)) s.dispose();
    for (const s of this.repoSubscriptions.values()) s.dispose();
    this.repoSubscriptions.clear();
    this.heads.clear();
  }
}

function headOf(repo: GitRepository): { name?: string; commit?: string } {
  return { name: repo.state.HEAD?.name, commit: repo.state.HEAD?.commit };
}
