// Webview bundle entry: imports only src/shared and @vscode-elements/elements (the Sidebar issue builds on it).
import type { HostMessage, WebviewMessage } from '../shared/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };

const api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (event.data?.type === 'snapshot') document.body.dataset.version = String(event.data.version);
});
api?.postMessage({ type: 'ready' });
