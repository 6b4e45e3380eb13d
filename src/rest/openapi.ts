import { STATUS_OF_CODE } from './envelope';
import { Param, ParamType } from './params';
import { operationName, Route } from './route';

type Schema = Record<string, unknown>;

const SCALARS: Record<ParamType, Schema> = {
  id: { type: 'integer', minimum: 1 },
  uuid: { type: 'string', minLength: 1 },
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  integer: { type: 'integer', minimum: -(2 ** 31 - 1), maximum: 2 ** 31 - 1 },
  ids: { type: 'array', items: { type: 'integer', minimum: 1 } },
  uuids: { type: 'array', items: { type: 'string', minLength: 1 } },
  strings: { type: 'array', items: { type: 'string' } },
  integers: { type: 'array', items: { type: 'integer', minimum: -(2 ** 31 - 1), maximum: 2 ** 31 - 1 } },
};

function schemaOf(param: Param, deprecated = false): Schema {
  const base = SCALARS[param.type];
  const values = param.values ? Object.keys(param.values) : undefined;
  const typed = values
    ? param.type === 'integer'
      ? { ...base, enum: values.map(Number) }
      : { ...base, enum: values }
    : base;
  return { ...typed, description: param.description, ...(deprecated ? { deprecated: true } : {}) };
}

/** `<int:tenant_id>` → `{tenant_id}`. */
function openapiPath(path: string): string {
  return path.replace(/<(?:int:)?([a-z_]+)>/g, '{$1}');
}

/** Each parameter any of the route's operations reads, required when every operation requires it. */
function paramsOf(route: Route): Array<{ param: Param; required: boolean }> {
  const seen = new Map<string, { param: Param; required: boolean }>();
  for (const operation of route.operations) {
    for (const param of operation.params) {
      const known = seen.get(param.name);
      seen.set(param.name, { param, required: (known?.required ?? true) && Boolean(param.required) });
    }
  }
  for (const [name, entry] of seen) {
    const everywhere = route.operations.every((operation) => operation.params.some((p) => p.name === name));
    if (!everywhere) entry.required = false;
  }
  return [...seen.values()];
}

const ENVELOPE_ERROR: Schema = {
  type: 'object',
  required: ['ok', 'error', 'request_id'],
  properties: {
    ok: { const: false },
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(STATUS_OF_CODE) },
        message: { type: 'string' },
        field: { type: 'string' },
        retry_after_seconds: { type: 'integer' },
      },
    },
    request_id: { type: 'string' },
  },
};
const ENVELOPE_OK: Schema = {
  type: 'object',
  required: ['ok', 'data', 'request_id'],
  properties: { ok: { const: true }, data: {}, request_id: { type: 'string' } },
};

function operationOf(route: Route): Schema {
  const pathNames = [...route.path.matchAll(/<(?:int:)?([a-z_]+)>/g)].map((found) => found[1]);
  const params = paramsOf(route);
  const inPath = params.filter(({ param }) => pathNames.includes(param.name));
  const rest = params.filter(({ param }) => !pathNames.includes(param.name));
  const inBody = route.method === 'POST' || route.method === 'PUT';
  const parameters = [
    ...inPath.map(({ param }) => ({ name: param.name, in: 'path', required: true, schema: schemaOf(param) })),
    ...(inBody
      ? []
      : rest.flatMap(({ param, required }) => [
          { name: param.name, in: 'query', required, schema: schemaOf(param) },
          ...(param.aliases ?? []).map((alias) => ({ name: alias, in: 'query', schema: schemaOf(param, true) })),
        ])),
  ];
  const body: Schema = {
    type: 'object',
    required: rest.filter(({ required }) => required).map(({ param }) => param.name),
    properties: Object.fromEntries(
      rest.flatMap(({ param }) => [
        [param.name, schemaOf(param)],
        ...(param.aliases ?? []).map((alias) => [alias, schemaOf(param, true)]),
      ]),
    ),
  };
  const graphql = route.operations.map((operation) => operationName(operation.document)).join(', ');
  const errors = Object.fromEntries(
    [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 502, 503].map((status) => [
      String(status),
      { description: 'A refusal', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/<(?:int:)?([a-z_]+)>/g, 'by_$1').replace(/[^A-Za-z0-9]+/g, '_')}`,
    summary: [route.seed].flat().join(' / '),
    description: [`Runs GraphQL ${graphql}.`, route.note].filter(Boolean).join(' '),
    // Logging in needs no session, and logging out ends one if there is any (GraphQL's logout is the same).
    ...(route.path.startsWith('/auth/') ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(inBody && rest.length > 0
      ? {
          requestBody: {
            required: body.required instanceof Array && body.required.length > 0,
            content: { 'application/json': { schema: body }, 'application/x-www-form-urlencoded': { schema: body } },
          },
        }
      : {}),
    responses: {
      '200': { description: 'Done', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ok' } } } },
      ...errors,
      // Node's HTTP server itself, before Canopy sees the request: a URL (GET and DELETE carry their
      // parameters in it) and headers over its 16 KiB limit. No body.
      '431': { description: 'Request line and headers too large (over 16 KiB)' },
    },
  };
}

/** The OpenAPI 3.1 document of the REST API, made from the route table. */
export function openapiDocument(routes: readonly Route[]): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const route of routes) {
    const path = openapiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Canopy REST API (the seed’s)',
      version: '1.0.0',
      description: 'The seed’s REST API, each route one GraphQL operation of /graphql (docs/REST.md).',
    },
    paths,
    components: {
      schemas: { Ok: ENVELOPE_OK, Error: ENVELOPE_ERROR },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'canopy_session' },
      },
    },
    security: [{ bearer: [] }, { cookie: [] }],
  };
}
