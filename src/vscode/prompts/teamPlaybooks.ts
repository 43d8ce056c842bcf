import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { LibraryProblem, parsePlaybook, PLAYBOOK_MAX_BYTES, PromptLibrary } from '../../core/prompts/prompts';
import { Disposable, disposing } from '../dispose';
import { plural } from '../plural';

const PLAYBOOK = '.pacewise/playbook.json';
const MAX_FOLDERS = 10;

/**
 * Team playbooks: `.pacewise/playbook.json` in each workspace folder adds or overrides pacing questions and glossary
 * terms. Read only in a trusted workspace (the file comes with the repository); a bad file is reported once, with
 * what was wrong, and its good entries are still used. Watches the files once first read.
 */
export class TeamPlaybooks extends Disposable {
  /** One per workspace folder; made again when the folders change. */
  private watchers: vscode.Disposable[] = [];
  private watchedKey: string | undefined;
  private readonly reported = new Set<string>();

  constructor(private readonly onChange: () => void) {
    super();
    this._registerAll(
      vscode.workspace.onDidGrantWorkspaceTrust(() => onChange()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => onChange()),
      disposing(() => {
        for (const w of this.watchers) w.dispose();
      }),
    );
  }

  /**
   * Size and time of every playbook: cheap to ask before each question, so a change the file watcher missed (network
   * drives, editors that swap files) is still seen.
   */
  async signature(): Promise<string> {
    if (!vscode.workspace.isTrusted) return 'untrusted';
    const parts = await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).slice(0, MAX_FOLDERS).map(async (folder) => {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, PLAYBOOK)).then(
          (s) => `${s.size}:${s.mtime}`,
          () => '-',
        );
        return `${folder.uri.toString()}=${stat}`;
      }),
    );
    return parts.join('|');
  }

  async read(): Promise<PromptLibrary[]> {
    if (!vscode.workspace.isTrusted) return [];
    const folders = (vscode.workspace.workspaceFolders ?? []).slice(0, MAX_FOLDERS);
    this.watch(folders);
    const out: PromptLibrary[] = [];
    for (const folder of folders) {
      const uri = vscode.Uri.joinPath(folder.uri, PLAYBOOK);
      let text: string;
      try {
        const stats = await Promise.all([
          vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.pacewise')),
          vscode.workspace.fs.stat(uri),
        ]);
        // A symlinked folder or file could point anywhere (~/.ssh, our own store): never followed.
        if (stats.some((st) => (st.type & vscode.FileType.SymbolicLink) !== 0)) {
          this.report(uri, [vscode.l10n.t('it is a symbolic link, which Pacewise does not follow')], true);
          continue;
        }
        if (stats[1].size > PLAYBOOK_MAX_BYTES) {
          this.report(uri, [vscode.l10n.t('it is larger than {0} KiB', PLAYBOOK_MAX_BYTES / 1024)], true);
          continue;
        }
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no playbook in this folder
      }
      const { library, errors } = parsePlaybook(text);
      if (errors.length)
        this.report(uri, errors.map(problemText), library.prompts.length + library.glossary.length === 0);
      out.push(library);
    }
    return out;
  }

  private watch(folders: readonly vscode.WorkspaceFolder[]): void {
    // The watchers' own events lead back here: keep them while the folders stay the same.
    const key = folders.map((f) => f.uri.toString()).join('|');
    if (key === this.watchedKey || this.isDisposed) return;
    this.watchedKey = key;
    for (const w of this.watchers) w.dispose();
    this.watchers = folders.map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PLAYBOOK));
      const changed = () => this.onChange();
      return vscode.Disposable.from(
        watcher,
        watcher.onDidChange(changed),
        watcher.onDidCreate(changed),
        watcher.onDidDelete(changed),
      );
    });
  }

  /** Says once per distinct problem what was wrong; the sidebar keeps working with what could be read. */
  private report(uri: vscode.Uri, errors: string[], nothingUsed: boolean): void {
    const key = `${uri.toString()}\n${errors.join('\n')}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const where = vscode.workspace.asRelativePath(uri);
    // A teammate wrote the file: what is quoted from it stays text in the notification.
    const list = inertText(errors.slice(0, 3).join('; ') + (errors.length > 3 ? ' …' : ''));
    void vscode.window.showWarningMessage(
      nothingUsed
        ? vscode.l10n.t('Pacewise could not use the team playbook {0}: {1}.', where, list)
        : plural(
            errors.length,
            {
              one: 'Pacewise skipped {0} entry of the team playbook {1} ({2}); the rest is used.',
              other: 'Pacewise skipped {0} entries of the team playbook {1} ({2}); the rest is used.',
            },
            errors.length,
            where,
            list,
          ),
    );
  }
}

/** One problem of a playbook file in words: which entry (counted from 1, as in the file) and why. */
function problemText(p: LibraryProblem): string {
  if (p.entry === 'file') {
    if (p.reason === 'tooMany') return vscode.l10n.t('only the first {0} prompts and glossary terms are used', p.max);
    return p.reason === 'notJson'
      ? vscode.l10n.t('it is not valid JSON')
      : vscode.l10n.t('it is not a JSON object with "prompts" and "glossary"');
  }
  const value = p.value ?? '';
  const why = {
    notObject: vscode.l10n.t('not an object'),
    id: vscode.l10n.t('no id of letters, digits, - or _'),
    duplicateId: vscode.l10n.t('the id "{0}" is used twice', value),
    category: value
      ? vscode.l10n.t('unknown category "{0}"', value)
      : vscode.l10n.t('no known category (discovery, diagnostic, escalation)'),
    text: vscode.l10n.t('empty text'),
    textTooLong: vscode.l10n.t('text longer than 300 characters'),
    signals: vscode.l10n.t('no signals'),
    signal: value ? vscode.l10n.t('unknown signal "{0}"', value) : vscode.l10n.t('an unknown signal'),
    term: vscode.l10n.t('empty term'),
    termTooLong: vscode.l10n.t('term longer than 80 characters'),
    definition: vscode.l10n.t('no definition'),
    definitionTooLong: vscode.l10n.t('definition longer than 500 characters'),
  }[p.reason];
  return p.entry === 'prompt'
    ? vscode.l10n.t('prompt {0}: {1}', p.n, why)
    : vscode.l10n.t('glossary term {0}: {1}', p.n, why);
}
