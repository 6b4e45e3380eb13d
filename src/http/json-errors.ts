import { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorRequestHandler, RequestHandler } from 'express';
import { languageOf } from './language';

const MESSAGES = {
  tooLarge: { en: 'Request body too large', zh: '请求体过大' },
  notJson: { en: 'Request body is not valid JSON', zh: '请求体不是有效的 JSON' },
  encoding: { en: 'Compressed request bodies are not accepted', zh: '不接受压缩的请求体' },
  notFound: {
    en: 'Nothing here: Canopy serves /graphql, /graphiql, /healthz, /readyz and /metrics',
    zh: '此路径不存在：Canopy 提供 /graphql、/graphiql、/healthz、/readyz 和 /metrics',
  },
  bad: { en: 'Bad request', zh: '请求有误' },
  internal: { en: 'Internal server error', zh: '服务器内部错误' },
};

type Refusal = { status?: number; kind?: keyof typeof MESSAGES };

/**
 * Answers a request that failed before GraphQL could (a body too large, not JSON, compressed, or
 * an unexpected fault) in GraphQL's shape, in the client's language, and never with internals:
 * express's own answer is an HTML page carrying a stack trace.
 */
export function sendJsonError(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const { status: given, kind } = (typeof error === 'object' && error !== null ? error : {}) as Refusal;
  const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
  const text = MESSAGES[kind ?? (status < 500 ? 'bad' : 'internal')];
  const code = status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  const body = JSON.stringify({ errors: [{ message: text[languageOf(req)], extensions: { code } }] });
  if (res.headersSent) return void res.destroy();
  // The rest of a refused body is not read: the connection cannot carry another request.
  if (status === 413) res.shouldKeepAlive = false;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** A path no route serves: the same JSON shape, not express's HTML page. */
export const notFound: RequestHandler = (req, res) => sendJsonError(req, res, { status: 404, kind: 'notFound' });

/** The same answer for errors raised in express's routes (the explorer, health, metrics). */
export const jsonErrors: ErrorRequestHandler = (error, req, res, _next) => sendJsonError(req, res, error);
