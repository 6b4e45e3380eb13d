import { dispatcher } from './client';

export interface RestAnswer {
  status: number;
  headers: Headers;
  body: {
    ok: boolean;
    data?: unknown;
    error?: { code: string; message: string; field?: string };
    request_id: string;
  };
}

/** How a call sends its parameters: the query string, a JSON body, or a form body. */
export type Carrier = 'query' | 'json' | 'form';

/** Calls the seed's REST API as its consoles and scripts do, with or without a session token. */
export class RestClient {
  /** Every `METHOD path-template` this client called, for the test that every route was walked. */
  constructor(
    readonly url: string,
    readonly token?: string,
    readonly called = new Set<string>(),
  ) {}

  withToken(token: string | undefined): RestClient {
    return new RestClient(this.url, token, this.called);
  }

  /**
   * `route` is the route's template (`GET /keystone/tenants/<int:tenant_id>`), `path` what it is
   * for this call when it has path parameters; parameters go where the seed's method puts them
   * (the query string for GET and DELETE, JSON for POST and PUT) unless `carrier` says otherwise.
   */
  async call(
    route: string,
    params: Record<string, unknown> = {},
    options: { path?: string; carrier?: Carrier; headers?: Record<string, string> } = {},
  ): Promise<RestAnswer> {
    const [method, template] = route.split(' ');
    this.called.add(route);
    const carrier = options.carrier ?? (method === 'GET' || method === 'DELETE' ? 'query' : 'json');
    const search = new URLSearchParams();
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value])
        (carrier === 'query' ? search : form).append(name, String(item));
    }
    const path = options.path ?? template;
    const query = carrier === 'query' && [...search].length > 0 ? `?${search}` : '';
    const body = carrier === 'json' ? JSON.stringify(params) : carrier === 'form' ? form.toString() : undefined;
    const response = await fetch(`${this.url}${path}${query}`, {
      method,
      headers: {
        ...(body === undefined
          ? {}
          : { 'content-type': carrier === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...options.headers,
      },
      body,
      dispatcher,
    } as RequestInit);
    return { status: response.status, headers: response.headers, body: (await response.json()) as RestAnswer['body'] };
  }

  /** The data of a call that must succeed. */
  async ok<T = Record<string, unknown>>(route: string, params?: Record<string, unknown>, path?: string): Promise<T> {
    const answer = await this.call(route, params, { path });
    if (answer.status !== 200 || !answer.body.ok)
      throw new Error(`${route}: expected success, got ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.data as T;
  }

  /** Logs in by POST /auth/login; the client then carries the token. */
  async login(identification: string, password: string): Promise<RestClient> {
    const data = await this.ok<{ token: string }>('POST /auth/login', { identification, password });
    return this.withToken(data.token);
  }
}
