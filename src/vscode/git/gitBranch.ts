import { activeGit } from './gitApi';

/**
 * The current branch of the first repository, through the built-in Git extension's API (v1) — only if that
 * extension is already active: Pacewise never activates Git itself. Undefined when Git is absent or disabled.
 */
export function currentBranch(): string | undefined {
  try {
    return activeGit()?.repositories[0]?.state.HEAD?.name;
  } catch {
    return undefined;
  }
}
