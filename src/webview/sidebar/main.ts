// The sidebar view's webview bundle (dist/webview-sidebar.js); what it shares with the other views is in dist/chunks/.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import { startSidebar } from './sidebarApp';

startSidebar(document.getElementById('app') as HTMLElement, document.getElementById('live') as HTMLElement);
