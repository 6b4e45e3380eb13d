/** The driver's error code, on the error or (drizzle wraps query errors) on its cause. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause === undefined ? undefined : errorCode(cause);
}

/** True when the database refused a write for breaking a UNIQUE constraint (a lost race on a name), on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Node's socket errors and PostgreSQL's connection-exception class (08…) and shutdown states (57P01–57P03). */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|08...|57P0[123])$/;
/** node-postgres's own words when a connection ends under it or none can be had in time. */
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/** True when the database itself could not be reached (PostgreSQL down, restarting, or the network to it gone). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error; typeof current === 'object' && current !== null;) {
    const { code, message, cause, originalError } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof code === 'string' && UNREACHABLE.test(code)) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true;
    // drizzle wraps a driver's error as `cause`; GraphQL (and Apollo, for a failed context) as `originalError`.
    current = cause ?? originalError;
  }
  return false;
}
