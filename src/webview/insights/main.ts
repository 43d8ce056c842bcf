// The insights view's webview bundle (dist/webview-insights.js); what it shares with the other views is in dist/chunks/.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { startInsights } from './insightsApp';

startInsights(document.getElementById('app') as HTMLElement, document.getElementById('live') as HTMLElement);
