// The webview bundle of every Pacewise view (sidebar, team notes, insights); the shell names which one this is (data-view).
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import { startSidebar } from './sidebar/sidebarApp';
import { startTeam } from './team/teamApp';
import { startInsights } from './insights/insightsApp';

const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
const view = document.body.dataset.view;
if (view === 'team') startTeam(app, live);
else if (view === 'insights') startInsights(app, live);
else startSidebar(app, live);
