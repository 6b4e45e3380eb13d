import { makeNetwork } from '../helpers/cloud';
import { CreateServer, CreateVolume, DeleteVolume, GetServer } from '../helpers/cloud.documents';
import { LiveSocket, runningSubscriptions, SERVER_CHANGED, VOLUME_CHANGED } from '../helpers/live';
import { startTestServer, TestServer } from '../helpers/server';
import { CATALOG } from '../helpers/target';
import { createTenant, login, TenantFixture } from '../helpers/world';

const POLL_MS = 3_000;

/**
 * On a real OpenStack (the devcloud): a server created through Canopy reports BUILD (the
 * mutation) then ACTIVE (found by the poller), and one stopped through Nova's API, not through
 * Canopy, yields an event within two poll intervals; so does a volume extended in Cinder directly.
 */
describe('live updates from OpenStack', () => {
  let server: TestServer;
  let acme: TenantFixture;
  let socket: LiveSocket;

  beforeAll(async () => {
    server = await startTestServer({ env: { CANOPY_LIVE_POLL_MS: String(POLL_MS) } });
    const admin = await login(server, 'admin', server.adminPassword);
    acme = await createTenant(admin, server, 'acme');
  }, 120_000);
  afterAll(async () => {
    socket?.close();
    await server.close();
  });

  it('BUILD then ACTIVE for a server made through Canopy; SHUTOFF for one stopped in Nova directly', async () => {
    const network = await makeNetwork(acme.admin, acme.id, 'lan', 4);
    socket = await LiveSocket.open(server.url, { token: acme.admin.token });
    const sub = socket.subscribe(SERVER_CHANGED, { tenantId: acme.id });
    await runningSubscriptions(server, 1);
    const { createServer } = await acme.admin.ok(CreateServer, {
      input: { tenantId: acme.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [network] },
    });
    const id = createServer.server.id;
    const statusOf = (n: number) =>
      (socket.results(sub)[n]?.data?.serverChanged as { server: { status: string } | null } | undefined)?.server
        ?.status;
    expect((await socket.nth(sub, 1)).data).toMatchObject({
      serverChanged: { serverId: id, server: { status: 'BUILD' } },
    });
    // Nova's build takes seconds on the devcloud; every poll in between may report BUILD again.
    await socket
      .waitFor(() => socket.results(sub).some((_, i) => statusOf(i) === 'ACTIVE'), 240_000)
      .catch(async (error: Error) => {
        const { server: now } = await acme.admin.ok(GetServer, { id });
        throw new Error(`${error.message}; the server is ${now.status} now`);
      });

    // Stopped through Nova's API by the driver itself, not through any Canopy mutation: only the poller can tell.
    const [row] = await server.canopy.deps.computeRepo.serversByIds([Number(id)]);
    await server.cloud.serverAction(row.cloudId, 'STOP');
    const stoppedAt = Date.now();
    await socket.waitFor(() => socket.results(sub).some((_, i) => statusOf(i) === 'SHUTOFF'), 2 * POLL_MS);
    expect(Date.now() - stoppedAt).toBeLessThanOrEqual(2 * POLL_MS);
  }, 400_000);

  it('a volume extended in Cinder directly, not through Canopy, yields volumeChanged with its new size', async () => {
    const { createVolume } = await acme.admin.ok(CreateVolume, { input: { tenantId: acme.id, name: 'v', sizeGb: 1 } });
    const id = createVolume.volume.id;
    const sub = socket.subscribe(VOLUME_CHANGED, { tenantId: acme.id });
    await runningSubscriptions(server, 2);
    const [row] = await server.canopy.deps.storageRepo.volumesByIds([Number(id)]);
    await server.cloud.extendVolume(row.cloudId, 2);
    const extendedAt = Date.now();
    const sizeOf = (n: number) =>
      (socket.results(sub)[n]?.data?.volumeChanged as { volumeId: string; volume: { sizeGb: number } | null })?.volume
        ?.sizeGb;
    await socket.waitFor(() => socket.results(sub).some((_, i) => sizeOf(i) === 2), 2 * POLL_MS);
    expect(Date.now() - extendedAt).toBeLessThanOrEqual(2 * POLL_MS);
    expect(socket.results(sub).map((r) => (r.data?.volumeChanged as { volumeId: string }).volumeId)).toContain(id);
    await acme.admin.ok(DeleteVolume, { input: { tenantId: acme.id, volumeId: id } });
  }, 120_000);
});
