import * as vscode from 'vscode';
import { Disposable } from '../dispose';

/** A typing pause this long is a natural boundary: prompts wait for it, never interrupting a keystroke. */
export const TYPING_PAUSE_MS = 3_000;

/**
 * Watches this window for signs of the developer: edits, cursor moves, focus. Listeners only record a timestamp,
 * so they cost nothing measurable while typing.
 */
export class ActivityMonitor extends Disposable {
  private lastEdit = 0;
  private readonly edited = this._register(new vscode.EventEmitter<void>());
  /** Fires on each edit to a user document (listeners must be cheap: this runs per keystroke). */
  readonly onDidEdit = this.edited.event;

  constructor(onActivity: () => void) {
    super();
    const isUserDocument = (uri: vscode.Uri) =>
      uri.scheme === 'file' ||
      uri.scheme === 'untitled' ||
      uri.scheme === 'vscode-remote' ||
      uri.scheme === 'vscode-notebook-cell';
    this._registerAll(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isUserDocument(e.document.uri) || e.contentChanges.length === 0) return;
        this.lastEdit = Date.now();
        onActivity();
        this.edited.fire();
      }),
      vscode.window.onDidChangeTextEditorSelection(() => onActivity()),
      vscode.window.onDidChangeActiveTextEditor(() => onActivity()),
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused) onActivity();
      }),
    );
  }

  /** Resolves once the developer has not typed for TYPING_PAUSE_MS (at once if not typing). */
  async typingPause(): Promise<void> {
    for (;;) {
      const wait = this.lastEdit + TYPING_PAUSE_MS - Date.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
