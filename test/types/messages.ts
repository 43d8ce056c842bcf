// Checked by `npm run typecheck`, never run: each view's postMessage takes only its own protocol's messages, on
// both sides. A line marked @ts-expect-error that compiles cleanly fails the type check.
import type * as vscode from 'vscode';
import type { ViewHost } from '../../src/webview/dom';
import type { TeamWebviewMessage } from '../../src/shared/teamProtocol';
import type { WebviewMessage } from '../../src/shared/protocol';
import type { postTo } from '../../src/vscode/webviewShell';

declare const teamView: ViewHost<TeamWebviewMessage>;
declare const sidebarView: ViewHost<WebviewMessage>;
declare const post: typeof postTo;
declare const webview: vscode.Webview;

teamView.postMessage({ type: 'ready' });
// @ts-expect-error a sidebar intent (work in progress) is not a Team notes message
teamView.postMessage({ type: 'wip', op: 'complete', id: 'x' });
// @ts-expect-error a Team notes intent is not a sidebar message
sidebarView.postMessage({ type: 'note', op: 'open', id: 'x' });

void post(webview, 'insights', { type: 'insights', model: undefined!, computedMs: 1 });
// @ts-expect-error the Team notes view is sent Team snapshots only
void post(webview, 'team', { type: 'insights', model: undefined!, computedMs: 1 });
