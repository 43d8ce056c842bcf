// DOM helpers for the sidebar: data only ever goes in as text nodes, listeners are added in code (no inline
// handlers under the CSP), and every message to the host is a typed intent.
import type { WebviewMessage } from '../shared/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };
export const host = acquireVsCodeApi();

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A VS Code Elements button that posts `message` when activated (mouse, Enter or Space). */
export function button(message: WebviewMessage, secondary = true): HTMLElement {
  const b = document.createElement('vscode-button');
  if (secondary) b.setAttribute('secondary', '');
  b.addEventListener('click', () => host.postMessage(message));
  return b;
}

/** A term and its value, for a `<dl>`. */
export function fact(term: string, value: string): Node[] {
  return [el('dt', {}, document.createTextNode(term)), el('dd', {}, document.createTextNode(value))];
}

/** Fills `{0}`, `{1}` … in a localized template. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}
