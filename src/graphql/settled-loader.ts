import DataLoader from 'dataloader';
import { MaybePromise } from './maybe-promise';

/**
 * A DataLoader cache that also keeps what each cached promise resolved to. It follows the loader:
 * a key cleared or primed anew is forgotten until its new promise settles.
 */
class SettledCache<K, V> {
  private readonly promises = new Map<K, Promise<V>>();
  private readonly values = new Map<K, V>();
  /** Set while the loader primes a value: known at once, no promise to wait on. */
  priming: { value: V } | undefined;

  get(key: K): Promise<V> | undefined {
    return this.promises.get(key);
  }

  set(key: K, promise: Promise<V>): void {
    this.promises.set(key, promise);
    if (this.priming) return void this.values.set(key, this.priming.value);
    this.values.delete(key);
    promise.then(
      (value) => {
        if (this.promises.get(key) === promise) this.values.set(key, value);
      },
      () => undefined,
    );
  }

  delete(key: K): boolean {
    this.values.delete(key);
    return this.promises.delete(key);
  }

  clear(): void {
    this.promises.clear();
    this.values.clear();
  }

  has(key: K): boolean {
    return this.values.has(key);
  }

  value(key: K): V | undefined {
    return this.values.get(key);
  }
}

/**
 * A DataLoader whose loaded values can be read without a promise: on a page of thousands of
 * servers, the fields of each read the server, its flavor, image, networks and assignee already
 * loaded for the page, and a field that answers a plain value costs graphql-js no promise
 * (docs/PERFORMANCE.md).
 */
export class SettledLoader<K, V> extends DataLoader<K, V> {
  private readonly settled: SettledCache<K, V>;

  constructor(batch: DataLoader.BatchLoadFn<K, V>) {
    const settled = new SettledCache<K, V>();
    super(batch, { cacheMap: settled });
    this.settled = settled;
  }

  /** A page primes a thousand servers at once: each is known without a promise reaction. */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (value instanceof Error || (typeof value === 'object' && value !== null && 'then' in value))
      return super.prime(key, value);
    this.settled.priming = { value };
    try {
      return super.prime(key, value);
    } finally {
      this.settled.priming = undefined;
    }
  }

  /** The value at once when it was loaded already, else the loader's promise of it. */
  loadNow(key: K): MaybePromise<V> {
    return this.settled.has(key) ? (this.settled.value(key) as V) : this.load(key);
  }
}

/** A loader of cloud objects by id from a driver call answering a map (absent: undefined). */
export function byIdLoader<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
): SettledLoader<string, V | undefined> {
  return new SettledLoader(async (ids: readonly string[]) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id));
  });
}
