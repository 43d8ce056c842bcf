// The sidebar view's webview bundle (dist/webview-sidebar.js); what it shares with the other views is in dist/chunks/.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import { SIDEBAR_PARTS, type SidebarPart } from '../../shared/protocol';
import { startSidebar } from './sidebarApp';

const named = document.body.dataset.part;
const part: SidebarPart = SIDEBAR_PARTS.find((p) => p === named) ?? 'now';
startSidebar(document.getElementById('app') as HTMLElement, document.getElementById('live') as HTMLElement, part);
