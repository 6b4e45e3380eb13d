import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { bi, UpstreamUnavailableError } from '../../src/errors';
import { canopyCounts, makeNetwork } from '../helpers/cloud';
import { CreateKeyPair, CreateServerWithKey } from '../helpers/key-pairs.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createTenant, login, TenantFixture } from '../helpers/world';

/**
 * createServer with a key pair against the real Nova and Neutron, with a failure at each step: the
 * driver refusing the key pair, Nova refusing the server (its instances quota at 0, after the
 * port and the key pair were made), the key pair's delete failing after Nova made the server, and
 * Canopy's own row failing. Each leaves no Nova key pair, server or port, and no Canopy row.
 */
describe('OpenStack: createServer with a key pair under failures', () => {
  let server: TestServer;
  let driver: OpenStackDriver;
  let t: TenantFixture;
  let projectId: string;
  let networkId: string;
  let keyPairId: string;

  /** Canopy's own OpenStack account calling the cloud directly, outside Canopy. */
  async function cloud(service: 'compute' | 'network', method: string, urlPath: string, body?: unknown) {
    const response = await fetch((await driver.session.endpoint(service)) + urlPath, {
      method,
      headers: {
        'x-auth-token': (await driver.session.token()).value,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  /** What an orphan would show in: Nova's key pairs of Canopy's, the project's servers and ports, Canopy's rows. */
  async function leftovers() {
    const { keypairs } = (await cloud('compute', 'GET', '/os-keypairs')) as {
      keypairs: Array<{ keypair: { name: string } }>;
    };
    const { ports } = (await cloud('network', 'GET', `/v2.0/ports?project_id=${projectId}`)) as { ports: unknown[] };
    return {
      keyPairs: keypairs.filter((k) => k.keypair.name.startsWith('canopy-')).length,
      servers: (await driver.listServers([projectId])).get(projectId)?.length ?? 0,
      ports: ports.length,
      rows: await canopyCounts(server),
    };
  }

  const create = () =>
    t.admin.request(CreateServerWithKey, {
      input: { tenantId: t.id, imageId: 'cirros', instanceType: 'm1.tiny', networkIds: [networkId], keyPairId },
    });
  const unreachable = () => new UpstreamUnavailableError(bi('Nova did not answer (injected)', 'Nova 无响应（注入）'));

  beforeAll(async () => {
    server = await startTestServer();
    driver = server.cloud as OpenStackDriver;
    const admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'keyfail-co');
    projectId = (await server.canopy.deps.identityRepo.tenantsByIds([Number(t.id)]))[0].projectId;
    networkId = await makeNetwork(t.admin, t.id, 'lan', 17);
    keyPairId = (await t.admin.ok(CreateKeyPair, { input: { name: 'ops' } })).createKeyPair.keyPair.id;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => server.close());

  it('a refused cloud key pair makes nothing', async () => {
    const before = await leftovers();
    // Each request has a driver of its own (withRequestId), so the fault goes on the class.
    jest.spyOn(OpenStackDriver.prototype, 'createKeyPair').mockRejectedValueOnce(unreachable());
    expect((await create()).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await leftovers()).toEqual(before);
  });

  it('Nova refusing the server (instances quota 0) removes the key pair and the port made for it', async () => {
    const before = await leftovers();
    await cloud('compute', 'PUT', `/os-quota-sets/${projectId}`, { quota_set: { instances: 0 } });
    try {
      const response = await create();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'instances' });
      expect(response.errors?.[0].message).toMatch(/undone/);
    } finally {
      await cloud('compute', 'PUT', `/os-quota-sets/${projectId}`, { quota_set: { instances: 10 } });
    }
    expect(await leftovers()).toEqual(before);
  });

  it('a failed delete of the key pair after Nova made the server deletes the server and then the key pair', async () => {
    const before = await leftovers();
    jest.spyOn(OpenStackDriver.prototype, 'deleteKeyPair').mockRejectedValueOnce(unreachable());
    const response = await create();
    expect(response.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(response.errors?.[0].message).toMatch(/undone/);
    expect(await leftovers()).toEqual(before);
  });

  it("a failure of Canopy's row deletes the server Nova made; the key pair was gone already", async () => {
    const before = await leftovers();
    const repo = server.canopy.deps.computeRepo;
    jest.spyOn(repo, 'insertServer').mockRejectedValueOnce(new Error('disk I/O error (injected)'));
    expect((await create()).errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await leftovers()).toEqual(before);
  });

  it('without a failure leaves the server (key_name a one-use name) and no key pair', async () => {
    const before = await leftovers();
    const made = (await create()).data!.createServer.server;
    expect(made.keyName).toBe('ops');
    const after = await leftovers();
    expect(after).toMatchObject({ keyPairs: before.keyPairs, servers: before.servers + 1, ports: before.ports + 1 });
  });
});
