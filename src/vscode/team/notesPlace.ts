// Where a set of shared notes lives: the team's repository (a workspace folder's `.pacewise/`) or the mentorship space
// the teams share (a folder named by the user's own settings, read like a team's). One TeamService and one TeamView
// serve each place; only what this file holds differs between them.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandId, SPACE_NOTE_VIEW_TYPE, SPACE_NOTES_VIEW_ID, TEAM_NOTE_VIEW_TYPE, TEAM_VIEW_ID } from '../commandIds';
import type { SettingsReader } from '../settingsReader';
import { SPACE_SETTING, spaceSetting } from '../spaceSetting';
import { chooseHostFolder, TEAM_DIR } from './teamFolder';
import { TEAM_README } from './teamText';

/** More folders than this in the space's `.pacewise/` are watched with one recursive watch. */
const MAX_WATCHED = 200;

/** The folder that hosts `.pacewise/` now, or why there is none. */
export interface HostChoice {
  folder?: vscode.WorkspaceFolder;
  state?: 'noFolder' | 'untrusted';
  /** A `pacewise.team.folder` value that names no workspace folder (reported in the view). */
  unknownSetting?: string;
}

export interface NotesPlace {
  readonly kind: 'team' | 'space';
  readonly viewId: string;
  /** The editor tab's webview type (restored after a reload by its serializer in extension.ts). */
  readonly panelType: string;
  /** Context keys: the view's welcome text and its title bar's Clear Filter. */
  readonly stateKey: string;
  readonly filteredKey: string;
  readonly searchCommand: string;
  /** Written into `.pacewise/` with the first note; the space has its own README. */
  readonly readme: string | undefined;
  choose(): Promise<HostChoice>;
  /** What the file watchers follow, given the folders the last read found files in (only `.pacewise/` events count). */
  watchPatterns(host: vscode.Uri, folders: readonly string[]): vscode.RelativePattern[];
  /** Calls `changed` whenever the answer of choose() may be different. */
  follow(changed: () => void): vscode.Disposable;
  /** The repository whose names, emails and branches the anonymizer replaces: always the user's own project. */
  identityFolder(host: vscode.Uri | undefined): vscode.Uri | undefined;
  readonly texts: {
    tab(): string;
    committed(path: string): string;
    withdrawn(): string;
    withdrawDetail(): string;
    summaries(): string;
  };
}

/** The workspace's `.pacewise/`: trusted workspaces only, the folder `pacewise.team.folder` names or the first. */
export function teamPlace(settings: SettingsReader): NotesPlace {
  let setting = '';
  return {
    kind: 'team',
    viewId: TEAM_VIEW_ID,
    panelType: TEAM_NOTE_VIEW_TYPE,
    stateKey: 'pacewise:teamState',
    filteredKey: 'pacewise:teamFiltered',
    searchCommand: CommandId.searchTeamNotes,
    readme: TEAM_README,
    choose: async () => {
      if (!vscode.workspace.isTrusted) return { state: 'untrusted' };
      setting = settings.settings.teamFolder;
      const chosen = await chooseHostFolder(vscode.workspace.workspaceFolders ?? [], setting);
      return chosen.folder ? chosen : { ...chosen, state: 'noFolder' };
    },
    // Inside the workspace: its own watcher already covers the folder, events are only matched to the pattern.
    watchPatterns: (host) => [new vscode.RelativePattern(host, `${TEAM_DIR}/**`)],
    follow: (changed) =>
      vscode.Disposable.from(
        vscode.workspace.onDidGrantWorkspaceTrust(changed),
        vscode.workspace.onDidChangeWorkspaceFolders(changed),
        settings.onDidChange((now) => now.teamFolder !== setting && changed()),
      ),
    identityFolder: (host) => host ?? vscode.workspace.workspaceFolders?.[0]?.uri,
    texts: {
      tab: () => vscode.l10n.t('Team note'),
      committed: (p) => vscode.l10n.t('Shared as {0}. Commit it to share it with your team.', p),
      withdrawn: () => vscode.l10n.t('Withdrawn. Commit the deletion to remove it for your team.'),
      withdrawDetail: () =>
        vscode.l10n.t(
          'Pacewise deletes its file (and your annotations on it) from this checkout; commit the deletion to remove it for your team. Copies remain in git history and in clones teammates made before.',
        ),
      summaries: () => vscode.l10n.t('Across the team'),
    },
  };
}

/**
 * The mentorship space's `.pacewise/`: where questions to other teams already go, and lessons and reports shared with
 * other teams. Named by a user setting only, so it is read in untrusted workspaces too (a project cannot point it
 * anywhere); a folder that is not there is "no folder".
 */
export function spacePlace(): NotesPlace {
  return {
    kind: 'space',
    viewId: SPACE_NOTES_VIEW_ID,
    panelType: SPACE_NOTE_VIEW_TYPE,
    stateKey: 'pacewise:spaceNotesState',
    filteredKey: 'pacewise:spaceNotesFiltered',
    searchCommand: CommandId.searchSpaceNotes,
    readme: undefined,
    choose: async () => {
      const { root } = spaceSetting();
      if (!root) return { state: 'noFolder' };
      const uri = vscode.Uri.file(root);
      const stat = await vscode.workspace.fs.stat(uri).then(
        (s) => s,
        () => undefined,
      );
      if (!stat || (stat.type & vscode.FileType.Directory) === 0) return { state: 'noFolder' };
      // Not a folder of the workspace: a stand-in with the same shape, so the folder reader serves both places.
      return { folder: { uri, name: path.basename(root), index: -1 } };
    },
    // Outside the workspace a recursive watch does not report files in a folder made after it began (the second note
    // in a `.pacewise/notes/` a pull created), nor does a watch of a folder not there yet: each folder that is there
    // is watched on its own, non-recursively (the space's root always), and the set is made again when a read finds
    // other folders. Past MAX_WATCHED folders, one recursive watch (and the view's re-read when shown) has to do.
    watchPatterns: (host, folders) => {
      const dirs = ['', ...folders];
      if (dirs.length > MAX_WATCHED) return [new vscode.RelativePattern(host, '**')];
      return dirs.map((d) => new vscode.RelativePattern(d ? vscode.Uri.joinPath(host, ...d.split('/')) : host, '*'));
    },
    follow: (changed) =>
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration(`pacewise.${SPACE_SETTING}`) && changed(),
      ),
    identityFolder: () => vscode.workspace.workspaceFolders?.[0]?.uri,
    texts: {
      tab: () => vscode.l10n.t('Note across teams'),
      committed: (p) =>
        vscode.l10n.t('Shared as {0} in the mentorship space. Commit and push it there for other teams.', p),
      withdrawn: () =>
        vscode.l10n.t('Withdrawn. Commit the deletion in the mentorship space to remove it for other teams.'),
      withdrawDetail: () =>
        vscode.l10n.t(
          'Pacewise deletes its file (and your annotations on it) from your clone of the mentorship space; commit and push the deletion to remove it for other teams. Copies remain in git history and in clones made before.',
        ),
      summaries: () => vscode.l10n.t('Across the teams'),
    },
  };
}
