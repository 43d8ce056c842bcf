import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Disposable, disposing } from '../../src/vscode/dispose';

class Holder extends Disposable {
  readonly order: string[] = [];
  readonly emitter = this._register(new vscode.EventEmitter<void>());
  constructor() {
    super();
    this._registerAll(
      disposing(() => this.order.push('watch')),
      disposing(() => this.order.push('listener')),
    );
  }
  late(name: string): void {
    this._register(disposing(() => this.order.push(name)));
  }
  get gone(): boolean {
    return this.isDisposed;
  }
}

describe('Disposable base (src/vscode/dispose.ts)', () => {
  it('releases what it holds once, last made first; what is registered afterwards is released at once', () => {
    const h = new Holder();
    let heard = 0;
    h.emitter.event(() => heard++);
    h.emitter.fire();
    h.dispose();
    h.dispose();
    assert.deepEqual(h.order, ['listener', 'watch']);
    assert.equal(h.gone, true);
    h.emitter.fire(); // a disposed emitter reaches no one
    assert.equal(heard, 1);
    h.late('after');
    assert.deepEqual(h.order, ['listener', 'watch', 'after']);
  });
});
