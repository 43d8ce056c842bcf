import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { DraftField, draftFields } from '../../core/team/shareDraft';
import { TEMPLATE_IDS, TemplateId } from '../../core/experiments/experimentTemplates';
import {
  NoteOp,
  parseTeamMessage,
  TeamFilterModel,
  TeamHostMessage,
  TeamWebviewMessage,
} from '../../shared/teamProtocol';
import { TeamNotePanel } from './teamNotePanel';
import { teamModel, TeamViewState } from './teamModel';
import { ShareOutcome, TeamService } from './teamService';
import { teamStrings } from './teamStrings';
import { shareRefusedText, shareWrittenText } from './teamText';
import { assertNever, ID_PATTERN } from '../../shared/guards';
import { Disposable } from '../dispose';
import { TeamNode, TeamTree } from './teamTree';

/** Starts an experiment from a note: the template chosen, the hypothesis pre-filled, the user confirms each step. */
export type Adopt = (template: TemplateId, hypothesis: string) => Promise<boolean>;

export const NO_FILTER: TeamFilterModel = { query: '', kind: '', template: '', outcome: '' };

/**
 * Team notes: the Team Notes view lists the team's notes as a native tree (TeamTree: drafts, notes, summaries); a
 * note's detail with its annotations and the share preview open in one editor tab (TeamNotePanel), a webview that
 * draws snapshots by postMessage and whose every inbound message is validated. This class holds what both show: the
 * filter, the open note or draft, where the keyboard goes next.
 */
export class TeamView extends Disposable {
  private tree: TeamTree | undefined;
  private state: TeamViewState = { filter: NO_FILTER };
  private posted = 0;
  private focusNext: TeamHostMessage['focus'];
  private announceNext: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** An intent is being carried out (it places the tab itself when done). */
  private handling = false;

  constructor(
    extensionUri: vscode.Uri,
    private readonly team: TeamService,
    private readonly adopt: Adopt,
  ) {
    super();
    this.note = this._register(
      new TeamNotePanel(extensionUri, team.place.panelType, {
        message: (raw) => this.receive(raw),
        // In front again: re-read (cheap: unchanged files come from the cache), in case the watcher missed a change.
        shown: () => {
          this.team.scheduleLoad(0);
          this.post();
        },
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
    void this.team.start().then(() => {
      this.team.scheduleLoad(0);
      this.post();
    });
  }

  /** The Team Notes view's rows, built the first time VS Code asks for them (registerLazyTree). */
  createTree(view: vscode.TreeView<TeamNode>): TeamTree {
    this.tree = new TeamTree(view, this.team, () => this.state.filter);
    return this.tree;
  }

  get filter(): TeamFilterModel {
    return this.state.filter;
  }

  /** Search and filters from the title bar: the rows follow at once. */
  setFilter(filter: TeamFilterModel): void {
    this.state = { ...this.state, filter };
    void this.tree?.refresh();
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
    if (focus === 'list') await this.focusList();
    else this.note.open(this.team.place.texts.tab());
    this.post();
  }

  /** The keyboard to the list; what the tab would have said there goes to the status bar for a while. */
  private async focusList(): Promise<void> {
    const said = this.announceNext;
    this.focusNext = this.announceNext = undefined;
    await vscode.commands.executeCommand(`${this.team.place.viewId}.focus`);
    if (said) vscode.window.setStatusBarMessage(said, 8_000);
  }

  /** After a change: the tab opens for a draft or a note to show, and closes when there is none (focus to the list). */
  private async placeNote(): Promise<void> {
    const wanted = this.state.draftId !== undefined || this.state.detailId !== undefined;
    if (wanted && (this.focusNext === 'draft' || this.focusNext === 'detail'))
      this.note.open(this.team.place.texts.tab());
    if (!wanted) await this.closeTab();
  }

  /**
   * Done in the tab (shared, closed, withdrawn): the keyboard goes back to the list first, then the tab closes — the
   * other way round, the editor left in front would take the keyboard back from the list.
   */
  private async closeTab(): Promise<void> {
    if (this.focusNext === 'list') await this.focusList();
    this.note.close();
  }

  /** Whether this place lists the note or keeps the draft (read first if it was not yet). */
  async holds(kind: 'note' | 'draft', id: string): Promise<boolean> {
    await this.team.start();
    return kind === 'note'
      ? this.team.board.notes.some((n) => n.note.id === id)
      : this.team.drafts.some((d) => d.id === id);
  }

  /** A row's command or context menu: open, annotate, adopt, edit or withdraw a note (the id was validated). */
  async onNote(op: NoteOp, id: string): Promise<boolean> {
    if (!this.team.board.notes.some((n) => n.note.id === id)) return false;
    await this.enqueue({ type: 'note', op, id });
    return true;
  }

  /** A draft's row: Continue opens its preview; Discard deletes it from this machine. */
  async onDraft(op: 'open' | 'discard', id: string): Promise<boolean> {
    if (!this.team.drafts.some((d) => d.id === id)) return false;
    await this.enqueue({ type: 'draft', op, id });
    return true;
  }

  private receive(raw: unknown): void {
    const msg = parseTeamMessage(raw);
    if (!msg) return; // unknown or malformed: ignored, nothing changes
    // Waiting behind another intent while its tab was closed: dropped (it would open the tab again).
    const tab = this.note.generation;
    void this.enqueue(msg, () => tab === this.note.generation);
  }

  /** One intent at a time, from the tab or the list: a Share that follows an edit must see the edit's revision. */
  private enqueue(msg: TeamWebviewMessage, stillWanted = () => true): Promise<void> {
    this.queue = this.queue
      .then(async () => {
        if (!stillWanted()) return;
        this.handling = true;
        try {
          await this.handle(msg);
        } finally {
          this.handling = false;
        }
      })
      .catch((err) =>
        vscode.window.showErrorMessage(
          vscode.l10n.t('Pacewise: {0}', inertText(err instanceof Error ? err.message : String(err))),
        ),
      )
      .then(() => undefined);
    return this.queue;
  }

  private async handle(msg: TeamWebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        await this.team.start();
        break;
      case 'action':
        this.state = { ...this.state, detailId: undefined };
        this.focusNext = 'list';
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
          // Discarded from the list while another draft is open: that one stays.
          if (this.state.draftId === msg.id) this.state = { ...this.state, draftId: undefined };
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
        detail: this.team.place.texts.withdrawDetail(),
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
    void vscode.window.showInformationMessage(this.team.place.texts.withdrawn());
    await this.placeNote();
    return true;
  }

  private shared(outcome: ShareOutcome, id: string): void {
    if (outcome.ok) {
      this.state = { ...this.state, draftId: undefined };
      // Back where the user came from: the note it annotated, or the list.
      this.focusNext = this.state.detailId ? 'detail' : 'list';
      this.announceNext = this.team.place.texts.committed(outcome.path);
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
    if (!this.note.isOpen) return;
    const seq = ++this.posted;
    void teamModel(this.team, this.state).then((team) => {
      // A newer snapshot is on its way: this one would show older facts.
      if (seq !== this.posted) return;
      // A draft shared elsewhere, or a note a pull removed: forget it, so it does not pop up again later.
      if (this.state.draftId && !team.draft) this.state = { ...this.state, draftId: undefined };
      if (this.state.detailId && !team.detail) this.state = { ...this.state, detailId: undefined };
      // Gone by a pull or another window: the tab closes. Gone by an intent still being carried out (a Share's file
      // is seen before the Share is through): that intent closes it, with the keyboard where it belongs.
      if (!team.draft && !team.detail) {
        if (!this.handling) void this.closeTab();
        return;
      }
      const forNote = this.focusNext === 'draft' || this.focusNext === 'detail';
      const title = team.draft ? vscode.l10n.t('Share preview') : (team.detail?.title ?? this.team.place.texts.tab());
      const message: TeamHostMessage = { type: 'team', team, strings: teamStrings() };
      if (
        this.note.post(
          forNote ? { ...message, focus: this.focusNext, announce: this.announceNext } : message,
          inertText(title),
        ) &&
        forNote
      )
        this.focusNext = this.announceNext = undefined;
    });
  }
}
