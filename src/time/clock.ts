/**
 * Where time comes from, so tests can move it instead of waiting for it. Production code reads
 * the system clock; tests hand in a ManualClock and advance it.
 */
export interface Clock {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number;
  /** A signal that aborts `ms` from now on this clock, like AbortSignal.timeout (a call's deadline). */
  timeout(ms: number): AbortSignal;
}

export const systemClock: Clock = { now: () => Date.now(), timeout: (ms) => AbortSignal.timeout(ms) };

/** A clock that stands still until told to move (tests): no deadline on it passes until then. */
export class ManualClock implements Clock {
  private deadlines: Array<{ at: number; controller: AbortController }> = [];

  constructor(private current = Date.now()) {}

  now(): number {
    return this.current;
  }

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.deadlines.push({ at: this.current + ms, controller });
    return controller.signal;
  }

  /** Moves time on, aborting the signals whose deadline it passes, as AbortSignal.timeout would. */
  advance(ms: number): void {
    this.current += ms;
    const passed = this.deadlines.filter((d) => d.at <= this.current);
    this.deadlines = this.deadlines.filter((d) => d.at > this.current);
    for (const { controller } of passed)
      controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }
}
