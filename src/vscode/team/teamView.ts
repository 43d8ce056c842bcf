import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { DraftField, draftFields } from '../../core/team/shareDraft';
import { TEMPLATE_IDS, TemplateId } from '../../core/experiments/experimentTemplates';
import { NoteOp, parseTeamMessage, TeamHostMessage, TeamWebviewMessage } from '../../shared/teamProtocol';
import { TeamNotePanel } from './teamNotePanel';
import { TEAM_VIEW_ID } from '../commandIds';
import { teamModel, TeamViewState } from './teamModel';
import { ShareOutcome, TeamService } from './teamService';
import { teamStrings } from './teamStrings';
import { shareRefusedText, shareWrittenText } from './teamText';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';
import { assertNever, ID_PATTERN } from '../../shared/guards';
import { Disposable } from '../dispose';

/** Starts an experiment from a note: the template chosen, the hypothesis pre-filled, the user confirms each step. */
export type Adopt = (template: TemplateId, hypothesis: string) => Promise<boolean>;

/**
 * Team notes: the view in the sidebar lists the team's notes (search, filters, drafts); a note's detail with its
 * annotations and the share preview open in one editor tab (TeamNotePanel). Both draw the same snapshot, each its
 * part. Like the sidebar: a constant shell, full snapshots by postMessage, every inbound message validated.
 */
export class TeamViewProvider extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  /** The view's page is listening: what is posted before would be lost, with the focus it carries. */
  private ready = false;
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
    this.note = this._register(
      new TeamNotePanel(extensionUri, {
        message: (raw) => this.receive(raw, 'note'),
        shown: () => this.post(),
        // Closed by the user: the draft stays on this machine (listed under Drafts), the note in the list.
        closed: () => {
          this.state = { ...this.state, draftId: undefined, detailId: undefined };
          this.post();
        },
      }),
    );
    this._register(team.onDidChange(() => this.post()));
  }

  private readonly note: TeamNotePanel;

  /** Takes back the tab VS Code restored after a reload, showing the draft or note its page remembered. */
  restore(panel: vscode.WebviewPanel, saved: unknown): void {
    const id = (key: string) => {
      const v = (saved as Record<string, unknown> | null | undefined)?.[key];
      return typeof v === 'string' && ID_PATTERN.test(v) ? v : undefined;
    };
    this.state = { ...this.state, draftId: id('draftId'), detailId: id('detailId') };
    this.note.restore(panel);
    void this.team.start().then(() => this.post());
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view = webviewView;
    this.ready = false;
    webviewView.webview.options = webviewOptions(this.extensionUri);
    webviewView.webview.html = webviewShell(webviewView.webview, this.extensionUri, 'team', 'list');
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

  /** Show Team Notes: the view comes forward with the keyboard in its list (an open preview or note keeps its tab). */
  show(): Promise<void> {
    return this.reveal('list');
  }

  async showNote(id: string): Promise<void> {
    this.state = { ...this.state, detailId: id };
    await this.reveal('detail');
  }

  private async reveal(focus: NonNullable<TeamHostMessage['focus']>): Promise<void> {
    this.focusNext = focus;
    if (focus === 'list') await vscode.commands.executeCommand(`${TEAM_VIEW_ID}.focus`);
    else this.note.open(vscode.l10n.t('Team note'));
    this.post();
  }

  /** After a change: the tab opens for a draft or a note to show, and closes when there is none (focus to the list). */
  private async placeNote(): Promise<void> {
    const wanted = this.state.draftId !== undefined || this.state.detailId !== undefined;
    if (wanted && (this.focusNext === 'draft' || this.focusNext === 'detail'))
      this.note.open(vscode.l10n.t('Team note'));
    if (wanted) return;
    this.note.close();
    // Done in the tab (shared, closed, withdrawn): the keyboard goes back to the list, even if a snapshot that saw
    // the change first already closed the tab.
    if (this.focusNext === 'list') await vscode.commands.executeCommand(`${TEAM_VIEW_ID}.focus`);
  }

  private receive(raw: unknown, from: 'list' | 'note' = 'list'): void {
    if (from === 'list' && !this.view) return;
    const msg = parseTeamMessage(raw);
    if (!msg) return; // unknown or malformed: ignored, nothing changes
    // One message at a time: a Share that follows an edit must see the edit's new revision.
    this.queue = this.queue
      .then(() => this.handle(msg, from))
      .catch((err) =>
        vscode.window.showErrorMessage(
          vscode.l10n.t('Pacewise: {0}', inertText(err instanceof Error ? err.message : String(err))),
        ),
      )
      .then(() => undefined);
  }

  private async handle(msg: TeamWebviewMessage, from: 'list' | 'note'): Promise<void> {
    switch (msg.type) {
      case 'ready':
        if (from === 'list') this.ready = true;
        // Read once the page is up: the folder's reads and the page's own files share one connection in a remote
        // window, and the Today view in the same container is loading at the same moment.
        await this.team.start();
        break;
      case 'action':
        if (msg.action === 'trust') await vscode.commands.executeCommand('workbench.trust.manage');
        else {
          this.state = { ...this.state, detailId: undefined };
          this.focusNext = 'list';
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
    await this.placeNote();
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
        .then((inGit) => vscode.window.showInformationMessage(shareWrittenText(outcome.path, inGit)));
      return;
    }
    const text = shareRefusedText(outcome);
    this.state = { ...this.state, draftId: outcome.reason === 'notFound' ? undefined : id };
    void vscode.window.showWarningMessage(text);
  }

  private post(): void {
    const view = this.view;
    const toList = view?.visible === true && this.ready;
    if (!toList && !this.note.isOpen) return;
    const seq = ++this.posted;
    void teamModel(this.team, this.state).then((team) => {
      // A newer snapshot is on its way: this one would show older facts.
      if (seq !== this.posted) return;
      // A draft shared elsewhere, or a note a pull removed: forget it, so it does not pop up again later.
      if (this.state.draftId && !team.draft) this.state = { ...this.state, draftId: undefined };
      if (this.state.detailId && !team.detail) this.state = { ...this.state, detailId: undefined };
      if (!team.draft && !team.detail) this.note.close();
      const base: TeamHostMessage = { type: 'team', team, strings: teamStrings() };
      // The focus and what is said go to the surface they are for, once it listens.
      const forNote = this.focusNext === 'draft' || this.focusNext === 'detail';
      const title = team.draft ? vscode.l10n.t('Share preview') : (team.detail?.title ?? vscode.l10n.t('Team note'));
      const noteGot = this.note.post(
        forNote ? { ...base, focus: this.focusNext, announce: this.announceNext } : base,
        inertText(title),
      );
      if (noteGot && forNote) this.focusNext = this.announceNext = undefined;
      if (toList && this.view === view) {
        void postTo(
          view.webview,
          'team',
          forNote ? base : { ...base, focus: this.focusNext, announce: this.announceNext },
        );
        if (!forNote) this.focusNext = this.announceNext = undefined;
      }
    });
  }
}
