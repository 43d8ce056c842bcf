/** A source of time, injected so the timer can be tested with a fake clock and can tell sleep from clock changes. */
export interface Clock {
  /** Wall-clock time, UTC milliseconds since the epoch. */
  now(): number;
  /** Monotonic milliseconds: stops during system sleep on Linux and macOS and never jumps with the wall clock. */
  monotonic(): number;
}

/** A clock whose time only moves when a test moves it. */
export class FakeClock implements Clock {
  constructor(
    private wall: number,
    private mono = 0,
  ) {}
  now(): number {
    return this.wall;
  }
  monotonic(): number {
    return this.mono;
  }
  /** Time passes while the machine is awake: both clocks move. */
  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }
  /** The machine sleeps: only the wall clock moves. */
  sleep(ms: number): void {
    this.wall += ms;
  }
  /** The wall clock is set (NTP step, user change): only the wall clock moves, by any amount. */
  jump(ms: number): void {
    this.wall += ms;
  }
}
