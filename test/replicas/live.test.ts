import { makeNetwork } from '../helpers/cloud';
import { CreateServer, CreateVolume } from '../helpers/cloud.documents';
import { LiveSocket, runningSubscriptions, SERVER_CHANGED, TICKET_CHANGED, VOLUME_CHANGED } from '../helpers/live';
import { CanopyProcess, spawnCanopy } from '../helpers/process';
import { GqlClient } from '../helpers/client';
import { raise } from '../helpers/tickets.driver';
import { CATALOG } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

/**
 * Live updates across three replicas on one PostgreSQL database (`npm run test:pg` only): a change
 * made through replica A reaches a subscriber on replica C, through LISTEN/NOTIFY.
 */
describe('live updates across three replicas', () => {
  let w: World;
  let a: CanopyProcess;
  let c: CanopyProcess;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    w = await buildWorld();
    [a, c] = await Promise.all([spawnCanopy(w.server.dbFile), spawnCanopy(w.server.dbFile)]);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    a.stop();
    c.stop();
    await w.close();
  });

  it('a server, a volume and a ticket changed through replica A reach their subscribers on replica C', async () => {
    const onA = new GqlClient(a.url, w.a.admin.token);
    const socket = await LiveSocket.open(c.url, { token: w.a.admin.token });
    const staff = await LiveSocket.open(c.url, { token: w.telecom.token });
    sockets.push(socket, staff);
    const servers = socket.subscribe(SERVER_CHANGED, { tenantId: w.a.id });
    const volumes = socket.subscribe(VOLUME_CHANGED, { tenantId: w.a.id });
    const tickets = staff.subscribe(TICKET_CHANGED);
    await runningSubscriptions(c, 3);

    const network = await makeNetwork(onA, w.a.id, 'lan', 9);
    const { createServer } = await onA.ok(CreateServer, {
      input: { tenantId: w.a.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [network] },
    });
    const { createVolume } = await onA.ok(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 1 } });
    const ticket = await raise(new GqlClient(a.url, w.member.token), 1, w.a.id, 'raised on A');

    expect((await socket.nth(servers, 1)).data).toMatchObject({
      serverChanged: { serverId: createServer.server.id, server: { id: createServer.server.id } },
    });
    expect((await socket.nth(volumes, 1)).data).toMatchObject({ volumeChanged: { volumeId: createVolume.volume.id } });
    expect((await staff.nth(tickets, 1)).data).toMatchObject({
      ticketChanged: { ticket: { id: ticket.id, title: 'raised on A' } },
    });
  });
});
