import { ErrorRequestHandler } from 'express';

/**
 * Express answers a body it cannot read (bad JSON, too large) with an HTML page carrying a stack
 * trace; this answers in GraphQL's shape instead, and never with internals.
 */
export const jsonErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large' ? 'Request body too large' : error.type === 'entity.parse.failed' ? 'Request body is not valid JSON' : status < 500 ? 'Bad request' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
};
