// Where the mentorship space is on this machine: the user's own `pacewise.mentorship.space`. Read by the Mentoring
// feature and by the notes across teams (the team feature), so it lives beside the settings reader.
import * as path from 'node:path';
import * as vscode from 'vscode';

export const SPACE_SETTING = 'mentorship.space';

/**
 * The setting as Pacewise uses it: an absolute path, or why the value set is not one. Only the user's own settings
 * count: the manifest scopes it to the application, and this reads the user value alone, so a cloned project can
 * never point it anywhere.
 */
export function spaceSetting(): { root?: string; problem?: string } {
  const raw = vscode.workspace.getConfiguration('pacewise').inspect<unknown>(SPACE_SETTING)?.globalValue;
  if (raw === undefined || raw === '') return {};
  if (typeof raw !== 'string') return { problem: vscode.l10n.t('pacewise.mentorship.space must be a folder path.') };
  if (!path.isAbsolute(raw.trim()))
    return { problem: vscode.l10n.t('pacewise.mentorship.space must be an absolute path, not “{0}”.', raw) };
  return { root: path.normalize(raw.trim()) };
}

/** What a view over the space says in its message line while the space cannot be read: no folder, or a bad setting. */
export function spaceProblem(state: { kind: string; root?: string }): string | undefined {
  return state.kind === 'missing'
    ? vscode.l10n.t('No folder at {0}.', state.root ?? '')
    : state.kind === 'none'
      ? spaceSetting().problem
      : undefined;
}
