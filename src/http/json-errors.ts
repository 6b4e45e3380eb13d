import { ErrorRequestHandler } from 'express';
import { languageOf } from './language';

const MESSAGES = {
  tooLarge: { en: 'Request body too large', zh: '请求体过大' },
  notJson: { en: 'Request body is not valid JSON', zh: '请求体不是有效的 JSON' },
  bad: { en: 'Bad request', zh: '请求有误' },
  internal: { en: 'Internal server error', zh: '服务器内部错误' },
};

/**
 * Express answers a body it cannot read (bad JSON, too large) with an HTML page carrying a stack
 * trace; this answers in GraphQL's shape instead, and never with internals.
 */
export const jsonErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, req, res, _next) => {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const text = error.type === 'entity.too.large' ? MESSAGES.tooLarge : error.type === 'entity.parse.failed' ? MESSAGES.notJson : status < 500 ? MESSAGES.bad : MESSAGES.internal;
  res.status(status).json({ errors: [{ message: text[languageOf(req)], extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
};
