import { dispatcher } from './client';

/** What /graphql answers, as far as these tests read it. */
export interface RawBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}

/** Raw HTTP to /graphql, for what typed documents cannot express (hostile queries, broken bodies). */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: () => RawBody }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    dispatcher,
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as RawBody };
}

export function query(url: string, source: string, headers: Record<string, string> = {}) {
  return postRaw(url, JSON.stringify({ query: source }), headers);
}
