// A team note's editor tab: a note's detail or the share preview — one at a time, so keyboard focus always has one
// obvious place (the list is the Team Notes tree view). Renders host snapshots; note text only ever as text nodes.
import type { TeamHostMessage } from '../../shared/teamProtocol';
import { markTiming } from '../dom';
import { host } from './teamHost';
import { detailSection, renderDetail } from './teamDetail';
import { previewSection, renderPreview } from './sharePreview';

/** The tab: the preview, else the note; it remembers which, so VS Code can bring it back after a reload. */
function renderNote(msg: TeamHostMessage): void {
  const { team: t, strings: s } = msg;
  renderPreview(t.draft, s, msg.focus === 'draft');
  renderDetail(t.draft ? undefined : t.detail, s, msg.focus === 'detail');
  host.setState({ draftId: t.draft?.id, detailId: t.detail?.id });
}

/** Builds the team note's editor tab into `app` and draws every snapshot. */
export function startTeam(app: HTMLElement, live: HTMLElement): void {
  app.append(previewSection, detailSection);
  window.addEventListener('message', (event: MessageEvent<TeamHostMessage>) => {
    const msg = event.data;
    if (msg && msg.type === 'team' && typeof msg.strings === 'object') {
      // Shown first: nothing in a hidden page can take the focus the first snapshot may carry.
      app.removeAttribute('aria-busy');
      renderNote(msg);
      if (msg.announce) live.textContent = msg.announce;
      markTiming(app, 'drawnMs');
    }
  });
  host.postMessage({ type: 'ready' });
  markTiming(app, 'readyMs');
}
