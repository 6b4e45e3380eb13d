import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { sendJsonError } from './json-errors';
import { refusalInLanguage } from './language';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface GraphqlHandlerOptions<T extends BaseContext> {
  maxBodyBytes: number;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<T>;
  /** Told of any fault that is not a refused request (those are the client's, not ours). */
  unexpected: (error: unknown) => void;
}

/** A request Canopy refuses before GraphQL sees it: its status and which message to answer. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: 413 | 415 | 400,
    readonly kind: 'tooLarge' | 'encoding' | 'notJson' | 'bad',
  ) {
    super(kind);
  }
}

/**
 * /graphql on node's http server directly, the way Apollo's integrations do it, but without express's
 * router, body parser and response helpers: on a small query those cost more CPU than Apollo itself
 * (docs/PERFORMANCE.md, "Throughput"). The body is read here under the configured limit; only
 * `application/json` bodies are parsed, and Apollo answers everything else (GET queries, CSRF
 * checks, a missing or wrongly shaped body).
 */
export function graphqlHandler<T extends BaseContext>(
  apollo: ApolloServer<T>,
  options: GraphqlHandlerOptions<T>,
): NodeHandler {
  return (req, res) => {
    serve(apollo, options, req, res).catch((error: unknown) => {
      if (!(error instanceof HttpRefusal)) options.unexpected(error);
      sendJsonError(req, res, error);
    });
  };
}

async function serve<T extends BaseContext>(
  apollo: ApolloServer<T>,
  options: GraphqlHandlerOptions<T>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = req.method === 'POST' && isJson(req) ? parseJson(await readBody(req, options.maxBodyBytes)) : undefined;
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: query < 0 ? '' : url.slice(query),
      body,
    },
    context: () => options.context(req, res),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const body = res.statusCode === 200 ? response.body.string : refusalInLanguage(response.body.string, req);
    // One string to end(): node sends the headers and the body in one write.
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * One GraphQL request run in-process through the same Apollo server as /graphql (plugins, limits,
 * formatError) with this HTTP request's context: the REST layer's one way in (src/rest).
 */
export function inProcessGraphql<T extends BaseContext>(
  apollo: ApolloServer<T>,
  context: (req: IncomingMessage, res: ServerResponse) => Promise<T>,
) {
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    body: { query: string; operationName: string; variables: Record<string, unknown> },
  ): Promise<{ status: number; body: string }> => {
    const headers = new HeaderMap();
    for (const name of ['authorization', 'cookie', 'accept-language', 'user-agent', 'x-forwarded-for']) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('content-type', 'application/json');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => context(req, res),
    });
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    const status = response.status ?? 200;
    return { status, body: status === 200 ? text : refusalInLanguage(text, req) };
  };
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const end = type.indexOf(';');
  return (end < 0 ? type : type.slice(0, end)).trim().toLowerCase() === 'application/json';
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'notJson');
  }
}

/** The request body as UTF-8 text; refused past `limit` bytes (declared or sent) and when compressed. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return Promise.reject(new HttpRefusal(415, 'encoding'));
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(new HttpRefusal(413, 'tooLarge'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      reject(new HttpRefusal(413, 'tooLarge'));
    };
    req.on('data', onData);
    req.once('end', () =>
      resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')),
    );
    // A client that goes away mid-body is its own business, not a fault of ours to log.
    req.once('error', () => reject(new HttpRefusal(400, 'bad')));
    req.once('close', () => {
      if (!req.complete) reject(new HttpRefusal(400, 'bad'));
    });
  });
}
