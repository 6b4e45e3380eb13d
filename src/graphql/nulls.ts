/** Optional input fields: an explicit null means "not given", as leaving the field out does. */
export type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

/**
 * Drops the null fields of an input, so an update never writes null into a column that takes
 * none (found by fuzzing: `updateGroup(description: null)` was an internal error).
 */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as WithoutNulls<T>;
}
