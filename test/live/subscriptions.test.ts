import { makeNetwork } from '../helpers/cloud';
import { AssignServer, CreateServer, CreateVolume, ServerAction, UnassignServer } from '../helpers/cloud.documents';
import { LiveSocket, runningSubscriptions, SERVER_CHANGED, TICKET_CHANGED, VOLUME_CHANGED } from '../helpers/live';
import { raise } from '../helpers/tickets.driver';
import { CATALOG } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

/**
 * serverChanged, volumeChanged and ticketChanged over a real WebSocket against a live Canopy:
 * each one's events, the refusals, authorization checked again on every event, and no event for a
 * mutation that failed.
 */
describe('subscriptions over graphql-ws', () => {
  let w: World;
  let network: string;
  const sockets: LiveSocket[] = [];
  const open = async (...args: Parameters<typeof LiveSocket.open>) => {
    const socket = await LiveSocket.open(...args);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    w = await buildWorld();
    network = await makeNetwork(w.a.admin, w.a.id, 'lan', 7);
  }, 120_000);
  afterEach(async () => {
    const closing = sockets.splice(0);
    closing.forEach((socket) => socket.close());
    await Promise.all(closing.map((socket) => socket.closed));
    await runningSubscriptions(w.server, 0);
  });
  afterAll(() => w.close());

  const createServer = async (name: string, serverType: 'PRIVATE' | 'SHARED' = 'PRIVATE') =>
    (
      await w.a.admin.ok(CreateServer, {
        input: {
          tenantId: w.a.id,
          imageId: CATALOG.bootImage,
          instanceType: 'm1.tiny',
          networkIds: [network],
          name,
          serverType,
        },
      })
    ).createServer.server.id;

  it('refuses a socket without a session (4401), and one from a foreign page (HTTP 403)', async () => {
    const anonymous = await open(w.server.url);
    expect(anonymous.acknowledged).toBe(false);
    expect(await anonymous.closedWithin()).toEqual({
      code: 4401,
      reason: 'Unauthenticated: log in first (session cookie or connectionParams.authorization)',
    });
    const badToken = await open(w.server.url, { token: 'not-a-token' });
    expect((await badToken.closedWithin()).code).toBe(4401);
    await expect(
      LiveSocket.open(w.server.url, { token: w.a.admin.token, origin: 'https://evil.example' }),
    ).rejects.toThrow('Unexpected server response: 403');
    const sameOrigin = await open(w.server.url, { token: w.a.admin.token, origin: w.server.url });
    expect(sameOrigin.acknowledged).toBe(true);
  });

  it('authenticates by the session cookie too', async () => {
    const socket = await open(w.server.url, { cookie: `canopy_session=${w.a.admin.token}` });
    expect(socket.acknowledged).toBe(true);
  });

  it("serverChanged: the tenant admin sees a new server, a command and the assignment; the member only its server's, until unassigned", async () => {
    const admin = await open(w.server.url, { token: w.a.admin.token });
    const member = await open(w.server.url, { token: w.member.token });
    const adminSub = admin.subscribe(SERVER_CHANGED, { tenantId: w.a.id });
    const memberSub = member.subscribe(SERVER_CHANGED, { tenantId: w.a.id });
    await runningSubscriptions(w.server, 2);
    const id = await createServer('watched');
    const created = await admin.nth(adminSub, 1);
    expect(created.data).toEqual({
      serverChanged: {
        serverId: id,
        server: { id, name: 'watched', status: expect.any(String) as string, assignedUser: null },
      },
    });

    await w.a.admin.ok(AssignServer, { input: { serverId: id, userId: w.memberId } });
    const assigned = await member.nth(memberSub, 1);
    expect(assigned.data).toMatchObject({
      serverChanged: { serverId: id, server: { assignedUser: { id: w.memberId } } },
    });
    await w.a.admin.ok(ServerAction, { input: { serverId: id, command: 'STOP' } });
    expect((await member.nth(memberSub, 2)).data).toMatchObject({ serverChanged: { server: { status: 'SHUTOFF' } } });

    // Revoked mid-stream: the unassignment and what follows are not the member's to see.
    await w.a.admin.ok(UnassignServer, { input: { serverId: id } });
    await w.a.admin.ok(ServerAction, { input: { serverId: id, command: 'START' } });
    // A SHARED server the member does see: once its event arrives, the two before it were passed over.
    const shared = await createServer('everyone', 'SHARED');
    expect((await member.nth(memberSub, 3)).data).toMatchObject({ serverChanged: { serverId: shared } });
    expect(member.results(memberSub)).toHaveLength(3);
    await admin.nth(adminSub, 6);
    expect(admin.results(adminSub).map((r) => (r.data?.serverChanged as { serverId: string }).serverId)).toEqual([
      id,
      id,
      id,
      id,
      id,
      shared,
    ]);
  });

  it('serverChanged of another tenant is NOT_FOUND; of a tenant that does not exist too', async () => {
    const outsider = await open(w.server.url, { token: w.bMember.token });
    const sub = outsider.subscribe(SERVER_CHANGED, { tenantId: w.a.id });
    const refused = await outsider.nth(sub, 1);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await outsider.waitFor((m) => m.id === sub && m.type === 'complete');
    const admin = await open(w.server.url, { token: w.admin.token });
    const missing = admin.subscribe(SERVER_CHANGED, { tenantId: '999999' });
    expect((await admin.nth(missing, 1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('no event for a mutation that failed: a command the state forbids, a volume past the quota', async () => {
    const admin = await open(w.server.url, { token: w.a.admin.token });
    const servers = admin.subscribe(SERVER_CHANGED, { tenantId: w.a.id });
    const volumes = admin.subscribe(VOLUME_CHANGED, { tenantId: w.a.id });
    await runningSubscriptions(w.server, 2);
    const id = await createServer('steady');
    await admin.nth(servers, 1);
    // ACTIVE (or BUILD on OpenStack): START is refused, the cloud's transaction rolled back.
    expect(await w.a.admin.code(ServerAction, { input: { serverId: id, command: 'START' } })).toBe('CONFLICT');
    expect(await w.a.admin.code(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 16_000 } })).toBe('QUOTA_EXCEEDED');
    // Then changes that do commit: each subscription's next event is theirs, nothing came between.
    const { createVolume } = await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 1 } });
    await w.a.admin.ok(AssignServer, { input: { serverId: id, userId: w.memberId } });
    expect((await admin.nth(volumes, 1)).data).toMatchObject({ volumeChanged: { volumeId: createVolume.volume.id } });
    expect((await admin.nth(servers, 2)).data).toMatchObject({
      serverChanged: { serverId: id, server: { assignedUser: { id: w.memberId } } },
    });
    expect(admin.results(servers)).toHaveLength(2);
    expect(admin.results(volumes)).toHaveLength(1);
  });

  it("volumeChanged: the tenant's admins and staff; a member is FORBIDDEN, another tenant NOT_FOUND", async () => {
    const staff = await open(w.server.url, { token: w.telecom.token });
    const watching = staff.subscribe(VOLUME_CHANGED, { tenantId: w.a.id });
    const member = await open(w.server.url, { token: w.member.token });
    const forbidden = member.subscribe(VOLUME_CHANGED, { tenantId: w.a.id });
    expect((await member.nth(forbidden, 1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await open(w.server.url, { token: w.b.admin.token });
    const hidden = outsider.subscribe(VOLUME_CHANGED, { tenantId: w.a.id });
    expect((await outsider.nth(hidden, 1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await runningSubscriptions(w.server, 1);
    const { createVolume } = await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 2, name: 'data' } });
    expect((await staff.nth(watching, 1)).data).toEqual({
      volumeChanged: {
        volumeId: createVolume.volume.id,
        volume: { id: createVolume.volume.id, sizeGb: 2, status: expect.any(String) as string },
      },
    });
  });

  it('ticketChanged: the raiser and staff see the ticket with its event; another tenant does not', async () => {
    const member = await open(w.server.url, { token: w.member.token });
    const staff = await open(w.server.url, { token: w.telecom.token });
    const outsider = await open(w.server.url, { token: w.bMember.token });
    const [mine, all, theirs] = [member, staff, outsider].map((s) => s.subscribe(TICKET_CHANGED));
    await runningSubscriptions(w.server, 3);
    const ticket = await raise(w.member, 1, w.a.id, 'a live ticket');
    const seen = await member.nth(mine, 1);
    expect(seen.data).toMatchObject({
      ticketChanged: { ticket: { id: ticket.id, title: 'a live ticket', status: { code: 'SUBMITTED' } } },
    });
    expect(seen.data).toMatchObject({ ticketChanged: { event: { role: 'TENANT', action: 'CREATE' } } });
    expect((await staff.nth(all, 1)).data).toMatchObject({ ticketChanged: { ticket: { id: ticket.id } } });
    // The outsider's own ticket arrives; the one of tenant A before it did not.
    const own = await raise(w.bMember, 1, w.b.id, 'b ticket');
    expect((await outsider.nth(theirs, 1)).data).toMatchObject({ ticketChanged: { ticket: { id: own.id } } });
    expect(outsider.results(theirs)).toHaveLength(1);
  });

  it('keeps the query limits: depth, and a mutation over the socket publishes like one over HTTP', async () => {
    const admin = await open(w.server.url, { token: w.a.admin.token });
    const deep = admin.subscribe(
      `subscription ($t: ID!) { serverChanged(tenantId: $t) { server { tenant { rootGroup { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } }`,
      { t: w.a.id },
    );
    const refused = await admin.waitFor((m) => m.id === deep && m.type === 'error');
    expect(refused.payload?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.payload?.[0].message).toMatch(/depth/i);
  });

  it('a subscription over HTTP POST is refused', async () => {
    const response = await fetch(`${w.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.a.admin.token}` },
      body: JSON.stringify({ query: TICKET_CHANGED }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { reason: string } }> };
    expect(body.errors[0].extensions.reason).toBe('SUBSCRIPTION_OVER_HTTP');
  });
});
