import { IncomingMessage, ServerResponse } from 'node:http';
import { BadInputError, bi, Bilingual, CanopyError, Language } from '../errors';
import { restErrorOf, RestError, snakeCase, statusOf } from './envelope';
import { Raw, readParams, Values } from './params';
import { Method, Operation, operationName, Route } from './route';

export interface GraphqlRequest {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

/** GraphQL's answer over HTTP: its status and JSON body. */
export interface GraphqlAnswer {
  status: number;
  body: string;
}

/** What the REST layer needs of the HTTP layer, given by it (src/http/server.ts): REST imports no layer above GraphQL helpers. */
export interface RestOptions {
  /** Runs one GraphQL request in-process through the same Apollo server as /graphql, with this request's context. */
  execute(req: IncomingMessage, res: ServerResponse, request: GraphqlRequest): Promise<GraphqlAnswer>;
  /** The request body as text, under the configured limit (refusals carry a `status`). */
  readBody(req: IncomingMessage): Promise<string>;
  language(req: IncomingMessage): Language;
  unexpected(error: unknown): void;
  /** The OpenAPI document, served at /openapi.json. */
  openapi: unknown;
}

interface CompiledPath {
  pattern: RegExp;
  names: string[];
  methods: Map<Method, Route>;
}

const REFUSALS: Record<number, Bilingual> = {
  400: bi('Bad request', '请求有误'),
  405: bi('This URL does not serve this method', '此 URL 不支持该请求方法'),
  413: bi('Request body too large', '请求体过大'),
  415: bi(
    'Send JSON or a form (application/x-www-form-urlencoded)',
    '请以 JSON 或表单（application/x-www-form-urlencoded）发送',
  ),
};

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly allow?: string,
  ) {
    super(`refused ${status}`);
  }
}

/** `/keystone/tenants/<int:tenant_id>` → a matcher and its parameter names. */
function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/<(?:(int):)?([a-z_]+)>/g, (_whole, int: string | undefined, name: string) => {
    names.push(name);
    return int ? '([0-9]+)' : '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}/?$`), names };
}

/** A path part as sent when it is not valid percent-encoding: its parameter then refuses it. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The seed's REST API over the route table: each request becomes one GraphQL request. */
export function restApi(routes: readonly Route[], options: RestOptions) {
  const paths = new Map<string, CompiledPath>();
  for (const route of routes) {
    const compiled = paths.get(route.path) ?? { ...compile(route.path), methods: new Map<Method, Route>() };
    if (compiled.methods.has(route.method)) throw new Error(`Two routes for ${route.method} ${route.path}`);
    paths.set(route.path, { ...compiled, methods: compiled.methods.set(route.method, route) });
  }
  const openapi = JSON.stringify(options.openapi);
  const match = (path: string) => {
    for (const compiled of paths.values()) {
      const found = compiled.pattern.exec(path);
      if (found)
        return {
          compiled,
          pathValues: Object.fromEntries(compiled.names.map((name, i) => [name, decoded(found[i + 1])])),
        };
    }
    return undefined;
  };

  // Every path under the seed's first segments is REST's, so an unknown one gets the envelope's 404.
  const prefixes = [...new Set(routes.map((route) => `/${route.path.split('/')[1]}/`))];
  return {
    serves: (path: string) => path === '/openapi.json' || prefixes.some((prefix) => path.startsWith(prefix)),
    handle(req: IncomingMessage, res: ServerResponse): void {
      const url = new URL(req.url ?? '/', 'http://canopy');
      if (url.pathname === '/openapi.json') return void send(res, 200, openapi);
      const language = options.language(req);
      const matched = match(url.pathname);
      if (!matched) {
        const message = bi(
          'No route of the seed’s REST API here (see /openapi.json)',
          '此路径不是 REST 接口（见 /openapi.json）',
        );
        return answerError(res, 404, { code: 'NOT_FOUND', message: message[language] });
      }
      serve(req, res, url, matched.compiled, matched.pathValues, options).catch((error: unknown) => {
        if (error instanceof Refusal) {
          if (error.allow) res.setHeader('allow', error.allow);
          return answerError(res, error.status, { code: 'BAD_USER_INPUT', message: REFUSALS[error.status][language] });
        }
        if (error instanceof CanopyError)
          return answerError(res, statusOf(restErrorOf(error, language), 200), restErrorOf(error, language));
        const status = (error as { status?: unknown } | null)?.status;
        if (typeof status === 'number' && REFUSALS[status]) {
          // The rest of a body too large is not read: the connection cannot carry another request.
          if (status === 413) res.shouldKeepAlive = false;
          return answerError(res, status, { code: 'BAD_USER_INPUT', message: REFUSALS[status][language] });
        }
        options.unexpected(error);
        answerError(res, 500, {
          code: 'INTERNAL_SERVER_ERROR',
          message: language === 'zh' ? '服务器内部错误' : 'Internal server error',
        });
      });
    },
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  compiled: CompiledPath,
  pathValues: Raw,
  options: RestOptions,
): Promise<void> {
  const route = compiled.methods.get((req.method ?? 'GET').toUpperCase() as Method);
  if (!route) throw new Refusal(405, [...compiled.methods.keys()].join(', '));
  const raw: Raw = { ...fields(url.searchParams), ...(await bodyFields(req, options)), ...pathValues };
  const operation = pick(route.operations, raw);
  const values = readParams(operation.params, raw);
  const answer = await options.execute(req, res, {
    query: operation.document,
    operationName: operationName(operation.document),
    variables: variablesOf(operation, values),
  });
  const body = parse(answer.body);
  const first = body.errors?.[0];
  if (first) {
    const error = graphqlError(first);
    if (error.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(error.retryAfterSeconds));
    return answerError(res, statusOf(error, answer.status), error);
  }
  const data = body.data ?? {};
  const result = typeof operation.answer === 'function' ? operation.answer(data, values) : at(data, operation.answer);
  send(res, 200, JSON.stringify({ ok: true, data: snakeCase(result), request_id: requestId(res) }));
}

/** The route's operation for these parameters: the first whose `whenGiven` parameter is present, else the last. */
function pick(operations: readonly Operation[], raw: Raw): Operation {
  const given = (name: string) => raw[name] !== undefined && raw[name] !== '';
  return (
    operations.find((operation) => !operation.whenGiven || given(operation.whenGiven)) ??
    operations[operations.length - 1]
  );
}

function variablesOf(operation: Operation, values: Values): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const param of operation.params) {
    if (param.field && values[param.name] !== undefined) fields[param.field] = values[param.name];
  }
  return operation.into === 'input' ? { input: fields } : fields;
}

/** A query string's or form's fields: a repeated name (or `name[]`) is a list. */
function fields(search: URLSearchParams): Raw {
  const raw: Raw = {};
  for (const [key, value] of search) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    const known = raw[name];
    raw[name] = known === undefined ? value : Array.isArray(known) ? [...(known as unknown[]), value] : [known, value];
  }
  return raw;
}

async function bodyFields(req: IncomingMessage, options: RestOptions): Promise<Raw> {
  const text = await options.readBody(req);
  if (text.trim() === '') return {};
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return fields(new URLSearchParams(text));
  if (type !== 'application/json' && !type.endsWith('+json')) throw new Refusal(415);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadInputError(undefined, bi('The body is not valid JSON', '请求体不是有效的 JSON'));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new BadInputError(undefined, bi('The body must be a JSON object', '请求体须为 JSON 对象'));
  return parsed as Raw;
}

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function parse(text: string): GraphqlBody {
  return JSON.parse(text) as GraphqlBody;
}

function graphqlError(error: NonNullable<GraphqlBody['errors']>[number]): RestError {
  const { code, field, retryAfterSeconds } = error.extensions ?? {};
  return {
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    message: error.message,
    ...(typeof field === 'string' ? { field } : {}),
    ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
  };
}

function at(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);
}

function requestId(res: ServerResponse): string {
  return String(res.getHeader('x-request-id') ?? '');
}

function answerError(res: ServerResponse, status: number, error: RestError): void {
  const { retryAfterSeconds, ...shown } = error;
  const details = retryAfterSeconds === undefined ? shown : { ...shown, retry_after_seconds: retryAfterSeconds };
  send(res, status, JSON.stringify({ ok: false, error: details, request_id: requestId(res) }));
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return void res.destroy();
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
