import { CanopyError, Language } from '../errors';

/**
 * The one JSON envelope of every REST answer (docs/REST.md): `{ ok: true, data, request_id }`,
 * or `{ ok: false, error: { code, message, field? }, request_id }` with the HTTP status of the code.
 */
export interface RestError {
  code: string;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

export const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUOTA_EXCEEDED: 409,
  RATE_LIMITED: 429,
  UPSTREAM_UNAVAILABLE: 502,
  INTERNAL_SERVER_ERROR: 500,
};

export function statusOf(error: RestError, graphqlStatus: number): number {
  // GraphQL answers 503 when the database is away (no session could be read): a retry helps.
  if (graphqlStatus === 503) return 503;
  return STATUS_OF_CODE[error.code] ?? 500;
}

/** One of Canopy's errors as the envelope gives it, in the request's language. */
export function restErrorOf(error: CanopyError, language: Language): RestError {
  const { field } = error.extensions() as { field?: string };
  return {
    code: error.code,
    message: language === 'zh' ? error.chinese() : error.message,
    ...(field ? { field } : {}),
  };
}

/** camelCase keys as snake_case (`customerManager` → `customer_manager`), the seed's naming. */
export function snakeCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCase);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeCase(item)]),
  );
}
