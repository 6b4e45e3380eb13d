import { GqlClient } from '../helpers/client';
import { openTestDb } from '../helpers/database';
import { CreateTenant, Login, Viewer } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createLogger } from '../../src/observability/logger';
import { login } from '../helpers/world';

describe('logs, metrics, readiness', () => {
  let server: TestServer;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];

  beforeAll(async () => {
    const logger = createLogger('debug', {
      write: (line: string) => void (raw.push(line), lines.push(JSON.parse(line) as Record<string, unknown>)),
    });
    server = await startTestServer({ logger });
  });
  afterAll(() => server.close());

  it("keeps the client's X-Request-ID, returns it, and logs it with the request and each of its cloud calls", async () => {
    const admin = await login(server, 'admin', server.adminPassword);
    const response = await admin.request(CreateTenant, { input: { name: 'traced' } }, { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const mine = lines.filter((l) => l.reqId === 'trace-123');
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'cloud call', operation: 'createProject', outcome: 'ok', cloud: 'sim' }),
        expect.objectContaining({
          msg: 'graphql request',
          operation: 'mutation:createTenant',
          outcome: 'ok',
          viewer: expect.objectContaining({ name: 'admin', staffRole: 'ADMIN' }) as unknown,
        }),
      ]),
    );
    const generated = await admin.request(Viewer);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await admin.request(Viewer, undefined, {
      'x-request-id': 'bad id\nwith newline'.replace('\n', ' '),
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs a password, token or cookie', async () => {
    const secret = 'a-very-secret-password-42';
    const anon = new GqlClient(server.url);
    await anon.request(Login, { input: { identification: 'admin', password: secret } });
    const response = await anon.request(Login, { input: { identification: 'admin', password: server.adminPassword } });
    const token = response.data!.login.token;
    await new GqlClient(server.url, token).request(Viewer, undefined, { cookie: `canopy_session=${token}` });
    const all = raw.join('');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(server.adminPassword);
    expect(all).not.toContain(token);
    expect(lines.some((l) => l.operation === 'mutation:login' && l.outcome === 'UNAUTHENTICATED')).toBe(true);
  });

  it('exposes Prometheus metrics with bounded labels', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    for (const expected of [
      'canopy_graphql_requests_total{operation="mutation:createTenant",outcome="ok"}',
      'canopy_graphql_requests_total{operation="mutation:login",outcome="UNAUTHENTICATED"}',
      'canopy_graphql_request_duration_seconds_bucket{le="0.1",operation="query:viewer"}',
      'canopy_graphql_errors_total{code="UNAUTHENTICATED"}',
      'canopy_cloud_calls_total{driver="sim",operation="createProject",outcome="ok"}',
      'canopy_cloud_call_duration_seconds_count{driver="sim",operation="createProject"}',
      'canopy_logins_total{outcome="ok"}',
      'canopy_logins_total{outcome="failed"}',
      'canopy_db_statements_total',
      'canopy_process_cpu_seconds_total',
      'canopy_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is ready while database and cloud answer, and not ready when either is gone', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', cloud: 'ok' } });
    server.sim.faults.failOn('getProjects');
    const noCloud = await fetch(`${server.url}/readyz`);
    expect(noCloud.status).toBe(503);
    expect(await noCloud.json()).toEqual({ status: 'not ready', checks: { database: 'ok', cloud: 'failing' } });
    // The database's own probe (`select 1` on SQLite's read connection or from PostgreSQL's pool)
    // made to fail as it does when the database is gone; the next test shows that it does.
    const ping = jest
      .spyOn(server.canopy.deps.db.db, 'ping')
      .mockRejectedValue(new Error('the database is gone (stubbed)'));
    try {
      const noDb = await fetch(`${server.url}/readyz`);
      expect(noDb.status).toBe(503);
      expect(await noDb.json()).toEqual({ status: 'not ready', checks: { database: 'failing', cloud: 'ok' } });
    } finally {
      ping.mockRestore();
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it("readiness's database probe answers while the database is open and fails once it is closed", async () => {
    const opened = await openTestDb();
    await opened.db.ping();
    await opened.close();
    // SQLite's throws at once, PostgreSQL's rejects: /readyz awaits either inside its try.
    await expect((async () => opened.db.ping())()).rejects.toThrow();
  });
});
