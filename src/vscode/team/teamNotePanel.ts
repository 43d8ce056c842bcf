import * as vscode from 'vscode';
import type { TeamHostMessage } from '../../shared/teamProtocol';
import { Disposable, disposing } from '../dispose';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';

/** What the tab tells the Team notes view: a message from its page, that it is in front again, that it was closed. */
export interface TeamNoteEvents {
  message(raw: unknown): void;
  shown(): void;
  closed(): void;
}

/**
 * The editor tab where a share preview or a note's detail opens: room for what the half-height sidebar squeezed.
 * One tab, reused (like the Markdown preview); the same team page as the view, drawing only its "note" part. Its page
 * keeps which draft or note it shows (webview state), so VS Code can restore the tab after a reload.
 */
export class TeamNotePanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The page is listening: a message posted before would be lost, with the focus it carries. */
  private ready = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** TEAM_NOTE_VIEW_TYPE or SPACE_NOTE_VIEW_TYPE: each place restores its own tab. */
    private readonly viewType: string,
    private readonly events: TeamNoteEvents,
  ) {
    super();
    this._register(disposing(() => this.panel?.dispose()));
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Changes whenever a tab comes or goes: an intent from a tab that is gone is not carried out. */
  get generation(): number {
    return this.opened;
  }
  private opened = 0;

  /** Opens the tab, or brings it to the front, with the keyboard in it. */
  open(title: string): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      this.viewType,
      title,
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      // Kept while another tab is in front: a preview being edited keeps its caret and what is being typed.
      { ...webviewOptions(this.extensionUri), retainContextWhenHidden: true },
    );
    this.attach(panel);
  }

  /** Takes the tab VS Code restored after a reload (a second one, should there be one, is closed). */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.extensionUri);
    this.attach(panel);
  }

  /** Closes the tab from here (what it showed is done: shared, discarded, closed with its Close button). */
  close(): void {
    const panel = this.panel;
    this.panel = undefined;
    if (panel) this.opened++;
    panel?.dispose();
  }

  /** Posts to the page when it listens and is in front; false when not (it is sent a fresh one when shown). */
  post(message: TeamHostMessage, title: string): boolean {
    const panel = this.panel;
    if (!panel || !this.ready || !panel.visible) return false;
    panel.title = title;
    void postTo(panel.webview, 'team', message);
    // What takes the focus needs the tab to have it: opened by a key pressed in the list's webview, VS Code leaves the
    // keyboard there.
    if (message.focus) void vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    return true;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.opened++;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'pacewise.svg');
    panel.webview.html = webviewShell(panel.webview, this.extensionUri, 'team', 'note');
    const held = vscode.Disposable.from(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        if (this.panel !== panel) return;
        if ((raw as { type?: unknown } | null)?.type === 'ready') this.ready = true;
        this.events.message(raw);
      }),
      panel.onDidChangeViewState(() => panel.visible && this.panel === panel && this.events.shown()),
    );
    panel.onDidDispose(() => {
      held.dispose();
      if (this.panel !== panel) return; // closed from here: the caller already knows
      this.panel = undefined;
      this.opened++;
      this.events.closed();
    });
  }
}
