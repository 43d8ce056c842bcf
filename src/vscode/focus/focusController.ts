import { emptyHistory, emptyTimerDoc, TimerDoc } from '../../core/types';
import * as vscode from 'vscode';
import { CheckinRecord, CheckinValues } from '../../core/focus/checkins';
import { Clock } from '../../core/clock';
import { localDayRange } from '../../core/days';
import {
  isRunning,
  remainingMs,
  TICK_GAP_MS,
  TimerCommand,
  transition,
  TransitionResult,
} from '../../core/focus/timer';
import { DaySummary, summarizeDay } from '../../core/focus/today';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { SettingsReader } from '../settingsReader';
import { Disposable, disposing } from '../dispose';

/** What a window shows: the shared timer document and today's figures, as of `now`. */
export interface FocusView {
  doc: TimerDoc;
  today: DaySummary;
  now: number;
  remainingMs: number;
  running: boolean;
}

/** Moments the prompts layer reacts to; each is raised by the window that made the change. */
export interface FocusEvents {
  gapRecorded(): void;
  awayEnded(minutes: number): void;
  saveFailed(error: unknown, retry: () => void): void;
}

const TICK_MS = 1_000;
/** Activity is shared with other windows at most this often while a session runs. */
const ACTIVITY_SHARE_MS = 30_000;

let idCounter = 0;
function newId(): string {
  // Globally unique without a dependency: random UUID where available (Node ≥ 19, every VS Code ≥ 1.90).
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${(idCounter++).toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * Runs the one focus timer of this user in this window. Every change is a command applied to the freshly re-read
 * shared document under the store's lock, so windows never overwrite each other; other windows' changes arrive
 * through the store's file watcher. The 1 s tick exists only while a session or break runs.
 */
export class FocusController extends Disposable {
  private doc: TimerDoc = emptyTimerDoc();
  private readonly changed = this._register(new vscode.EventEmitter<FocusView>());
  readonly onDidChange = this.changed.event;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private lastTick: { wall: number; mono: number } | undefined;
  private lastActivity = 0;
  private lastActivityShared = 0;
  private queue: Promise<unknown> = Promise.resolve();
  readonly ready: Promise<void>;

  constructor(
    private readonly store: PacewiseStore,
    private readonly settings: SettingsReader,
    private readonly clock: Clock,
    private readonly events: FocusEvents,
  ) {
    super();
    this._register(disposing(() => clearInterval(this.tickTimer)));
    this.lastActivity = clock.now();
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    await this.store.open();
    this._register(disposing(this.store.watch(['timer', 'history'], () => void this.reload())));
    // Settling on start restores the session after a reload or crash, and records a gap if no window saw the time.
    await this.run({ type: 'heartbeat' });
  }

  view(): FocusView {
    const now = this.clock.now();
    const cur = this.doc.current;
    return {
      doc: this.doc,
      today: summarizeDay(this.todayHistory, this.doc, now),
      now,
      remainingMs: remainingMs(cur, now),
      running: cur?.kind === 'break' || (cur?.kind === 'focus' && isRunning(cur)),
    };
  }

  private todayHistory: Parameters<typeof summarizeDay>[0] = emptyHistory();

  /** Applies a command to the shared timer; resolves with the transition (its `refusal` says why nothing changed). */
  run(cmd: TimerCommand, at = this.clock.now()): Promise<TransitionResult> {
    const task = this.queue.then(() => this.apply(cmd, at));
    this.queue = task.catch(() => undefined);
    return task;
  }

  private async apply(cmd: TimerCommand, at: number): Promise<TransitionResult> {
    const hadGap = this.doc.current?.kind === 'focus' && this.doc.current.pendingGap !== undefined;
    let outcome: TransitionResult;
    try {
      const { result } = await this.store.updateTimer((doc) => {
        const r = transition(doc, cmd, { now: at, settings: this.settings.settings, newId });
        return { doc: r.doc, changed: r.changed, append: r.append, result: r };
      });
      outcome = result;
    } catch (err) {
      // The change is kept (as the command and its time) so the user can retry; the file on disk is untouched.
      this.events.saveFailed(err, () => void this.run(cmd, at));
      throw err;
    }
    const awayBefore = this.doc.current?.kind === 'focus' ? this.doc.current.away : undefined;
    await this.adopt(outcome.doc);
    const cur = this.doc.current;
    if (outcome.changed && cur?.kind === 'focus') {
      if (cur.pendingGap && (!hadGap || cmd.type === 'gap')) this.events.gapRecorded();
      if (cmd.type === 'activity' && cur.away && cur.away.to > cur.away.from && !awayBefore?.to) {
        this.events.awayEnded(Math.round((cur.away.to - cur.away.from) / 60_000));
      }
    }
    return outcome;
  }

  /** Saves a check-in locally (tied to the running session, if any) and refreshes today's figures. */
  async recordCheckin(values: CheckinValues): Promise<void> {
    await this.ready;
    const cur = this.doc.current;
    const record: CheckinRecord = { id: newId(), at: this.clock.now(), ...values };
    if (cur?.kind === 'focus') record.sessionId = cur.id;
    await this.store.appendHistory({ checkins: [record] });
    await this.adopt(this.doc);
  }

  /** Another window changed the store. Queued behind commands, so an older read never replaces a newer state. */
  private reload(): Promise<void> {
    const task = this.queue.then(async () => {
      if (this.isDisposed) return;
      try {
        await this.adopt(await this.store.readTimer());
      } catch {
        // A read racing a recovery is retried by the next change; nothing is lost.
      }
    });
    this.queue = task;
    return task;
  }

  private async adopt(doc: TimerDoc): Promise<void> {
    const [from, to] = localDayRange(this.clock.now());
    const history = await this.store.readHistory(from, to);
    // The state and what the status bar shows change together, never one before the other.
    this.doc = doc;
    this.todayHistory = history;
    this.syncTicking();
    this.changed.fire(this.view());
  }

  /** Editor activity in this window (edits, selection, focus). */
  noteActivity(): void {
    const now = this.clock.now();
    this.lastActivity = now;
    const cur = this.doc.current;
    if (cur?.kind !== 'focus') return;
    const idlePaused = !isRunning(cur) && cur.away !== undefined;
    if (idlePaused || now - this.lastActivityShared > ACTIVITY_SHARE_MS) {
      this.lastActivityShared = now;
      void this.run({ type: 'activity', at: now }).catch(() => undefined);
    }
  }

  private syncTicking(): void {
    const active = this.doc.current !== null && !this.isDisposed;
    if (active && !this.tickTimer) {
      this.lastTick = { wall: this.clock.now(), mono: this.clock.monotonic() };
      this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    } else if (!active && this.tickTimer) {
      clearInterval(this.tickTimer);
      this.tickTimer = undefined;
      this.lastTick = undefined;
    }
  }

  private tick(): void {
    const wall = this.clock.now();
    const mono = this.clock.monotonic();
    const prev = this.lastTick ?? { wall, mono };
    this.lastTick = { wall, mono };
    const cur = this.doc.current;
    const wallDelta = wall - prev.wall;
    if (cur?.kind === 'focus' && isRunning(cur)) {
      if (wallDelta > TICK_GAP_MS) {
        void this.run({ type: 'gap', from: prev.wall, to: wall }).catch(() => undefined);
        return;
      }
      if (wallDelta < -2_000) {
        void this.run({ type: 'clockBack', from: prev.wall, to: wall, awakeMs: mono - prev.mono }).catch(
          () => undefined,
        );
        return;
      }
      const idleMs = this.settings.settings.idleMinutes * 60_000;
      const lastSeenActive = Math.max(this.lastActivity, this.doc.activityAt ?? 0);
      if (idleMs > 0 && wall - lastSeenActive > idleMs) {
        void this.run({ type: 'idle', since: lastSeenActive }).catch(() => undefined);
        return;
      }
    }
    const due = remainingMs(cur, wall) <= 0 || (cur?.kind === 'focus' && wall - cur.seenAt >= 60_000);
    if (due) void this.run({ type: 'heartbeat' }).catch(() => undefined);
    else this.changed.fire(this.view());
  }
}
