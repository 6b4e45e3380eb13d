import { LiveBus, LiveEvent } from '../live/bus';
import { Logger } from '../observability/logger';
import { Metrics } from '../observability/metrics';

/** The running subscriptions of one replica, counted per session for CANOPY_LIVE_MAX_SUBSCRIPTIONS. */
export class Subscribers {
  private readonly perSession = new Map<string | undefined, number>();

  constructor(
    readonly bus: LiveBus,
    readonly maxQueued: number,
    private readonly metrics: Metrics,
    readonly logger: Logger,
  ) {}

  count(token: string | undefined): number {
    return this.perSession.get(token) ?? 0;
  }

  opened(token: string | undefined): void {
    this.perSession.set(token, this.count(token) + 1);
    this.metrics.liveSubscriptions.inc();
  }

  closed(token: string | undefined): void {
    const left = this.count(token) - 1;
    if (left > 0) this.perSession.set(token, left);
    else this.perSession.delete(token);
    this.metrics.liveSubscriptions.dec();
  }
}

export interface IteratorHooks {
  /** Reads the session again and renews the context; false when it ended (the socket is closing). */
  refresh(): Promise<boolean>;
  /** The queue is full: the client does not read its events. */
  tooSlow(): void;
}

/**
 * One subscription's events: those of the bus that `accept` takes wait in a bounded queue, and each
 * is loaded when the client's side pulls the next (graphql-ws sends one result, then asks again),
 * so a client that does not read leaves events queued here, not in memory without limit. A plain
 * iterator rather than an async generator: `return()` (the client completed, the socket closed)
 * must end it at once, also while it waits for the next event.
 */
export class LiveIterator<T> implements AsyncIterableIterator<T> {
  private readonly queue: LiveEvent[] = [];
  private wake: (() => void) | undefined;
  private done = false;
  private readonly stop: () => void;

  constructor(
    private readonly subscribers: Subscribers,
    private readonly token: string | undefined,
    accept: (event: LiveEvent) => boolean,
    private readonly load: (event: LiveEvent) => Promise<T | undefined>,
    private readonly hooks: IteratorHooks,
  ) {
    subscribers.opened(token);
    this.stop = subscribers.bus.listen((event) => {
      if (this.done || !accept(event)) return;
      if (this.queue.length >= subscribers.maxQueued) return hooks.tooSlow();
      this.queue.push(event);
      this.wake?.();
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.done) {
      const event = this.queue.shift();
      if (event === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      try {
        if (!(await this.hooks.refresh())) break;
        const value = await this.load(event);
        if (value !== undefined && !this.done) return { value, done: false };
      } catch (error) {
        // The cloud or the database failing for one event: that event is lost, the subscription goes on.
        this.subscribers.logger.warn({ err: error }, 'a subscription event could not be loaded');
      }
    }
    this.finish();
    return { value: undefined, done: true };
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.stop();
    this.subscribers.closed(this.token);
    this.wake?.();
  }
}
