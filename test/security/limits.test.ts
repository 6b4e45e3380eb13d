import { once } from 'node:events';
import net from 'node:net';
import { createLogger } from '../../src/observability/logger';
import { postRaw, query, RawBody } from '../helpers/raw';
import { startTestServer, TestServer } from '../helpers/server';
import { login } from '../helpers/world';

/** Hostile queries and broken requests get a clear BAD_USER_INPUT, never a stack trace. */
describe('request limits', () => {
  let server: TestServer;
  let auth: Record<string, string>;
  const logged: Array<{ msg: string }> = [];

  beforeAll(async () => {
    server = await startTestServer({
      env: { CANOPY_MAX_BODY_BYTES: '20000', CANOPY_CORS_ORIGINS: 'https://console.example' },
      logger: createLogger('info', { write: (line: string) => void logged.push(JSON.parse(line) as { msg: string }) }),
    });
    auth = { authorization: `Bearer ${(await login(server, 'admin', server.adminPassword)).token}` };
  });
  afterAll(() => server.close());

  const nested = (depth: number) => `{ platformRootGroup { ${'children { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
  const expectNoInternals = (text: string) => expect(text).not.toMatch(/stack|node_modules|\.ts:\d+|SELECT /i);

  it('refuses a query deeper than the limit, and accepts one within it', async () => {
    const deep = await query(server.url, nested(12), auth);
    expect(deep.json().errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expectNoInternals(deep.text);
    const fine = await query(server.url, nested(3), auth);
    expect(fine.json().errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    expect((await query(server.url, `{ ${aliases} }`, auth)).json().errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses a query whose nested lists multiply past the cost limit', async () => {
    const costly = await query(
      server.url,
      `{ tenants { nodes { rootGroup { children { children { users { nodes { memberships { group { users { nodes { id } } } } } } } } } } } }`,
      auth,
    );
    expect(costly.json().errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
  });

  it('refuses batched operations', async () => {
    const batch = await postRaw(
      server.url,
      JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
      auth,
    );
    expect(batch.status).toBe(400);
    expectNoInternals(batch.text);
  });

  it("answers a body that is too large or not JSON in GraphQL's shape, without internals", async () => {
    const large = await postRaw(server.url, JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(30000)}` }));
    expect(large.status).toBe(413);
    expect(large.json().errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const broken = await postRaw(server.url, '{not json');
    expect(broken.status).toBe(400);
    expect(broken.json().errors?.[0]).toEqual({
      message: 'Request body is not valid JSON',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expectNoInternals(large.text + broken.text);
  });

  it("refuses a body past the limit that declares no length, and compressed bodies, in the client's language", async () => {
    const oversized = JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(30000)}` });
    const chunks = new ReadableStream({
      start(controller) {
        for (let at = 0; at < oversized.length; at += 4000)
          controller.enqueue(new TextEncoder().encode(oversized.slice(at, at + 4000)));
        controller.close();
      },
    });
    const streamed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.headers.get('content-length')).not.toBeNull();
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as RawBody).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const gzipped = await postRaw(server.url, 'x', { 'content-encoding': 'gzip', 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(gzipped.status).toBe(415);
    expect(gzipped.json().errors?.[0]).toEqual({
      message: '不接受压缩的请求体',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await query(server.url, '{ viewer { id } }', auth)).json().errors).toBeUndefined(); // the server still answers
  });

  it('shrugs off a client that goes away in the middle of its body', async () => {
    const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
    // Node answers "100 Continue" as it hands the request to Canopy's handler, so from then on the
    // client leaves mid-body however slow the machine is.
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\nExpect: 100-continue\r\n\r\n',
    );
    expect(String((await once(socket, 'data'))[0])).toMatch(/^HTTP\/1.1 100/);
    // Part of the body, then the client's end. The server closes the connection, and tells the
    // handler before that close can reach the client: the handler's fault, if any, is logged by then.
    socket.end('{"query":');
    await once(socket, 'close');
    expect((await query(server.url, '{ viewer { id } }', auth)).json().errors).toBeUndefined();
    expect(logged.filter((line) => line.msg === 'unexpected error')).toEqual([]);
  });

  it('refuses a cookie-carrying simple request (CSRF) but not JSON', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { cookie: 'canopy_session=x' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://console.example')).headers.get('access-control-allow-origin')).toBe(
      'https://console.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('introspection and explorer switched off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { CANOPY_INTROSPECTION: '0', CANOPY_GRAPHIQL: '0' } });
  });
  afterAll(() => server.close());

  it('refuses introspection and does not suggest field names', async () => {
    expect((await query(server.url, '{ __schema { types { name } } }')).json().errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const typo = (await query(server.url, '{ viewr { id } }')).text;
    expect(typo).not.toMatch(/Did you mean/);
  });

  it('serves no explorer, and answers unknown paths in JSON', async () => {
    const explorer = await fetch(`${server.url}/graphiql`);
    expect(explorer.status).toBe(404);
    expect(await explorer.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(explorer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives refusals made before GraphQL runs a request id too', async () => {
    const refused = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { 'x-request-id': 'refused-1' },
    });
    expect(refused.status).toBe(400); // CSRF: a simple GET
    expect(refused.headers.get('x-request-id')).toBe('refused-1');
    const body = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' });
    const inChinese = await fetch(`${server.url}/graphql`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
      body: '{}',
    });
    expect(inChinese.status).toBe(405);
    expect(((await inChinese.json()) as RawBody).errors?.[0]).toEqual({
      message: expect.stringMatching(/^请求有误：/) as unknown,
      extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
    });
  });
});
