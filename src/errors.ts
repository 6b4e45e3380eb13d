import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

/**
 * The one error hierarchy. Services throw these; `formatError` below is the one place that turns
 * them (and anything unexpected) into GraphQL errors with PRODUCT.md's `extensions.code`.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'RATE_LIMITED';

export abstract class CanopyError extends Error {
  abstract readonly code: ErrorCode;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class UnauthenticatedError extends CanopyError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Not logged in, or the session has ended') {
    super(message);
  }
}

export class ForbiddenError extends CanopyError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class BadInputError extends CanopyError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
  extensions() {
    return { field: this.field };
  }
}

export class NotFoundError extends CanopyError {
  readonly code = 'NOT_FOUND';
  constructor(kind: string, id?: string | number) {
    super(id === undefined ? `${kind} not found` : `${kind} ${id} not found`);
  }
}

export class ConflictError extends CanopyError {
  readonly code = 'CONFLICT';
}

export class QuotaExceededError extends CanopyError {
  readonly code = 'QUOTA_EXCEEDED';
  constructor(
    readonly resource: string,
    message = `Quota exceeded for ${resource}`,
  ) {
    super(message);
  }
  extensions() {
    return { resource: this.resource };
  }
}

export class UpstreamUnavailableError extends CanopyError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(message = 'The cloud is unreachable or failing; try again later') {
    super(message);
  }
}

export class RateLimitedError extends CanopyError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts; try again later',
  ) {
    super(message);
  }
  extensions() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** Apollo's own codes for requests that never reached a resolver: they are all the client's input. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export interface ErrorLogger {
  (error: unknown): void;
}

/** Maps any error to what a client may see: a code, a message, never a stack, SQL or credential. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logUnexpected: ErrorLogger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof CanopyError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions() } };
  }
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0] as { property?: string; constraints?: Record<string, string>; children?: unknown[] } | undefined;
    const { field, message } = describeValidationError(first);
    return { ...base, message, extensions: { code: 'BAD_USER_INPUT', field } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const { reason, cost, maxCost } = formatted.extensions ?? {};
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: reason ?? code, ...(cost === undefined ? {} : { cost, maxCost }) } };
  }
  if (original instanceof GraphQLError && !original.originalError && original.nodes) {
    // A GraphQL execution error about the request itself (e.g. a bad enum value in variables).
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logUnexpected(original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

interface ValidationNode {
  property?: string;
  constraints?: Record<string, string>;
  children?: unknown[];
}

/** class-validator nests errors for nested inputs; the deepest property is the field a form shows. */
function describeValidationError(node: ValidationNode | undefined): { field: string; message: string } {
  let current = node;
  const path: string[] = [];
  while (current) {
    if (current.property) path.push(current.property);
    if (current.constraints) {
      const message = Object.values(current.constraints)[0] ?? 'Invalid value';
      return { field: path[path.length - 1] ?? 'input', message };
    }
    current = current.children?.[0] as ValidationNode | undefined;
  }
  return { field: path[path.length - 1] ?? 'input', message: 'Invalid input' };
}
