/**
 * Messages between the extension host and the sidebar webview (the Sidebar issue fills these in). Host → webview
 * messages are facts and full snapshots; webview → host messages are intents, validated on arrival.
 */
export type HostMessage = { type: 'snapshot'; version: 1 };
export type WebviewMessage = { type: 'ready' };
