/**
 * A value now, or later. Field resolvers of big lists answer with a plain value when they can:
 * graphql-js completes an object whose fields are all plain values without a promise, and on a
 * page of thousands of servers promises were most of the CPU and the garbage (docs/PERFORMANCE.md).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `fn(value)`, at once when the value is there, after it when it is a promise. */
export function then<T, R>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
