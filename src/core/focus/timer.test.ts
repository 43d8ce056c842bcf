import { emptyHistory, emptyTimerDoc, FocusSession, TimerDoc } from '../types';
import assert from 'node:assert/strict';
import { FakeClock } from '../clock';
import {
  focusElapsed,
  GAP_MS,
  isRunning,
  isStale,
  remainingMs,
  TimerCommand,
  transition,
  TransitionResult,
} from './timer';
import { DEFAULT_SETTINGS, PacewiseSettings } from '../userSettings';

const MIN = 60_000;

/** A tiny harness: one clock, one document, commands applied as a window would. */
class Harness {
  doc: TimerDoc = emptyTimerDoc();
  last!: TransitionResult;
  history: TransitionResult['append'] = emptyHistory();
  private n = 0;
  constructor(
    readonly clock = new FakeClock(Date.UTC(2026, 10, 23, 9, 0, 0)),
    readonly settings: PacewiseSettings = DEFAULT_SETTINGS,
  ) {}
  run(cmd: TimerCommand): TransitionResult {
    this.last = transition(this.doc, cmd, {
      now: this.clock.now(),
      settings: this.settings,
      newId: () => `id${++this.n}`,
    });
    this.doc = this.last.doc;
    this.history.sessions.push(...this.last.append.sessions);
    this.history.breaks.push(...this.last.append.breaks);
    this.history.interruptions.push(...this.last.append.interruptions);
    return this.last;
  }
  get session(): FocusSession {
    assert.equal(this.doc.current?.kind, 'focus');
    return this.doc.current as FocusSession;
  }
  /** Time passes with a window open and ticking: heartbeats every 30 s, as the status bar's tick does. */
  awake(ms: number): void {
    for (let left = ms; left > 0; left -= 30_000) {
      this.clock.advance(Math.min(30_000, left));
      this.run({ type: 'heartbeat' });
    }
  }
  remaining(): number {
    return remainingMs(this.doc.current, this.clock.now());
  }
}

describe('timer state machine', () => {
  it('counts down from wall-clock events and completes at the instant time ran out', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: 'write tests', minutes: 25 });
    h.awake(10 * MIN);
    assert.equal(h.remaining(), 15 * MIN);
    h.awake(20 * MIN); // noticed 5 minutes late
    h.run({ type: 'heartbeat' });
    assert.equal(h.doc.current, null);
    const rec = h.history.sessions[0];
    assert.equal(rec.outcome, 'completed');
    assert.equal(rec.focusMs, 25 * MIN);
    assert.equal(rec.endedAt - rec.startedAt, 25 * MIN);
    assert.equal(h.doc.notice?.kind, 'sessionEnded');
    assert.equal(h.doc.completedSinceLongBreak, 1);
  });

  it('a session tied to a work item keeps the item id into history; one without has none', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: 'parser', minutes: 25, wipId: 'item-1' });
    h.awake(5 * MIN);
    h.run({ type: 'stop' });
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.awake(5 * MIN);
    h.run({ type: 'stop' });
    assert.deepEqual(
      h.history.sessions.map((s) => s.wipId),
      ['item-1', undefined],
    );
    assert.equal('wipId' in h.history.sessions[1], false);
  });

  it('pause and resume exclude the paused time; stop records how long it actually ran', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.awake(5 * MIN);
    h.run({ type: 'pause' });
    assert.equal(isRunning(h.session), false);
    h.awake(30 * MIN);
    assert.equal(h.remaining(), 20 * MIN);
    assert.equal(h.run({ type: 'pause' }).refusal, 'notRunning');
    h.run({ type: 'resume' });
    assert.equal(h.run({ type: 'resume' }).refusal, 'notPaused');
    h.awake(2 * MIN);
    h.run({ type: 'stop' });
    assert.equal(h.history.sessions[0].outcome, 'stopped');
    assert.equal(h.history.sessions[0].focusMs, 7 * MIN);
    assert.equal(h.run({ type: 'stop' }).refusal, 'noSession');
  });

  it('refuses a second start: one timer, whoever starts first wins', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: 'a', minutes: 25 });
    const second = h.run({ type: 'start', intent: 'b', minutes: 50 });
    assert.equal(second.refusal, 'alreadyRunning');
    assert.equal(second.changed, false);
    assert.equal(h.session.intent, 'a');
  });

  it('extends the planned length', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.awake(24 * MIN);
    h.run({ type: 'extend', minutes: 5 });
    h.awake(4 * MIN);
    assert.equal(h.remaining(), 2 * MIN);
  });

  it('offers short breaks and a long break every N sessions', () => {
    const h = new Harness(undefined, { ...DEFAULT_SETTINGS, longBreakEvery: 2 });
    for (let i = 0; i < 2; i++) {
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(25 * MIN);
      h.run({ type: 'startBreak' });
    }
    const brk = h.doc.current;
    assert.equal(brk?.kind, 'break');
    assert.equal(brk?.kind === 'break' && brk.long, true);
    assert.equal(brk?.kind === 'break' && brk.plannedMs, 15 * MIN);
    h.awake(15 * MIN);
    h.run({ type: 'heartbeat' });
    assert.equal(h.doc.current, null);
    assert.equal(h.doc.completedSinceLongBreak, 0);
    assert.deepEqual(
      h.history.breaks.map((b) => [b.long, b.outcome]),
      [
        // The short break was replaced by the next session the moment it began: skipped, not taken.
        [false, 'skipped'],
        [true, 'taken'],
      ],
    );
  });

  it('records a skipped break, also right after a session ended', () => {
    const h = new Harness();
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.awake(25 * MIN);
    h.run({ type: 'skipBreak' });
    assert.equal(h.history.breaks[0].outcome, 'skipped');
    assert.equal(h.run({ type: 'skipBreak' }).refusal, 'noBreak');
  });

  it('counts a break the user ends as taken only when at least half of it had passed', () => {
    const h = new Harness();
    const outcomes: string[] = [];
    for (const [ranMs, end] of [
      [30_000, 'skipBreak'],
      [2 * MIN, 'skipBreak'],
      [3 * MIN, 'skipBreak'],
      [MIN, 'start'],
      [2.5 * MIN, 'start'],
    ] as const) {
      h.run({ type: 'startBreak' });
      h.awake(ranMs);
      h.run(end === 'skipBreak' ? { type: 'skipBreak' } : { type: 'start', intent: '', minutes: 25 });
      if (end === 'start') h.run({ type: 'stop' });
      outcomes.push(h.history.breaks.at(-1)!.outcome);
    }
    assert.deepEqual(outcomes, ['skipped', 'skipped', 'ended', 'skipped', 'ended']);
  });

  it('auto-starts the break only when the setting says so', () => {
    const h = new Harness(undefined, { ...DEFAULT_SETTINGS, autoStartNext: true });
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.awake(26 * MIN);
    h.run({ type: 'heartbeat' });
    assert.equal(h.doc.current?.kind, 'break');
    assert.equal(remainingMs(h.doc.current, h.clock.now()), 4 * MIN);
  });

  it('logs interruptions with their kind, in and out of sessions', () => {
    const h = new Harness();
    h.run({ type: 'interruption', kind: 'meeting' });
    h.run({ type: 'start', intent: '', minutes: 25 });
    h.run({ type: 'interruption', kind: 'urgentRequest' });
    assert.equal(h.session.interruptions, 1);
    assert.deepEqual(
      h.history.interruptions.map((i) => [i.kind, i.sessionId]),
      [
        ['meeting', undefined],
        ['urgentRequest', h.session.id],
      ],
    );
  });

  describe('gaps: sleep and clock jumps are never silent focus, and never freeze the timer', () => {
    function sleptSession(): Harness {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(10 * MIN);
      const before = h.clock.now();
      h.clock.sleep(8 * 60 * MIN);
      h.run({ type: 'gap', from: before, to: h.clock.now() });
      return h;
    }

    it('a detected 8 h sleep is provisionally excluded while the timer keeps running', () => {
      const h = sleptSession();
      assert.equal(h.session.pendingGap?.ms, 8 * 60 * MIN);
      assert.equal(isRunning(h.session), true);
      assert.equal(h.remaining(), 40 * MIN);
      h.awake(MIN);
      assert.equal(h.remaining(), 39 * MIN);
    });

    it('the same gap reported by a second window is recorded once', () => {
      const h = sleptSession();
      const gapFrom = h.session.pendingGap!.from;
      const again = h.run({ type: 'gap', from: gapFrom + 500, to: h.clock.now() + 300 });
      assert.equal(again.changed, false);
      assert.equal(h.session.pendingGap?.ms, 8 * 60 * MIN);
    });

    it('count: the gap becomes focus (and may complete the session)', () => {
      const h = sleptSession();
      h.run({ type: 'resolveGap', choice: 'count' });
      h.run({ type: 'heartbeat' });
      assert.equal(h.doc.current, null);
      assert.equal(h.history.sessions[0].focusMs, 50 * MIN);
    });

    it('discard: the gap is not counted', () => {
      const h = sleptSession();
      h.run({ type: 'resolveGap', choice: 'discard' });
      assert.equal(h.session.pendingGap, undefined);
      assert.equal(h.remaining(), 40 * MIN);
    });

    it('pause: the session is as it was when the gap began, and paused', () => {
      const h = sleptSession();
      h.awake(3 * MIN); // the user answers 3 minutes after waking
      h.run({ type: 'resolveGap', choice: 'pause' });
      assert.equal(isRunning(h.session), false);
      assert.equal(focusElapsed(h.session, h.clock.now()), 10 * MIN);
      h.awake(60 * MIN);
      assert.equal(h.remaining(), 40 * MIN);
    });

    it('a gap waiting for the user does not stop the session completing on its awake time', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(20 * MIN);
      const before = h.clock.now();
      h.clock.sleep(60 * MIN);
      h.run({ type: 'gap', from: before, to: h.clock.now() });
      h.awake(10 * MIN); // past 25 min of focus even without the gap
      h.run({ type: 'heartbeat' });
      assert.equal(h.doc.current, null, 'completes on its own awake time');
      assert.equal(h.history.sessions[0].focusMs, 25 * MIN);
    });

    it('restore after a crash or a closed editor: silence longer than GAP_MS is a gap', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(5 * MIN);
      h.run({ type: 'heartbeat' });
      h.clock.advance(3 * 60 * MIN); // VS Code was closed; no window saw this time
      h.run({ type: 'heartbeat' });
      assert.equal(h.session.pendingGap?.cause, 'restore');
      assert.equal(h.remaining(), 45 * MIN);
    });

    it('silence shorter than GAP_MS (a reload) is not a gap', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.clock.advance(GAP_MS - 1000); // a reload: no window ticked for a while
      h.run({ type: 'heartbeat' });
      assert.equal(h.session.pendingGap, undefined);
      assert.equal(h.remaining(), 50 * MIN - (GAP_MS - 1000));
    });

    it('a clock set back one hour loses no focus and adds none', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(10 * MIN);
      const before = h.clock.now();
      h.clock.jump(-60 * MIN);
      h.clock.advance(1000);
      h.run({ type: 'clockBack', from: before, to: h.clock.now(), awakeMs: 1000 });
      assert.equal(focusElapsed(h.session, h.clock.now()), 10 * MIN + 1000);
      h.awake(5 * MIN);
      assert.equal(h.remaining(), 35 * MIN - 1000);
    });

    it('a clock set back while no window watched is spliced on restore', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(10 * MIN);
      h.run({ type: 'heartbeat' });
      h.clock.jump(-60 * MIN);
      h.run({ type: 'heartbeat' });
      h.awake(MIN);
      assert.equal(h.remaining(), 39 * MIN);
    });

    it('a clock set forward one hour is a gap the user decides on', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(10 * MIN);
      const before = h.clock.now();
      h.clock.jump(60 * MIN);
      h.run({ type: 'gap', from: before, to: h.clock.now() });
      assert.equal(h.session.pendingGap?.ms, 60 * MIN);
      assert.equal(h.remaining(), 40 * MIN);
    });
  });

  describe('idle', () => {
    it('auto-pauses at the moment activity stopped and offers to count the away time', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.awake(10 * MIN);
      const lastActivity = h.clock.now();
      h.awake(5 * MIN);
      h.run({ type: 'idle', since: lastActivity });
      assert.equal(isRunning(h.session), false);
      assert.equal(h.remaining(), 40 * MIN);
      h.awake(7 * MIN);
      h.run({ type: 'activity', at: h.clock.now() });
      assert.equal(isRunning(h.session), true);
      const away = h.session.away;
      assert.ok(away);
      assert.equal(away.to - away.from, 12 * MIN);
      h.run({ type: 'resolveAway', count: true });
      assert.equal(h.remaining(), 28 * MIN);
      assert.equal(h.run({ type: 'resolveAway', count: true }).refusal, 'noAway');
    });

    it('counts idle time from the start or resume, not from activity before it', () => {
      const h = new Harness();
      const lastActivity = h.clock.now();
      h.awake(8 * MIN); // the window has been open, untouched, for 8 minutes; the idle limit is 5
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(1_000);
      assert.equal(h.run({ type: 'idle', since: lastActivity }).changed, false);
      assert.equal(isRunning(h.session), true);
      h.awake(5 * MIN);
      h.run({ type: 'idle', since: lastActivity });
      assert.equal(isRunning(h.session), false, 'five minutes after the start with no activity, it is idle');
      assert.equal(h.session.away?.from, h.session.events[0].at, 'away from the start, not before it');
    });

    it('a user pause is not resumed by activity', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 50 });
      h.run({ type: 'pause' });
      h.awake(MIN);
      h.run({ type: 'activity', at: h.clock.now() });
      assert.equal(isRunning(h.session), false);
    });
  });

  describe('days', () => {
    it('flags a session running past the end-of-day time', () => {
      const h = new Harness(new FakeClock(new Date(2026, 10, 23, 17, 50).getTime()));
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(15 * MIN);
      h.run({ type: 'heartbeat' });
      assert.equal(h.session.pastEndOfDay, true);
      h.awake(10 * MIN);
      h.run({ type: 'heartbeat' });
      assert.equal(h.history.sessions[0].pastEndOfDay, true);
    });

    it('a session across midnight keeps its real duration', () => {
      const h = new Harness(new FakeClock(new Date(2026, 10, 23, 23, 50).getTime()));
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(25 * MIN);
      h.run({ type: 'heartbeat' });
      assert.equal(h.history.sessions[0].focusMs, 25 * MIN);
    });

    it('durations across a DST change are computed from UTC instants', () => {
      // 2026-03-29 02:00 local is skipped in Europe/Berlin (the unit suite runs with TZ=Europe/Berlin).
      const h = new Harness(new FakeClock(new Date(2026, 2, 29, 1, 45).getTime()));
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.awake(25 * MIN);
      h.run({ type: 'heartbeat' });
      const rec = h.history.sessions[0];
      assert.equal(rec.focusMs, 25 * MIN);
      assert.equal(new Date(rec.endedAt).getHours(), 3, 'the wall clock sprang forward');
    });

    it('a session open for days is stale', () => {
      const h = new Harness();
      h.run({ type: 'start', intent: '', minutes: 25 });
      h.run({ type: 'pause' });
      h.awake(3 * 24 * 60 * MIN);
      assert.equal(isStale(h.doc.current, h.clock.now()), true);
    });
  });

  it('100 rapid commands leave a consistent document', () => {
    const h = new Harness();
    const cmds: TimerCommand[] = [
      { type: 'start', intent: '', minutes: 25 },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'stop' },
    ];
    for (let i = 0; i < 100; i++) {
      h.run(cmds[i % 4]);
      h.clock.advance(100);
    }
    assert.equal(h.doc.current, null);
    assert.equal(h.history.sessions.length, 25);
    assert.equal(new Set(h.history.sessions.map((s) => s.id)).size, 25);
  });
});
