import * as vscode from 'vscode';

/**
 * What a service holds (event emitters, listeners, watchers), released together when it is disposed: register each
 * thing where it is made, instead of listing it again in a dispose() that can fall behind.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly held: vscode.Disposable[] = [];
  private disposedAlready = false;

  /** Holds `d` until this is disposed (disposes it at once if this already is); returns it. */
  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.disposedAlready) d.dispose();
    else this.held.push(d);
    return d;
  }

  /** Holds each of `ds` until this is disposed. */
  protected _registerAll(...ds: vscode.Disposable[]): void {
    for (const d of ds) this._register(d);
  }

  protected get isDisposed(): boolean {
    return this.disposedAlready;
  }

  dispose(): void {
    if (this.disposedAlready) return;
    this.disposedAlready = true;
    // The last made is the first released: a listener goes before the emitter it listens to.
    for (const d of this.held.splice(0).reverse()) d.dispose();
  }
}

/** A function that undoes something (a store watch), as a Disposable. */
export const disposing = (undo: () => void): vscode.Disposable => new vscode.Disposable(undo);
