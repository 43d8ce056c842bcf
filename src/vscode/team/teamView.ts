import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { DraftField, draftFields } from '../../core/team/shareDraft';
import { TEMPLATE_IDS, TemplateId } from '../../core/experiments/experimentTemplates';
import { NoteOp, parseTeamMessage, TeamHostMessage, TeamWebviewMessage } from '../../shared/teamProtocol';
import { TEAM_VIEW_ID } from '../commandIds';
import { teamModel, TeamViewState } from './teamModel';
import { ShareOutcome, TeamService } from './teamService';
import { teamStrings } from './teamStrings';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';
import { assertNever } from '../../shared/guards';
import { Disposable } from '../dispose';

/** Starts an experiment from a note: the template chosen, the hypothesis pre-filled, the user confirms each step. */
export type Adopt = (template: TemplateId, hypothesis: string) => Promise<boolean>;

/**
 * The Team notes view: the team's notes with search and filters, a note's detail with its annotations, and the share
 * preview. Like the sidebar: a constant shell, full snapshots by postMessage, every inbound message validated.
 */
export class TeamViewProvider extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private state: TeamViewState = { filter: { query: '', kind: '', template: '', outcome: '' } };
  private posted = 0;
  private focusNext: TeamHostMessage['focus'];
  private announceNext: string | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly team: TeamService,
    private readonly adopt: Adopt,
  ) {
    super();
    this._register(team.onDidChange(() => this.post()));
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view = webviewView;
    webviewView.webview.options = webviewOptions(this.extensionUri);
    webviewView.webview.html = webviewShell(webviewView.webview, this.extensionUri, 'team');
    const listeners = [
      webviewView.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      // Shown again: re-read (cheap: unchanged files come from the cache), in case the watcher missed a change.
      webviewView.onDidChangeVisibility(() => webviewView.visible && this.team.scheduleLoad(0)),
    ];
    webviewView.onDidDispose(() => {
      if (this.view === webviewView) this.view = undefined;
      for (const l of listeners) l.dispose();
    });
  }

  /** Shows the view with a draft's preview open (after Share… in the sidebar or the palette). */
  async showDraft(id: string): Promise<void> {
    this.state = { ...this.state, draftId: id };
    await this.reveal('draft');
  }

  /** Show Team Notes: the view comes forward with the keyboard on what it shows (the list, or an open preview or note). */
  show(): Promise<void> {
    return this.reveal(this.state.draftId ? 'draft' : this.state.detailId ? 'detail' : 'list');
  }

  async showNote(id: string): Promise<void> {
    this.state = { ...this.state, detailId: id };
    await this.reveal('detail');
  }

  private async reveal(focus: NonNullable<TeamHostMessage['focus']>): Promise<void> {
    this.focusNext = focus;
    await vscode.commands.executeCommand(`${TEAM_VIEW_ID}.focus`);
    this.post();
  }

  private receive(raw: unknown): void {
    if (!this.view) return;
    const msg = parseTeamMessage(raw);
    if (!msg) return; // unknown or malformed: ignored, nothing changes
    // One message at a time: a Share that follows an edit must see the edit's new revision.
    this.queue = this.queue
      .then(() => this.handle(msg))
      .catch((err) =>
        vscode.window.showErrorMessage(
          vscode.l10n.t('Pacewise: {0}', inertText(err instanceof Error ? err.message : String(err))),
        ),
      )
      .then(() => undefined);
  }

  private async handle(msg: TeamWebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        // Read once the page is up: the folder's reads and the page's own files share one connection in a remote
        // window, and the Today view in the same container is loading at the same moment.
        await this.team.start();
        break;
      case 'action':
        if (msg.action === 'trust') await vscode.commands.executeCommand('workbench.trust.manage');
        else if (msg.action === 'reload') await this.team.load();
        else if (msg.action === 'closeDetail') {
          this.state = { ...this.state, detailId: undefined };
          this.focusNext = 'list';
        } else {
          const d = await this.team.draftQuestion();
          this.state = { ...this.state, draftId: d.id };
          this.focusNext = 'draft';
        }
        break;
      case 'filter':
        this.state = { ...this.state, filter: msg.filter };
        break;
      case 'note':
        await this.noteOp(msg.op, msg.id);
        break;
      case 'draft':
        if (msg.op === 'open') {
          this.state = { ...this.state, draftId: msg.id };
          this.focusNext = 'draft';
        } else {
          if (msg.op === 'discard') await this.team.discard(msg.id);
          this.state = { ...this.state, draftId: undefined };
          this.focusNext = this.state.detailId ? 'detail' : 'list';
          this.announceNext =
            msg.op === 'discard'
              ? vscode.l10n.t('Draft discarded.')
              : vscode.l10n.t('Preview closed; the draft is kept on this machine.');
        }
        break;
      case 'edit': {
        const draft = this.team.drafts.find((d) => d.id === msg.id);
        if (!draft) return;
        if (msg.field === 'tags') await this.team.edit(msg.id, { type: 'tags', value: msg.value });
        else if ((draftFields(draft) as string[]).includes(msg.field))
          await this.team.edit(msg.id, { type: 'text', field: msg.field as DraftField, value: msg.value });
        return; // the store change posts the new preview
      }
      case 'keep':
        await this.team.edit(msg.id, { type: 'keep', original: msg.original, keep: msg.keep });
        return;
      case 'pseudonym':
        await this.team.edit(msg.id, { type: 'pseudonym', on: msg.on });
        return;
      case 'share':
        this.shared(await this.team.share(msg.id, msg.revision), msg.id);
        break;
      default:
        assertNever(msg);
    }
    this.post();
  }

  private async noteOp(op: NoteOp, id: string): Promise<void> {
    const entry = this.team.board.notes.find((n) => n.note.id === id);
    if (op === 'open') {
      this.state = { ...this.state, detailId: entry ? id : undefined };
      this.focusNext = 'detail';
    } else if (op === 'annotate' || op === 'edit') {
      const d = op === 'edit' ? await this.team.draftEdit(id) : await this.team.draftAnnotation(id);
      if (d) {
        this.state = { ...this.state, draftId: d.id };
        this.focusNext = 'draft';
      }
    } else if (op === 'adopt') {
      const template = entry?.note.template;
      if (template && (TEMPLATE_IDS as readonly string[]).includes(template))
        await this.adopt(template, entry.note.text.hypothesis ?? entry.note.text.tried ?? '');
    } else {
      await this.withdraw(id);
    }
  }

  /** Asks once, with the git-history caveat, then deletes the user's own files. */
  async withdraw(id: string): Promise<boolean> {
    const yes = vscode.l10n.t('Withdraw');
    const pick = await vscode.window.showWarningMessage(
      vscode.l10n.t('Withdraw this note?'),
      {
        modal: true,
        detail: vscode.l10n.t(
          'Pacewise deletes its file (and your annotations on it) from this checkout; commit the deletion to remove it for your team. Copies remain in git history and in clones teammates made before.',
        ),
      },
      yes,
    );
    if (pick !== yes) return false;
    const done = await this.team.withdraw(id);
    if (!done.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Pacewise could not withdraw the note: {0}', inertText(done.error)),
      );
      return false;
    }
    this.state = { ...this.state, detailId: undefined };
    this.focusNext = 'list';
    this.announceNext = vscode.l10n.t('Withdrawn. Commit the deletion to remove it for your team.');
    return true;
  }

  private shared(outcome: ShareOutcome, id: string): void {
    if (outcome.ok) {
      this.state = { ...this.state, draftId: undefined };
      // Back where the user came from: the note it annotated, or the list.
      this.focusNext = this.state.detailId ? 'detail' : 'list';
      this.announceNext = vscode.l10n.t('Shared as {0}. Commit it to share it with your team.', outcome.path);
      void this.team
        .inGit()
        .then((inGit) =>
          vscode.window.showInformationMessage(
            inGit === false
              ? vscode.l10n.t(
                  'Pacewise wrote {0}. This folder is not a git repository, so no teammate receives it yet.',
                  outcome.path,
                )
              : vscode.l10n.t(
                  'Pacewise wrote {0}. Review and commit it like any other change; Pacewise never commits.',
                  outcome.path,
                ),
          ),
        );
      return;
    }
    const text =
      outcome.reason === 'stale'
        ? vscode.l10n.t('The preview changed while you pressed Share. Look at it again, then press Share.')
        : outcome.reason === 'problems'
          ? vscode.l10n.t('The preview has problems to fix first; nothing was written.')
          : outcome.reason === 'noFolder'
            ? vscode.l10n.t('There is no team folder here (no trusted workspace folder); nothing was written.')
            : outcome.reason === 'notFound'
              ? vscode.l10n.t('That draft no longer exists; nothing was written.')
              : vscode.l10n.t(
                  'Pacewise could not write the note ({0}). The draft is kept; try again.',
                  inertText('error' in outcome ? outcome.error : ''),
                );
    this.state = { ...this.state, draftId: outcome.reason === 'notFound' ? undefined : id };
    void vscode.window.showWarningMessage(text);
  }

  private post(): void {
    const view = this.view;
    if (!view?.visible) return;
    const seq = ++this.posted;
    void teamModel(this.team, this.state).then((team) => {
      // A newer snapshot is on its way: this one would show older facts.
      if (seq !== this.posted || this.view !== view) return;
      // A draft shared elsewhere, or a note a pull removed: forget it, so it does not pop up again later.
      if (this.state.draftId && !team.draft) this.state = { ...this.state, draftId: undefined };
      if (this.state.detailId && !team.detail) this.state = { ...this.state, detailId: undefined };
      const msg: TeamHostMessage = {
        type: 'team',
        team,
        strings: teamStrings(),
        focus: this.focusNext,
        announce: this.announceNext,
      };
      this.focusNext = undefined;
      this.announceNext = undefined;
      void postTo(view.webview, 'team', msg);
    });
  }
}
