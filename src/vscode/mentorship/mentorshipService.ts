// The mentorship space as this window sees it: where it is (a user setting only), what its files say, which profile
// is this user's own, and the few writes Pacewise makes there — never a commit, never another person's file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { weekOfDate } from '../../core/mentorship/calendarWeeks';
import { MentorProfile, serializeProfile, teamKey } from '../../core/mentorship/profile';
import { RoundFile, serializeRound, verifyRound } from '../../core/mentorship/round';
import { drawSpaceRound, DrawOutcome, nextRoundWeek, Space, usableCharter } from '../../core/mentorship/space';
import { ProjectPeak, serializeSpaceTeam, SpaceTeam, TEAM_MAJOR, withPeak } from '../../core/mentorship/spaceTeam';
import { readSpaceFolder, setUpSpace, sha256, writeNewFile } from '../../storage/mentorshipSpace';
import { localDay } from '../../core/days';
import { Disposable } from '../dispose';
import type { SettingsReader } from '../settingsReader';
import { SPACE_SETTING, spaceSetting } from '../spaceSetting';

const OWN_KEY = 'pacewise.mentorship.own';
/** The team file this user wrote, per space (their own to add peaks to). */
const OWN_TEAM_KEY = 'pacewise.mentorship.ownTeam';

/** Which of the user's profiles is theirs, per space: remembered on this machine only (the file names no author). */
type OwnProfiles = Record<string, string>;

export type SpaceState =
  | { kind: 'none' }
  | { kind: 'missing'; root: string }
  | { kind: 'loading'; root: string }
  | { kind: 'ready'; root: string; space: Space };

export class MentorshipService extends Disposable {
  private _state: SpaceState = { kind: 'none' };
  private readonly changed = this._register(new vscode.EventEmitter<SpaceState>());
  readonly onDidChange = this.changed.event;
  private watcher: vscode.Disposable | undefined;
  private reading: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly settings: SettingsReader,
    private readonly globalState: vscode.Memento,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this._register(settings.onDidChange(() => void this.reload()));
    this._register({ dispose: () => this.watcher?.dispose() });
  }

  get state(): SpaceState {
    return this._state;
  }

  /** Today on this machine's calendar: what check-ins, peaks and pauses are counted from. */
  today(): string {
    return localDay(this.now());
  }

  /** This machine's local week (ISO), the week "this week" means for the next round and check-ins. */
  thisWeek(): string {
    return weekOfDate(this.today());
  }

  /** Reads the space again (coalesced: a burst of file events is one read after the one running). */
  reload(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        await this.readOnce();
      } while (this.again);
    })().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async readOnce(): Promise<void> {
    const { root } = spaceSetting();
    if (!root) {
      this.watch(undefined);
      return this.set({ kind: 'none' });
    }
    const isFolder = await fs.stat(root).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      this.watch(undefined);
      return this.set({ kind: 'missing', root });
    }
    if (this._state.kind !== 'ready' || this._state.root !== root) this.set({ kind: 'loading', root });
    this.watch(root);
    this.set({ kind: 'ready', root, space: await readSpaceFolder(root) });
  }

  private watchedRoot: string | undefined;
  private watch(root: string | undefined): void {
    if (root === this.watchedRoot) return;
    this.watcher?.dispose();
    this.watcher = undefined;
    this.watchedRoot = root;
    if (!root) return;
    // Everything under the root: outside the workspace a folder a pull creates (the first `rounds/`) is one event for
    // the folder and none for its files, which a `**/*.json` pattern would never see. Git's own files are not the space.
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '**'));
    const again = (uri: vscode.Uri) => !/\/\.git(\/|$)/.test(uri.path) && void this.reload();
    this.watcher = vscode.Disposable.from(w, w.onDidCreate(again), w.onDidChange(again), w.onDidDelete(again));
  }

  private set(state: SpaceState): void {
    this._state = state;
    this.changed.fire(state);
  }

  /** The space's folder chosen by the user: written to their settings; a new space gets its README and charter. */
  async connect(root: string, setUp: boolean): Promise<void> {
    if (setUp) await setUpSpace(root);
    await this.settings.update(SPACE_SETTING, root);
    await this.reload();
  }

  /** This user's profile in the space being read, if they joined it from this machine and it is still there. */
  own(): MentorProfile | undefined {
    if (this._state.kind !== 'ready') return undefined;
    const id = this.globalState.get<OwnProfiles>(OWN_KEY, {})[this._state.root];
    return id ? this._state.space.profiles.find((p) => p.id === id) : undefined;
  }

  /** Writes this user's profile: a new file when joining, their own file again when changing it. */
  async writeProfile(profile: MentorProfile): Promise<void> {
    const root = this.readyRoot();
    const file = path.join(root, 'profiles', `${profile.id}.json`);
    const mine = this.globalState.get<OwnProfiles>(OWN_KEY, {});
    if (mine[root] === profile.id) await replaceOwnFile(file, serializeProfile(profile));
    else {
      if ((await writeNewFile(file, serializeProfile(profile))) === 'exists') throw new Error(`${file} exists`);
      await this.globalState.update(OWN_KEY, { ...mine, [root]: profile.id });
    }
    await this.reload();
  }

  /** Deletes this user's own profile; git history keeps it, and the wording says so where this is asked. */
  async leave(): Promise<boolean> {
    const root = this.readyRoot();
    const mine = this.globalState.get<OwnProfiles>(OWN_KEY, {});
    const id = mine[root];
    if (!id) return false;
    await fs.rm(path.join(root, 'profiles', `${id}.json`), { force: true });
    const rest = { ...mine };
    delete rest[root];
    await this.globalState.update(OWN_KEY, rest);
    await this.reload();
    return true;
  }

  /** The team file this user wrote for their team in this space, if any. */
  ownTeamFile(): SpaceTeam | undefined {
    if (this._state.kind !== 'ready') return undefined;
    const id = this.globalState.get<OwnProfiles>(OWN_TEAM_KEY, {})[this._state.root];
    return id ? this._state.space.teams.find((t) => t.id === id) : undefined;
  }

  /**
   * Declares a project peak for the user's own team: added to the team file they wrote, or in a new one. Another
   * member's file for the same team is never touched; the peaks of all the team's files count together.
   */
  async declarePeak(peak: ProjectPeak): Promise<SpaceTeam> {
    const root = this.readyRoot();
    const own = this.own();
    if (!own) throw new Error('Join the space first');
    const existing = this.ownTeamFile();
    const team: SpaceTeam =
      existing && teamKey(existing.name) === teamKey(own.team)
        ? { ...existing, peaks: withPeak(existing.peaks, peak) }
        : { id: crypto.randomUUID(), v: `${TEAM_MAJOR}.0`, name: own.team, peaks: [peak], unknown: {} };
    const file = path.join(root, 'teams', `${team.id}.json`);
    if (team.id === existing?.id) await replaceOwnFile(file, serializeSpaceTeam(team));
    else {
      if ((await writeNewFile(file, serializeSpaceTeam(team))) === 'exists') throw new Error(`${file} exists`);
      await this.globalState.update(OWN_TEAM_KEY, {
        ...this.globalState.get<OwnProfiles>(OWN_TEAM_KEY, {}),
        [root]: team.id,
      });
    }
    await this.reload();
    return team;
  }

  /** The next round (or the given week's) as the rules give it, not written. */
  drawNext(week?: string): DrawOutcome & { week?: string } {
    const space = this.readySpace();
    const charter = usableCharter(space);
    if (!charter.ok) return { ok: false, problem: 'charter', details: charter.problems };
    const target = week ?? nextRoundWeek(space, charter.charter, this.thisWeek());
    return { ...drawSpaceRound(space, target, sha256), week: target };
  }

  /** Writes a drawn round under its week's name; a round that appeared meanwhile is kept, never replaced. */
  async writeRound(round: RoundFile): Promise<'written' | 'exists'> {
    const result = await writeNewFile(path.join(this.readyRoot(), 'rounds', `${round.id}.json`), serializeRound(round));
    await this.reload();
    return result;
  }

  verify(round: RoundFile) {
    return verifyRound(round, sha256);
  }

  private verdicts = new Map<string, boolean>();

  /**
   * Whether a round file differs from what the rules give for its inputs: drawn again once per version of the file
   * (about a second at 2,000 participants), so a hand edit is marked in the view without running Verify.
   */
  differs(round: RoundFile): boolean {
    const key = sha256(serializeRound(round));
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.verify(round).length > 0;
      if (this.verdicts.size > 20) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private readyRoot(): string {
    if (this._state.kind !== 'ready') throw new Error('The mentorship space is not open');
    return this._state.root;
  }

  private readySpace(): Space {
    if (this._state.kind !== 'ready') throw new Error('The mentorship space is not open');
    return this._state.space;
  }
}

/** Rewrites a file that is the user's own: written beside it, then renamed over it (no half-written profile). */
async function replaceOwnFile(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text, { encoding: 'utf8', mode: 0o644 });
  await fs.rename(temp, file);
}
