import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { webviewShell } from '../../src/vscode/webviewShell';

const ext = () => vscode.extensions.getExtension('pacewise.pacewise')!;

/** Enough of a webview for its shell: resource URIs are returned as they are. */
const webview = { asWebviewUri: (u: vscode.Uri) => u, cspSource: 'vscode-resource:' } as unknown as vscode.Webview;

describe('webview shells: one bundle per view, its chunks preloaded', () => {
  for (const view of ['sidebar', 'team', 'insights'] as const) {
    it(`${view}: the view's own bundle, a modulepreload with the nonce for each chunk it imports, and nothing else`, () => {
      const html = webviewShell(webview, ext().extensionUri, view);
      const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
      assert.ok(nonce);
      const scripts = [...html.matchAll(/<script type="module" nonce="([^"]+)" src="([^"]+)"/g)];
      assert.deepEqual(
        scripts.map((m) => [m[1], path.basename(m[2])]),
        [[nonce, `webview-${view}.js`]],
      );
      // What the view's bundle imports, read from the bundle itself (not from the list the shell uses).
      const dist = path.join(ext().extensionPath, 'dist');
      const imported = [
        ...readFileSync(path.join(dist, `webview-${view}.js`), 'utf8').matchAll(/from"\.\/(chunks\/[^"]+)"/g),
      ].map((m) => m[1]);
      assert.ok(imported.length > 0, 'the bundle imports shared chunks');
      const preloads = [...html.matchAll(/<link rel="modulepreload" nonce="([^"]+)" href="([^"]+)">/g)];
      for (const m of preloads) assert.equal(m[1], nonce);
      const hrefs = preloads.map((m) => m[2].slice(m[2].indexOf('/dist/') + '/dist/'.length));
      for (const chunk of imported) assert.ok(hrefs.includes(chunk), `${chunk} is preloaded`);
      for (const href of hrefs) assert.ok(existsSync(path.join(dist, href)), `${href} exists`);
    });
  }
});
