// The webview bundle of both Pacewise views; the shell names which one this is (data-view).
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import { startSidebar } from './sidebarApp';
import { startTeam } from './teamApp';

const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
if (document.body.dataset.view === 'team') startTeam(app, live);
else startSidebar(app, live);
