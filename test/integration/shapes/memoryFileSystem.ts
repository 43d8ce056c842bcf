// An in-memory file system provider: the smallest virtual workspace (like a remote repository opened in the
// browser), for the multi-root suite. Files and folders only; change events are not needed by the tests.
import * as vscode from 'vscode';

type Entry = { type: vscode.FileType.File; data: Uint8Array; mtime: number } | { type: vscode.FileType.Directory };

export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory }]]);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  /** Writes a file and the folders above it. */
  seed(path: string, text: string): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++)
      this.entries.set('/' + parts.slice(0, i).join('/'), { type: vscode.FileType.Directory });
    this.entries.set(path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), mtime: Date.now() });
  }

  text(path: string): string | undefined {
    const e = this.entries.get(path);
    return e?.type === vscode.FileType.File ? new TextDecoder().decode(e.data) : undefined;
  }

  private get(uri: vscode.Uri): Entry {
    const e = this.entries.get(uri.path);
    if (!e) throw vscode.FileSystemError.FileNotFound(uri);
    return e;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const e = this.get(uri);
    return e.type === vscode.FileType.File
      ? { type: e.type, ctime: e.mtime, mtime: e.mtime, size: e.data.byteLength }
      : { type: e.type, ctime: 0, mtime: 0, size: 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (this.get(uri).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.entries]
      .filter(([p]) => p.startsWith(prefix) && p !== prefix && !p.slice(prefix.length).includes('/'))
      .map(([p, e]) => [p.slice(prefix.length), e.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.entries.set(uri.path, { type: vscode.FileType.Directory });
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const e = this.get(uri);
    if (e.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return e.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.entries.has(uri.path);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content, mtime: Date.now() });
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.path);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    const e = this.get(from);
    this.entries.delete(from.path);
    this.entries.set(to.path, e);
  }
}
