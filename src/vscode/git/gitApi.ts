import * as vscode from 'vscode';

// The parts of the built-in Git extension's API (v1, extensions/git/src/api/git.d.ts) that Pacewise reads.
// Members added after VS Code 1.90 are optional, and Pacewise works without them.

export interface GitRef {
  type: number;
  name?: string;
  commit?: string;
  remote?: string;
  upstream?: { name: string; remote: string };
  ahead?: number;
  commitDetails?: { commitDate?: Date };
}

export interface GitCommit {
  hash: string;
  authorDate?: Date;
  commitDate?: Date;
  authorEmail?: string;
  authorName?: string;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD: GitRef | undefined;
    readonly remotes: readonly { name: string; fetchUrl?: string; pushUrl?: string }[];
    readonly workingTreeChanges: readonly { uri: vscode.Uri }[];
    readonly indexChanges: readonly { uri: vscode.Uri }[];
    readonly mergeChanges: readonly { uri: vscode.Uri }[];
    readonly untrackedChanges?: readonly { uri: vscode.Uri }[];
    readonly onDidChange: vscode.Event<void>;
  };
  getRefs?(query: {
    pattern?: string;
    sort?: 'committerdate';
    count?: number;
    includeCommitDetails?: boolean;
  }): Promise<GitRef[]>;
  getBranches(query: { remote?: boolean }): Promise<GitRef[]>;
  getBranch(name: string): Promise<GitRef>;
  getCommit(ref: string): Promise<GitCommit>;
  getMergeBase(ref1: string, ref2: string): Promise<string | undefined>;
  log(options?: { maxEntries?: number }): Promise<GitCommit[]>;
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}

export interface GitApi {
  /** The git executable the Git extension found. */
  readonly git?: { readonly path: string };
  readonly state?: 'uninitialized' | 'initialized';
  readonly onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
}

interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement?: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

/** The API of an already active, enabled Git extension, or undefined. Never activates Git. */
export function activeGit(): GitApi | undefined {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext?.isActive) return undefined;
  try {
    return ext.exports.enabled ? ext.exports.getAPI(1) : undefined;
  } catch {
    return undefined;
  }
}

export type GitAccess =
  | { state: 'noGit' }
  | { state: 'disabled'; onDidChangeEnablement?: vscode.Event<boolean> }
  | { state: 'ok'; api: GitApi; onDidChangeEnablement?: vscode.Event<boolean> };

/**
 * The Git extension's API. With `activate`, the extension is activated if needed (Pacewise asks only when the user
 * looks at git signals, never at its own activation); without it, only an already active Git is used.
 */
export async function gitAccess(activate: boolean): Promise<GitAccess> {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return { state: 'noGit' };
  try {
    if (!ext.isActive) {
      if (!activate) return { state: 'noGit' };
      await ext.activate();
    }
    const exports = ext.exports;
    const onDidChangeEnablement = exports.onDidChangeEnablement;
    if (!exports.enabled) return { state: 'disabled', onDidChangeEnablement };
    return { state: 'ok', api: exports.getAPI(1), onDidChangeEnablement };
  } catch {
    // Activation failed (git binary missing): the same as no Git for Pacewise.
    return { state: 'noGit' };
  }
}
