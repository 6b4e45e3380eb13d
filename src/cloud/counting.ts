import { CloudDriver } from './driver';

/** Cloud calls made while serving one request; tests pin it and CANOPY_DEBUG_CALLS reports it. */
export class CloudCallCounter {
  total = 0;
  readonly byOperation = new Map<string, number>();
  record(operation: string): void {
    this.total++;
    this.byOperation.set(operation, (this.byOperation.get(operation) ?? 0) + 1);
  }
}

/** Wraps a driver so that every call is counted; one wrapper per request. */
export function countingDriver(driver: CloudDriver, counter: CloudCallCounter): CloudDriver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.record(String(property));
        return value.apply(target, args);
      };
    },
  });
}
