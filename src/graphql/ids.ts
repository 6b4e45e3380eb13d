import { BadInputError } from '../errors';

/** Canopy's own ids are positive integers sent as GraphQL ID strings; anything else is the client's mistake. */
export function parseId(value: string | number, field: string): number {
  const id = typeof value === 'number' ? value : /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new BadInputError(field, `${field} must be a positive integer id`);
  return id;
}
