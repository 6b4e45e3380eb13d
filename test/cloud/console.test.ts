import { DEFAULT_CONSOLE_BASES as BASES, loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../../src/time/clock';
import { makeNetwork, makeServer, rowCounts, waitForServer } from '../helpers/cloud';
import { AssignServer, ServerAction } from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import { CreateServerConsole } from '../helpers/console.documents';
import { CreateUser, PlatformRootGroup } from '../helpers/documents';
import { AuditEvents } from '../helpers/security.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { sqlRows } from '../helpers/sql';
import { describeSim } from '../helpers/target';
import { createGroup, createTenant, createUser, login, PASSWORD, TenantFixture } from '../helpers/world';

// BASES: the sim's console URL bases, which are the devcloud Nova's too (scripts/devcloud/config.sh:
// [vnc] novncproxy_base_url, [serial_console] base_url).
const TTL_MS = 600_000;

/** The token of a console URL: noVNC's sits in its `path` parameter (`?token=…`), the serial proxy's in `token`. */
function tokenOf(url: string): string | null {
  const params = new URL(url).searchParams;
  const path = params.get('path');
  return path === null ? params.get('token') : new URLSearchParams(path.replace(/^[^?]*\?/, '')).get('token');
}

const open = (client: GqlClient, serverId: string, type: 'NOVNC' | 'SERIAL' = 'NOVNC') =>
  client.request(CreateServerConsole, { input: { serverId, type } });

describe('server consoles (createServerConsole)', () => {
  let s: TestServer;
  let clock: ManualClock;
  let admin: GqlClient;
  let a: TenantFixture;
  let b: TenantFixture;
  let member: GqlClient;
  let groupAdmin: GqlClient;
  let telecom: GqlClient;
  let bMember: GqlClient;
  let networkId: string;
  /** ACTIVE, PRIVATE, assigned to `member`. */
  let assigned: string;
  /** ACTIVE, PRIVATE, unassigned. */
  let spare: string;
  const logged: string[] = [];

  beforeAll(async () => {
    clock = new ManualClock(Date.parse('2026-12-03T12:00:00.000Z'));
    // Debug: every cloud call and OpenStack request is logged, so a token slipping into a line shows.
    s = await startTestServer({
      clock,
      logger: createLogger('debug', { write: (line: string) => void logged.push(line) }),
    });
    admin = await login(s, 'admin', s.adminPassword);
    a = await createTenant(admin, s, 'console-co');
    b = await createTenant(admin, s, 'other-co');
    const team = await createGroup(a.admin, a.rootGroupId, 'team');
    const memberId = await createUser(a.admin, team, 'mia');
    // The admin of the member's own group: for servers, a group admin is a member.
    await createUser(a.admin, team, 'gus', { isAdmin: true });
    await createUser(b.admin, b.rootGroupId, 'bea');
    const platformRoot = (await admin.ok(PlatformRootGroup)).platformRootGroup.id;
    await admin.ok(CreateUser, {
      input: { groupId: platformRoot, name: 'tess', password: PASSWORD, staffRole: 'TELECOM' },
    });
    [member, groupAdmin, telecom, bMember] = await Promise.all([
      login(s, 'mia#console-co'),
      login(s, 'gus#console-co'),
      login(s, 'tess'),
      login(s, 'bea#other-co'),
    ]);
    networkId = await makeNetwork(a.admin, a.id, 'lan', 3);
    [assigned, spare] = await Promise.all([
      makeServer(a.admin, a.id, networkId, { name: 'mine' }),
      makeServer(a.admin, a.id, networkId, { name: 'spare' }),
    ]);
    await a.admin.ok(AssignServer, { input: { serverId: assigned, userId: memberId } });
  });
  afterAll(() => s.close());

  it.each(['NOVNC', 'SERIAL'] as const)(
    'opens a %s console of an ACTIVE server: the cloud base with a fresh token, expiring the TTL after now',
    async (type) => {
      const { createServerConsole: first } = await a.admin.ok(CreateServerConsole, {
        input: { serverId: assigned, type },
      });
      expect(first.type).toBe(type);
      expect(first.url.startsWith(`${BASES[type]}?`)).toBe(true);
      expect(tokenOf(first.url)).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.expiresAt).toBe(new Date(clock.now() + TTL_MS).toISOString());
      clock.advance(5_000);
      const { createServerConsole: second } = await a.admin.ok(CreateServerConsole, {
        input: { serverId: assigned, type },
      });
      expect(tokenOf(second.url)).not.toBe(tokenOf(first.url));
      expect(second.expiresAt).toBe(new Date(clock.now() + TTL_MS).toISOString());
    },
  );

  it('refuses a server that is not ACTIVE (CONFLICT), and opens it again once ACTIVE', async () => {
    const id = await makeServer(a.admin, a.id, networkId, { name: 'sleepy' });
    for (const [command, back] of [
      ['STOP', 'START'],
      ['PAUSE', 'UNPAUSE'],
    ] as const) {
      await a.admin.ok(ServerAction, { input: { serverId: id, command } });
      for (const type of ['NOVNC', 'SERIAL'] as const)
        expect((await open(a.admin, id, type)).errors?.[0].extensions?.code).toBe('CONFLICT');
      await a.admin.ok(ServerAction, { input: { serverId: id, command: back } });
      await waitForServer(a.admin, id);
    }
    expect((await open(a.admin, id)).errors).toBeUndefined();
  });

  it('is for those who may command the server: the admins and its member (assigned, or SHARED); others FORBIDDEN, another tenant NOT_FOUND', async () => {
    for (const client of [admin, a.admin, member]) expect((await open(client, assigned)).errors).toBeUndefined();
    // A SHARED server is the whole tenant's: its members may command it, so they may open it.
    const shared = await makeServer(a.admin, a.id, networkId, { name: 'shared', serverType: 'SHARED' });
    expect((await open(member, shared)).errors).toBeUndefined();
    expect((await open(member, spare)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await open(groupAdmin, assigned)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await open(telecom, assigned)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const client of [b.admin, bMember])
      expect((await open(client, assigned)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await open(a.admin, '999999')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a console type that is not one (BAD_USER_INPUT) and a malformed id', async () => {
    const bad = await a.admin.request(CreateServerConsole, {
      input: { serverId: assigned, type: 'SPICE' as 'NOVNC' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await open(a.admin, 'x')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serverId',
    });
  });

  it("is audited with the server's id, and its token is in no audit record nor log line", async () => {
    const { createServerConsole } = await a.admin.ok(CreateServerConsole, {
      input: { serverId: assigned, type: 'SERIAL' },
    });
    const token = tokenOf(createServerConsole.url)!;
    const { auditEvents } = await a.admin.ok(AuditEvents, { filter: { operation: 'createServerConsole' } });
    expect(auditEvents.nodes[0]).toMatchObject({
      operation: 'createServerConsole',
      outcome: 'ok',
      targets: [{ name: 'serverId', id: assigned }],
    });
    const rows = await sqlRows(s, 'SELECT * FROM audit_events');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(logged.some((line) => line.includes('createServerConsole'))).toBe(true);
    expect(logged.filter((line) => line.includes(token))).toEqual([]);
  });
});

describeSim('consoles on the simulated cloud: its settings and faults', () => {
  let s: TestServer;
  let clock: ManualClock;
  let t: TenantFixture;
  let serverId: string;
  beforeAll(async () => {
    clock = new ManualClock();
    s = await startTestServer({
      clock,
      env: {
        CANOPY_SIM_NOVNC_URL: 'https://console.example.com/vnc_lite.html',
        CANOPY_SIM_SERIAL_URL: '',
        CANOPY_CONSOLE_TTL_SECONDS: '120',
      },
    });
    t = await createTenant(await login(s, 'admin', s.adminPassword), s, 'sim-co');
    serverId = await makeServer(t.admin, t.id, await makeNetwork(t.admin, t.id, 'lan'));
  });
  afterAll(() => s.close());
  afterEach(() => s.sim.faults.clear());

  it('uses the configured base and TTL; a type the cloud does not offer is BAD_USER_INPUT on type', async () => {
    const { createServerConsole } = await t.admin.ok(CreateServerConsole, { input: { serverId, type: 'NOVNC' } });
    expect(createServerConsole.url).toMatch(/^https:\/\/console\.example\.com\/vnc_lite\.html\?path=%3Ftoken%3D/);
    expect(createServerConsole.expiresAt).toBe(new Date(clock.now() + 120_000).toISOString());
    expect((await open(t.admin, serverId, 'SERIAL')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'type',
    });
  });

  it('a failed cloud call is UPSTREAM_UNAVAILABLE and leaves the tables as they were', async () => {
    const before = await rowCounts(s);
    s.sim.faults.failOn('createServerConsole');
    expect((await open(t.admin, serverId)).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await rowCounts(s)).toEqual(before);
    expect((await open(t.admin, serverId)).errors).toBeUndefined();
  });
});

describe('console settings', () => {
  it('takes a TTL of at least one second and, for each sim console, a URL or nothing', () => {
    expect(loadConfig({})).toMatchObject({ consoleTtlSeconds: 600, simConsoleBases: BASES });
    expect(loadConfig({ CANOPY_SIM_SERIAL_URL: '' }).simConsoleBases).toEqual({ NOVNC: BASES.NOVNC });
    expect(() => loadConfig({ CANOPY_CONSOLE_TTL_SECONDS: '0' })).toThrow(
      'CANOPY_CONSOLE_TTL_SECONDS must be at least 1',
    );
    expect(() => loadConfig({ CANOPY_SIM_NOVNC_URL: 'vnc here' })).toThrow(
      'CANOPY_SIM_NOVNC_URL must be a URL or empty, got "vnc here"',
    );
  });
});
