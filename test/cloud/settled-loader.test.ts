import { SettledLoader } from '../../src/graphql/settled-loader';

/** The loader behind the servers page's promise-free fields must never answer a stale or a wrong value. */
describe('SettledLoader', () => {
  const loader = () => {
    const batches: number[][] = [];
    const source = new Map([
      [1, 'one'],
      [2, 'two'],
    ]);
    return {
      batches,
      source,
      loader: new SettledLoader<number, string | undefined>(
        (keys) => (batches.push([...keys]), Promise.resolve(keys.map((key) => source.get(key)))),
      ),
    };
  };

  it('answers a promise until a value has loaded, then the value itself, absent ones included', async () => {
    const { loader: l, batches } = loader();
    const first = l.loadNow(1);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('one');
    await l.loadMany([2, 3]);
    expect([l.loadNow(1), l.loadNow(2), l.loadNow(3)]).toEqual(['one', 'two', undefined]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('forgets a cleared key until it loads again, and follows prime at once', async () => {
    const { loader: l, source } = loader();
    await l.load(1);
    source.set(1, 'uno');
    l.clear(1);
    const reloaded = l.loadNow(1);
    expect(reloaded).toBeInstanceOf(Promise);
    expect(await reloaded).toBe('uno');
    l.clear(2).prime(2, 'primed');
    expect(l.loadNow(2)).toBe('primed');
    l.prime(2, 'ignored'); // DataLoader keeps the first primed value
    expect(l.loadNow(2)).toBe('primed');
    l.clearAll();
    expect(l.loadNow(2)).toBeInstanceOf(Promise);
  });

  it('never settles a failure: a primed error stays a rejected promise', async () => {
    const { loader: l } = loader();
    l.prime(5, new Error('gone'));
    const answer = l.loadNow(5);
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).rejects.toThrow('gone');
  });
});
