import { Socket } from 'node:net';
import { makeNetwork } from '../helpers/cloud';
import { CreateServer, ServerAction } from '../helpers/cloud.documents';
import { Logout, UpdateTenant, UpdateUser } from '../helpers/documents';
import { LiveSocket, runningSubscriptions, SERVER_CHANGED, TICKET_CHANGED } from '../helpers/live';
import { startTestServer, TestServer } from '../helpers/server';
import { raise } from '../helpers/tickets.driver';
import { CATALOG, ON_OPENSTACK } from '../helpers/target';
import { createTenant, createUser, login, TenantFixture } from '../helpers/world';
import { GqlClient } from '../helpers/client';
import { ManualClock } from '../../src/time/clock';

const BUILD_MS = 1_000;

/**
 * What ends a socket or a subscription: logout, expiry, a disabled user or tenant (within the
 * recheck interval, 100 ms here, or at once after the mutation), the per-session limit, the
 * per-socket queue; and the simulated cloud's own transitions, on a clock the test moves.
 */
(ON_OPENSTACK ? describe.skip : describe)('live sessions and bounds (sim)', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let admin: GqlClient;
  let acme: TenantFixture;
  let network: string;
  const sockets: LiveSocket[] = [];
  const open = async (...args: Parameters<typeof LiveSocket.open>) => {
    const socket = await LiveSocket.open(...args);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    server = await startTestServer({
      clock,
      env: {
        CANOPY_SIM_BUILD_DELAY_MS: String(BUILD_MS),
        CANOPY_LIVE_RECHECK_MS: '100',
        CANOPY_LIVE_MAX_SUBSCRIPTIONS: '2',
        CANOPY_LIVE_MAX_QUEUE: '5',
      },
    });
    admin = await login(server, 'admin', server.adminPassword);
    acme = await createTenant(admin, server, 'acme');
    network = await makeNetwork(acme.admin, acme.id, 'lan', 3);
  }, 60_000);
  afterEach(async () => {
    const closing = sockets.splice(0);
    closing.forEach((socket) => socket.close());
    await Promise.all(closing.map((socket) => socket.closed));
    await runningSubscriptions(server, 0);
  });
  afterAll(() => server.close());

  it("reports the cloud's own transitions: BUILD then ACTIVE, REBOOT then ACTIVE", async () => {
    const socket = await open(server.url, { token: acme.admin.token });
    const sub = socket.subscribe(SERVER_CHANGED, { tenantId: acme.id });
    await runningSubscriptions(server, 1);
    const { createServer } = await acme.admin.ok(CreateServer, {
      input: { tenantId: acme.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [network] },
    });
    const id = createServer.server.id;
    expect((await socket.nth(sub, 1)).data).toMatchObject({
      serverChanged: { serverId: id, server: { status: 'BUILD' } },
    });
    clock.advance(BUILD_MS);
    expect((await socket.nth(sub, 2)).data).toMatchObject({ serverChanged: { server: { status: 'ACTIVE' } } });
    await acme.admin.ok(ServerAction, { input: { serverId: id, command: 'REBOOT' } });
    expect((await socket.nth(sub, 3)).data).toMatchObject({ serverChanged: { server: { status: 'REBOOT' } } });
    clock.advance(BUILD_MS);
    expect((await socket.nth(sub, 4)).data).toMatchObject({ serverChanged: { server: { status: 'ACTIVE' } } });
  });

  it('closes the socket (4401) on logout', async () => {
    const user = await login(server, 'admin#acme');
    const socket = await open(server.url, { token: user.token });
    socket.subscribe(TICKET_CHANGED);
    await runningSubscriptions(server, 1);
    await user.ok(Logout);
    expect(await socket.closedWithin(5_000)).toEqual({ code: 4401, reason: 'Session ended: log in again' });
  });

  it('closes the sockets of a disabled user and of a disabled tenant', async () => {
    const userId = await createUser(acme.admin, acme.rootGroupId, 'dora');
    const dora = await login(server, 'dora#acme');
    const doraSocket = await open(server.url, { token: dora.token });
    const other = await createTenant(admin, server, 'initech');
    const otherSocket = await open(server.url, { token: other.admin.token });
    await acme.admin.ok(UpdateUser, { input: { userId, groupId: acme.rootGroupId, enabled: false } });
    expect((await doraSocket.closedWithin(5_000)).code).toBe(4401);
    await admin.ok(UpdateTenant, { input: { tenantId: other.id, enabled: false } });
    expect((await otherSocket.closedWithin(5_000)).code).toBe(4401);
  });

  it('limits the subscriptions of one session, on all its sockets', async () => {
    const first = await open(server.url, { token: acme.admin.token });
    const second = await open(server.url, { token: acme.admin.token });
    first.subscribe(TICKET_CHANGED);
    second.subscribe(TICKET_CHANGED);
    await runningSubscriptions(server, 2).catch((e) => {
      throw new Error(`${String(e)} ${JSON.stringify(first.messages)} ${JSON.stringify(second.messages)}`);
    });
    const third = second.subscribe(TICKET_CHANGED);
    const refused = await second.waitFor((m) => m.id === third && m.type === 'error');
    expect(refused.payload?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS' });
    // Another session has its own allowance.
    const staff = await open(server.url, { token: admin.token });
    staff.subscribe(TICKET_CHANGED);
    await runningSubscriptions(server, 3);
  });

  it('closes a socket that does not read its events (4413) once its queue is full', async () => {
    const member = await login(server, 'admin#acme');
    const ticket = await raise(member, 1, acme.id, 'a long one', 'x'.repeat(10_000));
    const socket = await open(server.url, { token: member.token });
    socket.subscribe(`subscription { ticketChanged { ticket { id content } } }`);
    await runningSubscriptions(server, 1).catch((e) => {
      throw new Error(`${String(e)} ${JSON.stringify(socket.messages)}`);
    });
    // The client stops reading: the kernel's buffers fill, then Canopy's sends wait, then its queue.
    (socket.ws as unknown as { _socket: Socket })._socket.pause();
    const dropped = async () =>
      (await server.canopy.deps.metrics.liveDropped.get()).values.find((v) => v.labels.reason === 'too_slow')?.value ??
      0;
    const deadline = Date.now() + 60_000;
    while ((await dropped()) === 0) {
      if (Date.now() > deadline) throw new Error('the slow socket was never closed');
      for (let i = 0; i < 100; i++) server.canopy.deps.bus.publish({ kind: 'ticket', id: Number(ticket.id) });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    (socket.ws as unknown as { _socket: Socket })._socket.resume();
    expect(await socket.closedWithin(30_000)).toEqual({
      code: 4413,
      reason: 'Too slow: more unread events than the queue holds',
    });
  }, 120_000);

  it('closes the sockets of an expired session (the clock moved past its lifetime)', async () => {
    const user = await login(server, 'admin#acme');
    const socket = await open(server.url, { token: user.token });
    expect(socket.messages).toEqual([{ type: 'connection_ack' }]);
    clock.advance(13 * 3_600_000);
    expect(await socket.closedWithin(5_000)).toEqual({ code: 4401, reason: 'Session ended: log in again' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/canopy_live_dropped_sockets_total\{reason="session_ended"\} [1-9]/);
    expect(metrics).toMatch(/canopy_live_sockets \d/);
    expect(metrics).toMatch(/canopy_live_subscriptions \d/);
  });
});
