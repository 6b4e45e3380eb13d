import type { ServerResponse } from 'node:http';

/** Answers an in-process fake OpenStack call with a JSON body. */
export function answerJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/**
 * Keystone's answer to POST /v3/auth/tokens: a token `token` valid for an hour, whose catalog has
 * one public endpoint per service type in region R.
 */
export function answerToken(res: ServerResponse, token: string, endpoints: Record<string, string>): void {
  const catalog = Object.entries(endpoints).map(([type, url]) => ({
    type,
    endpoints: [{ interface: 'public', region_id: 'R', url }],
  }));
  const expires_at = new Date(Date.now() + 3600_000).toISOString();
  answerJson(
    res,
    201,
    { token: { expires_at, user: { id: 'u' }, project: { id: 'p' }, catalog } },
    { 'x-subject-token': token },
  );
}
