// The quarterly review page's webview bundle (dist/webview-review.js); what it shares with the other views is in
// dist/chunks/.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { startReview } from './reviewApp';

startReview(document.getElementById('app') as HTMLElement, document.getElementById('live') as HTMLElement);
