import { BadInputError, bi } from '../errors';

/** Canopy's own ids are positive integers sent as GraphQL ID strings; anything else is the client's mistake. */
export function parseId(value: string | number, field: string): number {
  const id = typeof value === 'number' ? value : /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new BadInputError(field, bi(`${field} must be a positive integer id`, `${field} 必须是正整数ID`));
  return id;
}

/** Network, subnet and router ids are the cloud's own (UUIDs); anything that cannot be one is the client's mistake. */
export function parseCloudId(value: string, field: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(value))
    throw new BadInputError(field, bi(`${field} must be a cloud id (a UUID)`, `${field} 必须是云平台ID（UUID）`));
  return value;
}

/** An optional integer id: null and missing are alike. */
export function parseOptionalId(value: string | null | undefined, field: string): number | undefined {
  return value === undefined || value === null ? undefined : parseId(value, field);
}
