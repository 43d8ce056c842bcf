// The team note tab's webview bundle (dist/webview-team.js); what it shares with the other views is in dist/chunks/.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { startTeam } from './teamApp';

startTeam(document.getElementById('app') as HTMLElement, document.getElementById('live') as HTMLElement);
