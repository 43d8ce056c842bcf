// Webviews as VS Code hands them to a provider, with visibility, messages and disposal under a test's control: the
// provider under test is the real one; only the WebviewView (or the editor tab's WebviewPanel) is the test's.
import * as vscode from 'vscode';

/** A WebviewView as VS Code hands it over: visibility and disposal under the test's control. */
export class TestWebviewView<M = unknown> {
  visible = true;
  disposed = false;
  readonly posts: M[] = [];
  postsAfterDispose = 0;
  private readonly inbound = new vscode.EventEmitter<unknown>();
  private readonly visibility = new vscode.EventEmitter<void>();
  private readonly disposal = new vscode.EventEmitter<void>();
  readonly onDidChangeVisibility = this.visibility.event;
  readonly onDidDispose = this.disposal.event;
  readonly webview = {
    options: {},
    html: '',
    cspSource: 'vscode-resource:',
    asWebviewUri: (u: vscode.Uri) => u,
    onDidReceiveMessage: this.inbound.event,
    postMessage: async (message: M) => {
      // Like VS Code's: a disposed webview takes no message.
      if (this.disposed) {
        this.postsAfterDispose++;
        throw new Error('Webview is disposed');
      }
      this.posts.push(message);
      return true;
    },
  };
  send(message: unknown): void {
    this.inbound.fire(message);
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.visibility.fire();
  }
  dispose(): void {
    this.disposed = true;
    this.disposal.fire();
  }
  get last(): M | undefined {
    return this.posts.at(-1);
  }
}

/** A WebviewPanel (an editor tab) as VS Code hands it over or restores it after a reload. */
export class TestWebviewPanel<M = unknown> extends TestWebviewView<M> {
  title = '';
  iconPath: unknown;
  revealed = 0;
  private readonly viewState = new vscode.EventEmitter<void>();
  readonly onDidChangeViewState = this.viewState.event;
  reveal(): void {
    this.revealed++;
  }
  override setVisible(visible: boolean): void {
    super.setVisible(visible);
    this.viewState.fire();
  }
}

/** A tree view for a provider under test: the message and description it sets, and no visibility changes. */
export class TestTreeView {
  description: string | undefined;
  message: string | undefined;
  private readonly visibility = new vscode.EventEmitter<vscode.TreeViewVisibilityChangeEvent>();
  readonly onDidChangeVisibility = this.visibility.event;
}
