import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HostMessage } from '../shared/protocol';
import type { TeamHostMessage } from '../shared/teamProtocol';
import type { InsightsHostMessage } from '../shared/insightsProtocol';
import type { ReviewHostMessage } from '../shared/reviewProtocol';

/** What each view's host sends it (one protocol file per view in src/shared/). */
interface ViewMessages {
  sidebar: HostMessage;
  team: TeamHostMessage;
  insights: InsightsHostMessage;
  review: ReviewHostMessage;
}
export type ViewName = keyof ViewMessages;

/** postMessage for one view: it takes only that view's messages (VS Code's own takes anything). */
export function postTo<V extends ViewName>(
  webview: vscode.Webview,
  _view: V,
  message: ViewMessages[V],
): Thenable<boolean> {
  return webview.postMessage(message);
}

/** Options every Pacewise webview uses: scripts on, command URIs off, resources only from the extension's folders. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

let chunkList: Record<string, string[]> | undefined;

/** The chunks each view's bundle imports (dist/webview-chunks.json, written by the build); none if unreadable. */
function viewChunks(extensionUri: vscode.Uri, view: ViewName): string[] {
  if (!chunkList) {
    try {
      const parsed: unknown = JSON.parse(
        readFileSync(path.join(extensionUri.fsPath, 'dist', 'webview-chunks.json'), 'utf8'),
      );
      chunkList = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string[]>) : {};
    } catch {
      chunkList = {};
    }
  }
  const chunks = chunkList[view];
  return Array.isArray(chunks) ? chunks.filter((c) => typeof c === 'string' && /^chunks\/[\w-]+\.js$/.test(c)) : [];
}

/**
 * The constant HTML shell of a Pacewise webview: only the nonce, resource URIs and the view's name and part are interpolated;
 * all data arrives later by postMessage. CSP `default-src 'none'` with a fresh nonce per render.
 */
export function webviewShell(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  view: ViewName,
  /** Which part of the view this document draws, for a view with several (the sidebar's). */
  part?: string,
): string {
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', `webview-${view}.js`));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'sidebar.css'));
  // Fetched with the script, not after it: the document would otherwise find its chunks only once the script loaded.
  const preloads = viewChunks(extensionUri, view)
    .map((c) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', ...c.split('/'))))
    .map((uri) => `<link rel="modulepreload" nonce="${nonce}" href="${uri}">`)
    .join('\n');
  const csp = `default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
${preloads}
<title>Pacewise</title>
</head>
<body data-view="${view}"${part ? ` data-part="${part}"` : ''}>
<main id="app" aria-busy="true"></main>
<div id="live" class="visually-hidden" role="status" aria-live="polite"></div>
<script type="module" nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
