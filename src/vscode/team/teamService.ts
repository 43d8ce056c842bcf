import * as vscode from 'vscode';
import { questionDraft } from '../../core/team/draftSources';
import { DraftEdit, editDraft, previewDraft, ShareDraft } from '../../core/team/shareDraft';
import { Board, buildBoard, filterNotes, NoteFilter, searchText } from '../../core/team/teamBoard';
import { applyTeamLocal, OwnRating, TeamLocalCommand, TeamLocalDoc, withdrawal } from '../../core/team/teamLocal';
import { isUuid } from '../../core/team/teamRecord';
import { isoWeek } from '../../core/reflection/weekly';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { ExperimentService } from '../experiments/experimentService';
import { templateTitle } from '../experiments/experimentText';
import { ReflectionService } from '../reflection/reflectionService';
import type { NotesPlace } from './notesPlace';
import { emptyLoad, insideGitRepository, LoadedRating, LoadedReview, TeamFolder, TeamLoad } from './teamFolder';
import type { KnownIdentifiers } from '../../core/team/anonymizer';
import { noteContributors, ShareIdentity } from './teamIdentity';
import {
  draftAnnotation,
  draftBuilt,
  draftCopy,
  draftEdit,
  draftExperiment,
  draftLesson,
  DraftSources,
} from './teamDrafts';
import type { TeamNote } from '../../core/team/teamNote';
import { Disposable, disposing } from '../dispose';

export type TeamState = 'noFolder' | 'untrusted' | 'loading' | 'ready';

const OWN_PATH = /^\.pacewise\/(notes|annotations\/[0-9a-f-]{36})\/[0-9a-f-]{36}\.json$/;
/** A file event that concerns the notes: `.pacewise/` itself or anything in it. */
const IN_TEAM_DIR = /\/\.pacewise(\/|$)/;
/** How long after a new watch the folder is read once more (a watcher reports nothing until it has started). */
const WATCH_SETTLE_MS = 1_500;

/** Why Share did not write: the preview changed since it was shown, it has problems, or the write failed. */
export type ShareOutcome =
  | { ok: true; path: string }
  | { ok: false; reason: 'stale' | 'problems' | 'noFolder' | 'notFound' }
  | { ok: false; reason: 'failed'; error: string };

/**
 * Team sharing for one window: reads the team folder (trusted workspaces only), follows it with a file watcher so a
 * `git pull` shows within seconds, keeps share drafts and what this user shared in `team.json` (personal, on this
 * machine), and writes a note only when the user presses Share on a preview whose revision it saw.
 */
export class TeamService extends Disposable {
  private folder: TeamFolder | undefined;
  private loaded: TeamLoad = emptyLoad();
  private local: TeamLocalDoc = { drafts: [], shared: [], withdrawn: [] };
  private boardCache: Board | undefined;
  private readonly searchCache = new Map<string, string>();
  private readonly identity: ShareIdentity;
  private contributors: Map<string, string> | undefined;
  private readingContributors: Promise<Map<string, string>> | undefined;
  private started: Promise<void> | undefined;
  private loadQueue: Promise<void> = Promise.resolve();
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** The watcher of the chosen folder's `.pacewise/`; made again when the folder changes. */
  private watcher: vscode.Disposable | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  state: TeamState = 'loading';
  /** A `pacewise.team.folder` value that names no workspace folder (reported in the view). */
  unknownSetting: string | undefined;

  constructor(
    private readonly store: PacewiseStore,
    secrets: vscode.SecretStorage,
    private readonly reflections: ReflectionService,
    private readonly experiments: ExperimentService,
    readonly place: NotesPlace,
  ) {
    super();
    this.identity = new ShareIdentity(secrets);
    this._register(
      disposing(() => {
        clearTimeout(this.reloadTimer);
        this.watcher?.dispose();
      }),
    );
  }

  /** Reads the folder and the local record once, then follows both. Nothing is read before the view or a command. */
  start(): Promise<void> {
    this.started ??= (async () => {
      this._registerAll(
        disposing(this.store.watch(['team'], () => void this.reloadLocal())),
        this.place.follow(() => this.scheduleLoad(0)),
      );
      // The local record (drafts, what is ours) and the folder are read side by side: the list waits for both.
      await Promise.all([this.reloadLocal(), this.load()]);
    })();
    return this.started;
  }

  private async reloadLocal(): Promise<void> {
    try {
      this.local = await this.store.read('team');
      this.boardCache = undefined;
      this.changed.fire();
    } catch {
      // The store reports unreadable files itself; keep what was read before.
    }
  }

  /** Re-reads the team folder after `ms` (file events come in bursts during a pull). */
  scheduleLoad(ms = 400): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.load();
    }, ms);
  }

  /** Loads are queued: a second one waits for the first, so results never arrive out of order. */
  load(): Promise<void> {
    this.loadQueue = this.loadQueue.then(() => this.loadNow()).catch(() => undefined);
    return this.loadQueue;
  }

  private async loadNow(): Promise<void> {
    const chosen = await this.place.choose();
    this.unknownSetting = chosen.unknownSetting;
    if (!chosen.folder) return this.setEmpty(chosen.state ?? 'noFolder');
    if (this.folder?.host.uri.toString() !== chosen.folder.uri.toString()) {
      this.folder = new TeamFolder(chosen.folder);
      this.watchedPatterns = undefined;
    }
    this.loaded = await this.folder.load();
    // Watched again when the place watches other folders now (the space: one watch per folder, see notesPlace).
    const patterns = this.place.watchPatterns(chosen.folder.uri, this.loaded.folders);
    const watched = patterns.map((p) => `${p.baseUri.toString()}/${p.pattern}`).join('\n');
    if (watched !== this.watchedPatterns) {
      this.watchedPatterns = watched;
      this.watch(patterns);
      // A watcher starts asynchronously: what a pull wrote while it started is read once more when it has.
      this.scheduleLoad(WATCH_SETTLE_MS);
    }
    this.boardCache = undefined;
    this.contributors = undefined;
    this.state = 'ready';
    this.changed.fire();
  }

  /** What the watcher follows now (see loadNow). */
  private watchedPatterns: string | undefined;

  private setEmpty(state: TeamState): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.watchedPatterns = undefined;
    this.folder = undefined;
    this.loaded = emptyLoad();
    this.boardCache = undefined;
    this.state = state;
    this.changed.fire();
  }

  private watch(patterns: readonly vscode.RelativePattern[]): void {
    this.watcher?.dispose();
    if (this.isDisposed) return;
    const changed = (uri: vscode.Uri) => IN_TEAM_DIR.test(uri.path) && this.scheduleLoad();
    this.watcher = vscode.Disposable.from(
      ...patterns.flatMap((pattern) => {
        const w = vscode.workspace.createFileSystemWatcher(pattern);
        return [w, w.onDidCreate(changed), w.onDidChange(changed), w.onDidDelete(changed)];
      }),
    );
  }

  get hostFolder(): vscode.WorkspaceFolder | undefined {
    return this.folder?.host;
  }

  private gitChecked: { uri: string; inGit: Promise<boolean | undefined> } | undefined;

  /**
   * Whether the team folder's host is inside a git repository (a `.git` folder or file in it or above it): notes
   * reach teammates only through git. Undefined where that cannot be told (a virtual workspace).
   */
  inGit(): Promise<boolean | undefined> {
    const host = this.folder?.host.uri;
    if (!host) return Promise.resolve(undefined);
    if (this.gitChecked?.uri !== host.toString())
      this.gitChecked = { uri: host.toString(), inGit: insideGitRepository(host) };
    return this.gitChecked.inGit;
  }

  /** Files that could not be shown, and how many were beyond the cap. */
  get problems(): Pick<TeamLoad, 'unreadable' | 'skipped'> {
    return this.loaded;
  }

  /** The drafts for this place (a draft to share with other teams waits in the space's list, not the team's). */
  get drafts(): ShareDraft[] {
    const space = this.place.kind === 'space';
    return this.local.drafts.filter((d) => (d.target === 'space') === space);
  }

  /** The quarterly pacing ratings in the folder, and this user's own (remembered on this machine). */
  get ratings(): { all: readonly LoadedRating[]; own: readonly OwnRating[] } {
    const folder = this.folder?.host.uri.toString();
    return { all: this.loaded.ratings, own: (this.local.ratings ?? []).filter((r) => r.folder === folder) };
  }

  /** The quarterly reviews the team saved in the folder. */
  get reviews(): readonly LoadedReview[] {
    return this.loaded.reviews;
  }

  /** Names and addresses the anonymizer takes out of what this user writes to the folder (git's authors and more). */
  knownIdentifiers(): Promise<KnownIdentifiers> {
    return this.identity.known(this.place.identityFolder(this.folder?.host.uri));
  }

  /** Remembers this user's rating, on this machine only (the same quarter's earlier one is forgotten). */
  rated(record: OwnRating): Promise<void> {
    return this.updateLocal({ type: 'rated', record });
  }

  /** Ids this user shared from this folder (notes and annotations). */
  get own(): Set<string> {
    const folder = this.folder?.host.uri.toString();
    return new Set(this.local.shared.filter((s) => s.folder === folder).map((s) => s.id));
  }

  /**
   * The board. A note replaces another (`supersedes`) only when the same person added both: both shared by this
   * user, both added by the same git author, or both carrying the same per-experiment pseudonym. Git's answer comes
   * in the background (contributorsNow); until then only this user's own and pseudonymous replacements count.
   */
  get board(): Board {
    if (!this.boardCache) {
      const own = this.own;
      const authors = this.contributorsNow();
      this.boardCache = buildBoard(
        this.loaded.notes,
        this.loaded.annotations,
        new Set(this.local.withdrawn),
        (a, b) => {
          if (own.has(a.note.id) && own.has(b.note.id)) return true;
          if (a.note.pseudonym !== undefined && a.note.pseudonym === b.note.pseudonym) return true;
          const author = authors?.get(a.note.id);
          return author !== undefined && author === authors?.get(b.note.id);
        },
      );
    }
    return this.boardCache;
  }

  /** The notes that pass `filter`, newest week first. */
  search(filter: NoteFilter) {
    return filterNotes(this.board.notes, filter, (e) => {
      const key = `${e.path}\n${e.note.v}`;
      let text = this.searchCache.get(key);
      if (text === undefined) {
        text = searchText(e.note, (id) => templateTitle(id));
        this.searchCache.set(key, text);
      }
      return text;
    });
  }

  /** Who added each note (from git), read once per load when aggregates are asked for. */
  async noteContributors(): Promise<Map<string, string>> {
    if (!this.folder) return new Map();
    const loaded = this.loaded;
    const found = await (this.readingContributors ??= noteContributors(this.folder.host.uri));
    // A load that finished meanwhile asks git again (its notes may have other authors).
    if (this.loaded === loaded) {
      this.contributors = found;
      this.boardCache = undefined; // replacements are checked against git's authors now
    }
    this.readingContributors = undefined;
    return found;
  }

  /**
   * Who added each note if git has said so since the last load; else undefined, and git is asked in the background
   * (the view fires again when it answers). The notes are drawn first: the git extension can take a while to start.
   */
  contributorsNow(): Map<string, string> | undefined {
    if (this.contributors || !this.folder) return this.contributors;
    void this.noteContributors().then(
      () => this.contributors && this.changed.fire(),
      () => undefined,
    );
    return undefined;
  }

  // ---- drafts ---------------------------------------------------------------------------------------------------

  private async updateLocal(cmd: TeamLocalCommand): Promise<void> {
    const { doc } = await this.store.update('team', (current) => ({
      ...applyTeamLocal(current, cmd),
      result: undefined,
    }));
    this.local = doc;
    this.boardCache = undefined;
    this.changed.fire();
  }

  private async saveDraft(draft: ShareDraft): Promise<ShareDraft> {
    const placed: ShareDraft = this.place.kind === 'space' ? { ...draft, target: 'space' } : draft;
    await this.updateLocal({ type: 'saveDraft', draft: placed });
    return placed;
  }

  /** Where drafts come from, for the builders in teamDrafts.ts. */
  private get draftSources(): DraftSources {
    return {
      reflections: this.reflections,
      experiments: this.experiments,
      local: () => ({ ...this.local, drafts: this.drafts }),
      board: () => this.board,
      own: () => this.own,
      save: (draft) => this.saveDraft(draft),
    };
  }

  /** Starts (or continues) a draft for a micro-lesson. */
  draftLesson(lessonId: string): Promise<ShareDraft | undefined> {
    return draftLesson(this.draftSources, lessonId);
  }

  /** Starts (or continues) a draft for an experiment report (concluded or abandoned experiments). */
  draftExperiment(experimentId: string): Promise<ShareDraft | undefined> {
    return draftExperiment(this.draftSources, experimentId);
  }

  draftQuestion(): Promise<ShareDraft> {
    return this.saveDraft(questionDraft(crypto.randomUUID(), isoWeek(Date.now()), Date.now()));
  }

  draftAnnotation(noteId: string): Promise<ShareDraft | undefined> {
    return draftAnnotation(this.draftSources, noteId);
  }

  /** A new version of one of this user's notes (shared as a new file that supersedes it). */
  draftEdit(noteId: string): Promise<ShareDraft | undefined> {
    return draftEdit(this.draftSources, noteId);
  }

  /** A copy of one of the user's own notes of another place, shared here (the space: for other teams). */
  draftCopy(note: TeamNote): Promise<ShareDraft> {
    return draftCopy(this.draftSources, note);
  }

  /** A draft another feature builds (office hours), continued when one is kept for the same source. */
  async draftOf(source: ShareDraft['source'], build: () => ShareDraft): Promise<ShareDraft> {
    await this.start();
    return draftBuilt(this.draftSources, source, build);
  }

  async edit(id: string, edit: DraftEdit): Promise<boolean> {
    const draft = this.drafts.find((d) => d.id === id);
    const next = draft && editDraft(draft, edit, Date.now());
    if (!next) return false;
    await this.saveDraft(next);
    return true;
  }

  async discard(id: string): Promise<void> {
    await this.updateLocal({ type: 'discardDraft', id });
  }

  /** What the draft would write now, with the identifiers of this machine and repository. */
  async preview(draft: ShareDraft) {
    const known = await this.knownIdentifiers();
    const pseudo =
      draft.experimentId && draft.linkPseudonym ? await this.identity.pseudonym(draft.experimentId) : undefined;
    return previewDraft(draft, known, pseudo);
  }

  /**
   * Writes the draft's file — only if `revision` is the one the user looked at and the preview has no problems. A
   * failed write (read-only checkout, permissions) keeps the draft to retry.
   */
  async share(id: string, revision: number): Promise<ShareOutcome> {
    const draft = this.drafts.find((d) => d.id === id);
    if (!draft) return { ok: false, reason: 'notFound' };
    if (draft.revision !== revision) return { ok: false, reason: 'stale' };
    if (!this.folder) return { ok: false, reason: 'noFolder' };
    const preview = await this.preview(draft);
    if (preview.problems.length) return { ok: false, reason: 'problems' };
    try {
      await this.folder.write(preview.path, preview.fileText, this.place.readme);
    } catch (err) {
      return { ok: false, reason: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
    await this.updateLocal({
      type: 'shared',
      draftId: id,
      record: {
        id: draft.id,
        path: preview.path,
        folder: this.folder.host.uri.toString(),
        kind: draft.source.kind === 'annotation' ? 'annotation' : 'note',
        at: Date.now(),
      },
    });
    await this.load();
    return { ok: true, path: preview.path };
  }

  /**
   * Withdraws one of this user's notes or annotations: deletes its file, the older versions it superseded and this
   * user's annotations on it, and remembers the ids so a stale branch cannot bring them back into this view.
   */
  async withdraw(id: string): Promise<{ ok: true; files: number } | { ok: false; error: string }> {
    if (!this.folder || !isUuid(id)) return { ok: false, error: 'not found' };
    const folder = this.folder.host.uri.toString();
    const mine = this.local.shared.filter((s) => s.folder === folder);
    const chain = withdrawal(
      id,
      this.loaded.notes.map((n) => n.note),
      this.loaded.annotations.map((x) => x.annotation),
      new Set(mine.map((s) => s.id)),
    );
    const records = mine.filter((s) => chain.has(s.id));
    if (!records.some((r) => r.id === id)) return { ok: false, error: 'not yours' };
    try {
      for (const r of records) if (OWN_PATH.test(r.path)) await this.folder.delete(r.path);
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    await this.updateLocal({ type: 'withdrawn', ids: records.map((r) => r.id) });
    await this.load();
    return { ok: true, files: records.length };
  }
}

/** The folders a load found files in (relative to the host), sorted. */
