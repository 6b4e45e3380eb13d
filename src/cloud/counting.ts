import { Logger } from '../observability/logger';
import { Metrics } from '../observability/metrics';
import { CanopyError } from '../errors';
import { CloudDriver } from './driver';

/**
 * Cloud calls made while serving one request; tests pin it and CANOPY_DEBUG_CALLS reports it.
 * `rounds` is how many calls had to wait for one another: a call started after calls of round n
 * finished is of round n + 1. A request's latency is about rounds × the cloud's latency.
 */
export class CloudCallCounter {
  total = 0;
  rounds = 0;
  readonly byOperation = new Map<string, number>();
  private finishedRound = 0;

  /** Counts a call; returns its round, to hand to `finished`. */
  record(operation: string): number {
    this.total++;
    this.byOperation.set(operation, (this.byOperation.get(operation) ?? 0) + 1);
    const round = this.finishedRound + 1;
    this.rounds = Math.max(this.rounds, round);
    return round;
  }

  finished(round: number): void {
    this.finishedRound = Math.max(this.finishedRound, round);
  }
}

export interface CallObserver {
  counter: CloudCallCounter;
  requestId: string;
  logger: Logger;
  metrics: Metrics;
}

/** Wraps a driver for one request: every call is counted, timed, logged with the request id, and measured. */
export function countingDriver(driver: CloudDriver, observer: CallObserver): CloudDriver {
  const bound = driver.withRequestId?.(observer.requestId) ?? driver;
  return new Proxy(bound, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'withRequestId') return value;
      const call = value as (...args: unknown[]) => Promise<unknown>;
      const operation = String(property);
      return async (...args: unknown[]) => {
        const round = observer.counter.record(operation);
        const started = process.hrtime.bigint();
        let outcome = 'ok';
        try {
          return await call.apply(target, args);
        } catch (error) {
          outcome = error instanceof CanopyError ? error.code : 'error';
          throw error;
        } finally {
          observer.counter.finished(round);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          observer.metrics.cloudCalls.inc({ driver: driver.kind, operation, outcome });
          observer.metrics.cloudSeconds.observe({ driver: driver.kind, operation }, seconds);
          observer.logger.debug(
            { reqId: observer.requestId, cloud: driver.kind, operation, outcome, ms: Math.round(seconds * 1000) },
            'cloud call',
          );
        }
      };
    },
  });
}
