import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Agent } from 'undici';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResponse<R> {
  status: number;
  data?: R | null;
  errors?: GqlError[];
  extensions?: Record<string, unknown>;
  headers: Headers;
}

/**
 * The tests' connections to Canopy. Idle ones close after 10 s, long before the server's 65 s
 * (src/http/server.ts): client and server share this process's event loop, whose stalls under load
 * start their idle clocks seconds apart, and a client reusing a connection the server is closing
 * gets a reset ("fetch failed"; undici does not retry a POST).
 */
export const dispatcher = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 10_000 });

/** Sends codegen'd typed documents to a live server over HTTP, as a console would. */
export class GqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  withToken(token: string | undefined): GqlClient {
    return new GqlClient(this.url, token, this.extraHeaders);
  }

  async request<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<R>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
      dispatcher,
    } as RequestInit);
    const body = (await response.json()) as Omit<GqlResponse<R>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** The data of a request that must succeed. */
  async ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
    const response = await this.request(document, variables);
    if (response.errors?.length || !response.data)
      throw new Error(`Expected success, got ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  /** The first error of a request that must fail. */
  async fail<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GqlError> {
    const response = await this.request(document, variables);
    if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
    return response.errors[0];
  }

  /** The error code of a request that must fail. */
  async code<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<string | undefined> {
    return (await this.fail(document, variables)).extensions?.code;
  }
}
