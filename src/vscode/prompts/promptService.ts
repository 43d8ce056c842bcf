import * as vscode from 'vscode';
import { localDay, localDayRange } from '../../core/days';
import {
  Choice,
  choosePrompt,
  computeSignals,
  emptyPromptState,
  GlossaryTerm,
  mergePlaybook,
  parseLibrary,
  promptReaction,
  PromptLibrary,
  promptShown,
  PromptState,
  Signal,
} from '../../core/prompts/prompts';
import { GitFacts, gitSignals } from '../../core/git/gitFacts';
import { summarizeWip } from '../../core/wip/wip';
import { translateLibrary, translationLanguages } from '../../core/prompts/promptTranslation';
import { formatters } from '../displayFormat';
import { ActivityMonitor } from '../focus/activityMonitor';
import { GitSignals } from '../git/gitSignals';
import { TeamPlaybooks } from './teamPlaybooks';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { FocusController } from '../focus/focusController';
import { SettingsReader } from '../settingsReader';
import { WipService } from '../wip/wipService';
import { plural } from '../plural';
import { Disposable, disposing } from '../dispose';

const STATE_KEY = 'pacewise.prompts.state';
const DAY = 86_400_000;

/** The prompt on screen, with the sentence that says why it appeared. */
export interface ShownPrompt {
  id: string;
  text: string;
  why: string;
}

/**
 * Chooses at most one pacing question per natural boundary (the end of a session — told by the composition root —,
 * a commit, a branch switch, a typing pause) or on demand, and remembers the user's reactions. Prompts appear in the sidebar only — never as a pop-up, never while typing.
 */
export class PromptService extends Disposable {
  private library: Promise<PromptLibrary> | undefined;
  private loaded: PromptLibrary | undefined;
  private readonly playbooks = this._register(new TeamPlaybooks(() => this.reloadLibrary()));
  private shown: ShownPrompt | undefined;
  /** Fires `true` when a new question appears (announce it), `false` for any other change. */
  private readonly changed = this._register(new vscode.EventEmitter<boolean>());
  readonly onDidChange = this.changed.event;
  private typedAt = 0;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly store: PacewiseStore,
    private readonly controller: FocusController,
    private readonly wip: WipService,
    private readonly settings: SettingsReader,
    private readonly git: GitSignals,
    activity: ActivityMonitor,
    /** The WIP limit now (a running "Limit WIP" experiment's, else the setting's). */
    private readonly wipLimit: () => number,
  ) {
    super();
    this._registerAll(
      git.onBoundary(() => void this.suggest(false)),
      activity.onDidEdit(() => this.typed()),
      disposing(() => clearTimeout(this.pauseTimer)),
    );
  }

  /**
   * Typing: follow git from the first edit on (so commits and branch switches are seen), and arm one timer for the
   * typing-pause boundary — one timer per pause, none while nobody types.
   */
  private typed(): void {
    this.typedAt = Date.now();
    void this.git.start();
    const pauseMs = this.settings.settings.promptTypingPauseSeconds * 1_000;
    // A timer armed under a longer setting is re-armed, so a shorter pause takes effect at once.
    if (this.pauseTimer && this.pauseDue > this.typedAt + pauseMs) {
      clearTimeout(this.pauseTimer);
      this.pauseTimer = undefined;
    }
    if (pauseMs > 0 && !this.pauseTimer) this.armPause(pauseMs);
  }

  private pauseDue = 0;

  private armPause(delay: number): void {
    this.pauseDue = Date.now() + delay;
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      const pauseMs = this.settings.settings.promptTypingPauseSeconds * 1_000;
      if (pauseMs === 0) return;
      const left = this.typedAt + pauseMs - Date.now();
      if (left > 0) this.armPause(left);
      else void this.suggest(false);
    }, delay);
  }

  get current(): ShownPrompt | undefined {
    return this.shown;
  }

  /** The built-in library with the team playbooks over it, read on first use (not at activation). */
  async load(): Promise<PromptLibrary> {
    const signature = await this.playbooks.signature();
    if (signature !== this.signature) {
      this.signature = signature;
      this.library = undefined;
    }
    this.library ??= this.readLibrary();
    return this.library;
  }

  private signature: string | undefined;

  /** The glossary once loaded (empty before). */
  get glossary(): GlossaryTerm[] {
    return this.loaded?.glossary ?? [];
  }

  private async readLibrary(): Promise<PromptLibrary> {
    let library = parseLibrary(await this.readMedia('library.json')).library;
    for (const lang of translationLanguages(vscode.env.language)) {
      const translation = await this.readMedia(`library.${lang}.json`).catch(() => undefined);
      if (translation === undefined) continue;
      library = translateLibrary(library, translation).library;
      break;
    }
    for (const team of await this.playbooks.read()) library = mergePlaybook(library, team);
    this.loaded = library;
    return library;
  }

  private async readMedia(name: string): Promise<unknown> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'media', 'prompts', name));
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  /** A playbook changed (or trust, or the folders): read everything again and refresh the sidebar. */
  private reloadLibrary(): void {
    if (!this.library) return; // never read yet: the first use reads it
    this.library = undefined;
    void this.load().then(() => this.changed.fire(false));
  }

  /** Picks a prompt for now; on demand a general one is offered when no signal holds. Returns whether one is shown. */
  async suggest(onDemand: boolean): Promise<boolean> {
    // One question at a time: an automatic boundary never replaces the question on screen.
    if (!onDemand && this.shown) return false;
    const library = await this.load();
    const git = gitSignals(await this.gitFacts());
    const now = Date.now();
    const [, todayEnd] = localDayRange(now);
    const history = await this.store.readHistory(todayEnd - 15 * DAY, todayEnd);
    const view = this.controller.view();
    const s = this.settings.settings;
    const wipLimit = this.wipLimit();
    const wip = summarizeWip(this.wip.items, now, wipLimit, s.wipAgingDays);
    const [todayStart] = localDayRange(now);
    const lastBreak = Math.max(
      0,
      ...history.breaks.filter((b) => b.startedAt >= todayStart && b.outcome !== 'skipped').map((b) => b.endedAt),
    );
    const perDay = new Map<string, number>();
    for (const i of history.interruptions)
      if (i.at < todayStart) perDay.set(localDay(i.at), (perDay.get(localDay(i.at)) ?? 0) + 1);
    for (const x of history.sessions)
      if (x.startedAt < todayStart && !perDay.has(localDay(x.startedAt))) perDay.set(localDay(x.startedAt), 0);
    const signals = computeSignals({
      today: view.today,
      sessionsSinceBreak: history.sessions.filter(
        (x) => x.startedAt >= todayStart && x.endedAt > lastBreak && x.outcome !== 'discarded',
      ).length,
      wipActive: wip.active.length,
      wipLimit,
      pastDailyInterruptions: [...perDay.values()],
      checkins: [...history.checkins].sort((a, b) => a.at - b.at),
      ...git,
    });
    const state = this.state();
    const choice = choosePrompt(library, signals, state, now, localDay(now), onDemand);
    if (!choice) return false;
    await this.memento.update(STATE_KEY, promptShown(state, choice.prompt.id));
    const reason = why(choice);
    this.shown = {
      id: choice.prompt.id,
      text: choice.prompt.text,
      why: choice.prompt.team ? `${reason} ${vscode.l10n.t('From your team’s playbook.')}` : reason,
    };
    this.changed.fire(true);
    return true;
  }

  async react(reaction: 'notUseful' | 'dismiss' | 'snoozeToday'): Promise<void> {
    if (!this.shown) return;
    const now = Date.now();
    await this.memento.update(STATE_KEY, promptReaction(this.state(), this.shown.id, reaction, now, localDay(now)));
    this.shown = undefined;
    this.changed.fire(false);
  }

  /** Git facts for the signals; a slow or absent Git never holds a prompt back for more than two seconds. */
  private async gitFacts(): Promise<GitFacts> {
    const timeout = new Promise<GitFacts>((resolve) => setTimeout(() => resolve(this.git.current), 2_000));
    return Promise.race([this.git.latest().catch(() => this.git.current), timeout]);
  }

  /** Forgets what the reactions taught (weights, quiet period, snooze) and clears the question on screen. */
  async reset(): Promise<void> {
    await this.memento.update(STATE_KEY, undefined);
    this.shown = undefined;
    this.changed.fire(false);
  }

  private state(): PromptState {
    const raw = this.memento.get<PromptState>(STATE_KEY);
    return raw && typeof raw === 'object' && Array.isArray(raw.recent) ? raw : emptyPromptState();
  }
}

/** One short sentence with the facts that made the prompt appear. */
function why(choice: Choice): string {
  const f = choice.facts;
  const reasons: Record<Signal, () => string> = {
    wipOverLimit: () =>
      plural(
        f.active,
        {
          one: 'You have {0} item in progress; your limit is {1}.',
          other: 'You have {0} items in progress; your limit is {1}.',
        },
        f.active,
        f.limit,
      ),
    noBreaks: () =>
      plural(
        f.sessions,
        { one: '{0} session since your last break.', other: '{0} sessions since your last break.' },
        f.sessions,
      ),
    pastEndOfDay: () => vscode.l10n.t('You are working past your end-of-day time.'),
    interruptionsHigh: () =>
      plural(
        f.today,
        {
          one: '{0} interruption today; your usual is about {1}.',
          other: '{0} interruptions today; your usual is about {1}.',
        },
        f.today,
        formatters().num(f.median),
      ),
    stressRising: () => vscode.l10n.t('Your last three check-ins show stress rising from {0} to {1}.', f.from, f.to),
    manyBranches: () =>
      plural(
        f.branches,
        { one: '{0} branch had commits in the last days.', other: '{0} branches had commits in the last days.' },
        f.branches,
      ),
    lateNight: () => vscode.l10n.t('{0} of your commits this week were made late at night.', f.commits),
    general: () => vscode.l10n.t('You asked for a question.'),
  };
  return reasons[choice.signal]();
}
