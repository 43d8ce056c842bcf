// DOM helpers for every view: data only ever goes in as text nodes, listeners are added in code (no inline handlers
// under the CSP), and every message to the host is a typed intent of the view's own protocol.

/** This document's VS Code API, typed by the messages its view accepts. */
export interface ViewHost<M> {
  postMessage(message: M): void;
  /** Kept by VS Code with the webview; the Insights panel keeps its range here so a reload restores it. */
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): ViewHost<unknown>;
let api: ViewHost<unknown> | undefined;

/** The API for a view whose intents are `M` (VS Code allows one acquireVsCodeApi() per document). */
export function viewHost<M>(): ViewHost<M> {
  api ??= acquireVsCodeApi();
  return api as ViewHost<M>;
}

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

let pressed: string | undefined;

/** Buttons that post `M`, the intents of one view: a sidebar button cannot carry a Team notes message. */
export function controls<M>(host: ViewHost<M>) {
  return {
    /** A VS Code Elements button that posts `message` when activated (mouse, Enter or Space). */
    button(message: M, secondary = true): HTMLElement {
      const b = document.createElement('vscode-button');
      if (secondary) b.setAttribute('secondary', '');
      b.addEventListener('click', () => host.postMessage(message));
      return b;
    },
    /**
     * A button whose message is built when it is pressed (from the latest snapshot and the fields). The key of the
     * last pressed button is remembered: focus moves into a form only in answer to a press, never on its own.
     */
    act(key: string, message: () => M | undefined, secondary = true): HTMLElement {
      const b = document.createElement('vscode-button');
      if (secondary) b.setAttribute('secondary', '');
      b.dataset.key = key;
      b.addEventListener('click', () => {
        pressed = key;
        const m = message();
        if (m) host.postMessage(m);
      });
      return b;
    },
  };
}

/** True (once) when the last press was one of `keys`. */
export function takePressed(...keys: string[]): boolean {
  if (pressed === undefined || !keys.includes(pressed)) return false;
  pressed = undefined;
  return true;
}

/** A labelled text area, capped at the host's limit. */
export function field(id: string, max: number, rows = 2): { label: HTMLLabelElement; input: HTMLTextAreaElement } {
  const input = el('textarea', { id, rows: String(rows), maxlength: String(max) });
  return { label: el('label', { for: id }), input };
}

/** A term and its value, for a `<dl>`. */
export function fact(term: string, value: string): Node[] {
  return [el('dt', {}, document.createTextNode(term)), el('dd', {}, document.createTextNode(value))];
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * A counted message in the page's language: `key.one` where its plural rules say "one" and the host sent that form,
 * else `key`; filled with `values` like fill().
 */
export function pluralForm(
  strings: Record<string, string | undefined>,
  key: string,
  count: number,
  ...values: (string | number)[]
): string {
  pluralRules ??= new Intl.PluralRules(document.documentElement.lang || 'en');
  const one = pluralRules.select(count) === 'one' ? strings[`${key}.one`] : undefined;
  return fill(one ?? strings[key] ?? '', ...values);
}

/** Fills `{0}`, `{1}` … in a localized template. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}

/**
 * When this document's script started and drew its first snapshot, in ms after the document's own start (`npm run
 * bench` reads them to tell VS Code's part of a first render from ours).
 */
export function markTiming(app: HTMLElement, mark: 'readyMs' | 'drawnMs'): void {
  app.dataset[mark] ??= String(Math.round(performance.now()));
}
