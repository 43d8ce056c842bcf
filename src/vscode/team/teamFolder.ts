import * as vscode from 'vscode';
import { parseAnnotation } from '../../core/team/teamAnnotation';
import { LoadedAnnotation, LoadedNote } from '../../core/team/teamBoard';
import { parseNote } from '../../core/team/teamNote';
import { parseRating, Rating } from '../../core/team/teamRating';
import { parseReview, TeamReview } from '../../core/team/teamReview';
import { isUuid, MAX_RECORD_BYTES, TEAM_READ_BATCH as BATCH } from '../../core/team/teamRecord';

export const TEAM_DIR = '.pacewise';
/** At most this many notes, and as many annotations, are read; the rest are counted as not read. */
export const MAX_TEAM_FILES = 10_000;

/** A file that could not be shown, with its path (relative to the host folder) and why. */
export interface Unreadable {
  path: string;
  problem: string;
}

/** A quarterly pacing rating and its file (`.pacewise/ratings/<uuid>.json`). */
export interface LoadedRating {
  rating: Rating;
  path: string;
}

/** A quarterly review as the team agreed it (`.pacewise/reviews/<uuid>.json`). */
export interface LoadedReview {
  review: TeamReview;
  path: string;
}

export interface TeamLoad {
  notes: LoadedNote[];
  annotations: LoadedAnnotation[];
  ratings: LoadedRating[];
  reviews: LoadedReview[];
  unreadable: Unreadable[];
  /** Notes, annotations or ratings beyond MAX_TEAM_FILES of their kind that were not read. */
  skipped: number;
  /** The folders that were there and listed (relative to the host folder), `.pacewise` first. */
  folders: string[];
}

export const emptyLoad = (): TeamLoad => ({
  notes: [],
  annotations: [],
  ratings: [],
  reviews: [],
  unreadable: [],
  skipped: 0,
  folders: [],
});

type FileKind = 'note' | 'annotation' | 'rating' | 'review';

const isLink = (type: vscode.FileType) => (type & vscode.FileType.SymbolicLink) !== 0;
/** A file's stat, or undefined when it does not exist (or cannot be reached). */
const statOf = (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    (s): vscode.FileStat | undefined => s,
    () => undefined,
  );
/** A parsed file and the size and time it was parsed at. */
type CachedRead = {
  stamp: string;
  result:
    | ReturnType<typeof parseNote>
    | ReturnType<typeof parseAnnotation>
    | ReturnType<typeof parseRating>
    | ReturnType<typeof parseReview>;
};
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Which workspace folder hosts `.pacewise/`: the one the `pacewise.team.folder` setting names (a workspace folder's
 * name — never a path, so the team folder is always inside the workspace), else the first that has one, else the
 * first. A name that matches no folder is reported and the default is used.
 */
export async function chooseHostFolder(
  folders: readonly vscode.WorkspaceFolder[],
  setting: string,
): Promise<{ folder?: vscode.WorkspaceFolder; unknownSetting?: string }> {
  if (folders.length === 0) return {};
  const named = setting.trim() ? folders.find((f) => f.name === setting.trim()) : undefined;
  if (named) return { folder: named };
  const unknownSetting = setting.trim() ? setting.trim() : undefined;
  for (const folder of folders.slice(0, 10)) {
    const stat = await statOf(vscode.Uri.joinPath(folder.uri, TEAM_DIR));
    if (stat && (stat.type & vscode.FileType.Directory) !== 0) return { folder, unknownSetting };
  }
  return { folder: folders[0], unknownSetting };
}

/**
 * The team folder of one checkout, read and written only through `vscode.workspace.fs` (remote and virtual
 * workspaces too). Teammates' files are hostile input: symlinks are refused at every level, only lowercase
 * `<uuidv4>.json` names are read, each file is size-checked before reading, counts are capped, and files are read in
 * small batches that yield to the extension host between them. Parsed files are cached by size and time, so a
 * `git pull` re-reads only what changed.
 */
export class TeamFolder {
  private cache = new Map<string, CachedRead>();

  constructor(readonly host: vscode.WorkspaceFolder) {}

  uri(relative: string): vscode.Uri {
    return vscode.Uri.joinPath(this.host.uri, ...relative.split('/'));
  }

  /** A directory that exists and is not a symlink; undefined when absent, a problem when refused. */
  private async dir(relative: string, listed?: string[]): Promise<[string, vscode.FileType][] | undefined | string> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(this.uri(relative));
    } catch {
      return undefined;
    }
    if (isLink(stat.type)) return 'is a symbolic link (refused)';
    if ((stat.type & vscode.FileType.Directory) === 0) return 'is not a folder';
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(relative));
      listed?.push(relative);
      return entries;
    } catch (err) {
      return `could not be listed (${String(err)})`;
    }
  }

  async load(): Promise<TeamLoad> {
    const out = emptyLoad();
    const root = await this.dir(TEAM_DIR, out.folders);
    if (typeof root === 'string') {
      out.unreadable.push({ path: TEAM_DIR, problem: root });
      return out;
    }
    if (!root) return out;
    const files: { path: string; kind: FileKind; note?: string }[] = [];
    // Separate caps: a flood of annotations cannot push notes out, nor the other way round.
    const taken = { note: 0, annotation: 0, rating: 0, review: 0 };
    const take = (entries: [string, vscode.FileType][], folder: string, kind: FileKind, note?: string) => {
      for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
        const path = `${folder}/${name}`;
        if (isLink(type)) out.unreadable.push({ path, problem: 'is a symbolic link (refused)' });
        else if ((type & vscode.FileType.File) === 0) out.unreadable.push({ path, problem: 'is not a file' });
        else if (!name.endsWith('.json') || !isUuid(name.slice(0, -5)))
          out.unreadable.push({ path, problem: 'is not named <lowercase uuid>.json' });
        else if (taken[kind] >= MAX_TEAM_FILES) out.skipped++;
        else {
          taken[kind]++;
          files.push({ path, kind, note });
        }
      }
    };
    for (const [folder, kind] of [
      ['notes', 'note'],
      ['ratings', 'rating'],
      ['reviews', 'review'],
    ] as const) {
      const entries = await this.dir(`${TEAM_DIR}/${folder}`, out.folders);
      if (typeof entries === 'string') out.unreadable.push({ path: `${TEAM_DIR}/${folder}`, problem: entries });
      else if (entries) take(entries, `${TEAM_DIR}/${folder}`, kind);
    }
    const annotations = await this.dir(`${TEAM_DIR}/annotations`, out.folders);
    if (typeof annotations === 'string') out.unreadable.push({ path: `${TEAM_DIR}/annotations`, problem: annotations });
    else if (annotations) {
      for (const [name, type] of annotations) {
        const path = `${TEAM_DIR}/annotations/${name}`;
        if (!isUuid(name) || isLink(type) || (type & vscode.FileType.Directory) === 0) {
          out.unreadable.push({ path, problem: 'is not a folder named after a note id' });
          continue;
        }
        const entries = await this.dir(path, out.folders);
        if (typeof entries === 'string') out.unreadable.push({ path, problem: entries });
        else if (entries) take(entries, path, 'annotation', name);
      }
    }
    const seen = new Map<string, CachedRead>();
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (f) => {
          const result = await this.read(f.path, f.kind, seen);
          if (!result.ok) {
            out.unreadable.push({ path: f.path, problem: result.problem });
            return;
          }
          const id = f.path.slice(f.path.lastIndexOf('/') + 1, -5);
          const value = result.value;
          if (value.id !== id) out.unreadable.push({ path: f.path, problem: 'its id does not match its file name' });
          else if (f.kind === 'review') out.reviews.push({ review: value as TeamReview, path: f.path });
          else if (f.kind === 'rating') out.ratings.push({ rating: value as Rating, path: f.path });
          else if ('kind' in value) out.notes.push({ note: value, path: f.path });
          else if (!('note' in value)) return;
          else if (value.note !== f.note) out.unreadable.push({ path: f.path, problem: 'is filed under another note' });
          else out.annotations.push({ annotation: value, path: f.path });
        }),
      );
      await yieldToHost();
    }
    this.cache = seen;
    return out;
  }

  private async read(path: string, kind: FileKind, seen: Map<string, CachedRead>) {
    const fail = (problem: string) => ({ ok: false as const, problem });
    const stat = await statOf(this.uri(path));
    if (!stat) return fail('disappeared while reading (git pull?)');
    if (isLink(stat.type)) return fail('is a symbolic link (refused)');
    const stamp = `${stat.size}:${stat.mtime}`;
    const cached = this.cache.get(path);
    if (cached?.stamp === stamp) {
      seen.set(path, cached);
      return cached.result;
    }
    let result: CachedRead['result'];
    if (stat.size > MAX_RECORD_BYTES) result = fail(`larger than ${MAX_RECORD_BYTES / 1024} KB`);
    else {
      try {
        const bytes = await vscode.workspace.fs.readFile(this.uri(path));
        const text = new TextDecoder().decode(bytes);
        const parse = { note: parseNote, annotation: parseAnnotation, rating: parseRating, review: parseReview }[kind];
        result = parse(text, bytes.byteLength);
      } catch {
        return fail('disappeared while reading (git pull?)');
      }
    }
    seen.set(path, { stamp, result });
    return result;
  }

  /**
   * Writes a new file (never over an existing one) after checking that no folder on the way is a symlink, and
   * writes `.pacewise/README.md` the first time.
   */
  async write(relative: string, text: string, readme: string | undefined): Promise<void> {
    const parts = relative.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const stat = await statOf(this.uri(dir));
      if (stat && isLink(stat.type)) throw new Error(`${dir} is a symbolic link; Pacewise does not write through it`);
      if (!stat) await vscode.workspace.fs.createDirectory(this.uri(dir));
    }
    const target = this.uri(relative);
    if (await statOf(target)) throw new Error(`${relative} already exists`);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const readmeUri = this.uri(`${TEAM_DIR}/README.md`);
    if (readme !== undefined && !(await statOf(readmeUri)))
      await vscode.workspace.fs.writeFile(readmeUri, new TextEncoder().encode(readme));
  }

  /** Deletes one of this user's own files; a file already gone is fine. Refuses symlinks. */
  async delete(relative: string): Promise<void> {
    const stat = await statOf(this.uri(relative));
    if (!stat) return;
    if (isLink(stat.type)) throw new Error(`${relative} is a symbolic link; Pacewise does not delete through it`);
    await vscode.workspace.fs.delete(this.uri(relative), { useTrash: false });
  }
}

/** Whether `folder` is inside a git repository (a `.git` folder or file in it or above it); undefined where unknowable. */
export async function insideGitRepository(folder: vscode.Uri): Promise<boolean | undefined> {
  if (folder.scheme !== 'file' && folder.scheme !== 'vscode-remote') return undefined;
  for (let dir = folder, depth = 0; depth < 64; depth++) {
    const found = await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, '.git')).then(
      () => true,
      () => false,
    );
    if (found) return true;
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path) return false;
    dir = parent;
  }
  return false;
}
