import DataLoader from 'dataloader';
import { MaybePromise } from '../graphql/maybe-promise';

/**
 * A DataLoader cache that also keeps what each cached promise resolved to. It follows the loader:
 * a key cleared or primed anew is forgotten until its new promise settles.
 */
class SettledCache<V> {
  private readonly promises = new Map<string, Promise<V>>();
  private readonly values = new Map<string, V>();

  get(key: string): Promise<V> | undefined {
    return this.promises.get(key);
  }

  set(key: string, promise: Promise<V>): void {
    this.promises.set(key, promise);
    this.values.delete(key);
    promise.then(
      (value) => {
        if (this.promises.get(key) === promise) this.values.set(key, value);
      },
      () => undefined,
    );
  }

  delete(key: string): boolean {
    this.values.delete(key);
    return this.promises.delete(key);
  }

  clear(): void {
    this.promises.clear();
    this.values.clear();
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  value(key: string): V | undefined {
    return this.values.get(key);
  }
}

/**
 * A by-id loader whose loaded values can be read without a promise: on a page of thousands of
 * servers, the fields of each read the server, its flavor, image and networks already loaded for
 * the page, and a field that answers a plain value costs graphql-js no promise (docs/PERFORMANCE.md).
 */
export class ByIdLoader<V> extends DataLoader<string, V | undefined> {
  private readonly settled: SettledCache<V | undefined>;

  constructor(fetch: (ids: readonly string[]) => Promise<Map<string, V>>) {
    const settled = new SettledCache<V | undefined>();
    super(
      async (ids) => {
        const found = await fetch(ids);
        return ids.map((id) => found.get(id));
      },
      { cacheMap: settled },
    );
    this.settled = settled;
  }

  /** The value at once when it was loaded already, else the loader's promise of it. */
  loadNow(id: string): MaybePromise<V | undefined> {
    return this.settled.has(id) ? this.settled.value(id) : this.load(id);
  }
}
