import * as vscode from 'vscode';
import { localDay, localDayRange } from '../core/days';
import {
  Choice,
  choosePrompt,
  computeSignals,
  emptyPromptState,
  parseLibrary,
  promptReaction,
  PromptLibrary,
  promptShown,
  PromptState,
  Signal,
} from '../core/prompts';
import { summarizeWip } from '../core/wip';
import { PacewiseStore } from '../storage/pacewiseStore';
import { FocusController } from './focusController';
import { SettingsReader } from './settingsReader';
import { WipService } from './wipService';

const STATE_KEY = 'pacewise.prompts.state';
const DAY = 86_400_000;

/** The prompt on screen, with the sentence that says why it appeared. */
export interface ShownPrompt {
  id: string;
  text: string;
  why: string;
}

/**
 * Chooses at most one pacing question per natural boundary (the end of a session) or on demand, and remembers the
 * user's reactions. Prompts appear in the sidebar only — never as a pop-up, never while typing.
 */
export class PromptService implements vscode.Disposable {
  private library: PromptLibrary | undefined;
  private shown: ShownPrompt | undefined;
  private lastNotice: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly store: PacewiseStore,
    private readonly controller: FocusController,
    private readonly wip: WipService,
    private readonly settings: SettingsReader,
  ) {
    this.subscription = controller.onDidChange((view) => {
      const notice = view.doc.notice;
      if (notice?.kind === 'sessionEnded' && notice.id !== this.lastNotice) {
        this.lastNotice = notice.id;
        void this.suggest(false);
      }
    });
  }

  get current(): ShownPrompt | undefined {
    return this.shown;
  }

  /** The built-in library, read on first use (not at activation). */
  async load(): Promise<PromptLibrary> {
    if (!this.library) {
      const bytes = await vscode.workspace.fs.readFile(
        vscode.Uri.joinPath(this.extensionUri, 'media', 'prompts', 'library.json'),
      );
      this.library = parseLibrary(JSON.parse(new TextDecoder().decode(bytes))).library;
    }
    return this.library;
  }

  /** Picks a prompt for now; on demand a general one is offered when no signal holds. Returns whether one is shown. */
  async suggest(onDemand: boolean): Promise<boolean> {
    const library = await this.load();
    const now = Date.now();
    const [, todayEnd] = localDayRange(now);
    const history = await this.store.readHistory(todayEnd - 15 * DAY, todayEnd);
    const view = this.controller.view();
    const s = this.settings.settings;
    const wip = summarizeWip(this.wip.items, now, s.wipLimit, s.wipAgingDays);
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
      wipLimit: s.wipLimit,
      pastDailyInterruptions: [...perDay.values()],
      checkins: [...history.checkins].sort((a, b) => a.at - b.at),
    });
    const state = this.state();
    const choice = choosePrompt(library, signals, state, now, localDay(now), onDemand);
    if (!choice) return false;
    await this.memento.update(STATE_KEY, promptShown(state, choice.prompt.id));
    this.shown = { id: choice.prompt.id, text: choice.prompt.text, why: why(choice) };
    this.changed.fire();
    return true;
  }

  async react(reaction: 'notUseful' | 'dismiss' | 'snoozeToday'): Promise<void> {
    if (!this.shown) return;
    const now = Date.now();
    await this.memento.update(STATE_KEY, promptReaction(this.state(), this.shown.id, reaction, now, localDay(now)));
    this.shown = undefined;
    this.changed.fire();
  }

  private state(): PromptState {
    const raw = this.memento.get<PromptState>(STATE_KEY);
    return raw && typeof raw === 'object' && Array.isArray(raw.recent) ? raw : emptyPromptState();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** One short sentence with the facts that made the prompt appear. */
function why(choice: Choice): string {
  const f = choice.facts;
  const reasons: Record<Signal, () => string> = {
    wipOverLimit: () => vscode.l10n.t('You have {0} items in progress; your limit is {1}.', f.active, f.limit),
    noBreaks: () => vscode.l10n.t('{0} sessions since your last break.', f.sessions),
    pastEndOfDay: () => vscode.l10n.t('You are working past your end-of-day time.'),
    interruptionsHigh: () => vscode.l10n.t('{0} interruptions today; your usual is about {1}.', f.today, f.median),
    stressRising: () => vscode.l10n.t('Your last three check-ins show stress rising from {0} to {1}.', f.from, f.to),
    general: () => vscode.l10n.t('You asked for a question.'),
  };
  return reasons[choice.signal]();
}
