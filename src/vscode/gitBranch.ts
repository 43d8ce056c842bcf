import * as vscode from 'vscode';

interface GitApiV1 {
  repositories: { state: { HEAD?: { name?: string } } }[];
}

/**
 * The current branch of the first repository, through the built-in Git extension's API (v1) — only if that
 * extension is already active: Pacewise never activates Git itself. Undefined when Git is absent or disabled.
 */
export function currentBranch(): string | undefined {
  const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApiV1 }>('vscode.git');
  if (!git?.isActive) return undefined;
  try {
    return git.exports.getAPI(1).repositories[0]?.state.HEAD?.name;
  } catch {
    return undefined;
  }
}
