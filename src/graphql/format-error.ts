import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from '../db/constraints';
import { bi, CanopyError, CODE_ZH, UpstreamUnavailableError } from '../errors';

/** Apollo's own codes for requests that never reached a resolver: they are all the client's input. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Where the Chinese message waits until the response's language is known: the language plugin
 * (or, for refusals made before a request starts, the /graphql handler) picks one message per
 * error and removes this key, so clients never see it.
 */
export const CHINESE = 'messageZh';

export interface ErrorLogger {
  (error: unknown): void;
}

/**
 * The one mapping from errors to what a client may see: a code, a message (English, with its
 * Chinese form beside it), the cloud's request id when the cloud refused, and never a stack,
 * SQL or credential.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: ErrorLogger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof CanopyError) {
    const trace = original.openstackRequestId ? { openstackRequestId: original.openstackRequestId } : {};
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extensions(), ...trace, [CHINESE]: original.chinese() },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0] as ValidationNode | undefined;
    const { field, message } = describeValidationError(first);
    return {
      ...base,
      message,
      extensions: { code: 'BAD_USER_INPUT', field, [CHINESE]: `字段 ${field} 输入有误：${message}` },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const { reason, cost, maxCost } = formatted.extensions ?? {};
    return {
      ...base,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: reason ?? code,
        ...(cost === undefined ? {} : { cost, maxCost }),
        [CHINESE]: `请求有误：${formatted.message}`,
      },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && original.nodes) {
    // A GraphQL execution error about the request itself (e.g. a bad enum value in variables).
    return { ...base, extensions: { code: 'BAD_USER_INPUT', [CHINESE]: `请求有误：${formatted.message}` } };
  }
  if (isDatabaseUnavailable(original)) {
    // Logged too: an operator should see the database went away, but the client only needs to retry.
    logUnexpected(original);
    const unavailable = new UpstreamUnavailableError(
      bi('The database is unreachable; try again shortly', '数据库暂时无法访问，请稍后再试'),
    );
    return {
      ...base,
      message: unavailable.message,
      extensions: { code: unavailable.code, [CHINESE]: unavailable.chinese() },
    };
  }
  logUnexpected(original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', [CHINESE]: CODE_ZH.INTERNAL_SERVER_ERROR },
  };
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
