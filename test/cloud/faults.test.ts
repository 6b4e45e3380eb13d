import { bi, UpstreamUnavailableError } from '../../src/errors';
import { makeNetwork, makeServer, rowCounts } from '../helpers/cloud';
import {
  AssignServer,
  AttachVolume,
  CreateServer,
  CreateVolume,
  DeleteServer,
  GetServer,
  Routers,
  TenantResources,
  UpdateQuota,
} from '../helpers/cloud.documents';
import { CreateTenant } from '../helpers/documents';
import { CreateKeyPair, CreateServerWithKey } from '../helpers/key-pairs.documents';
import { buildWorld, login, PASSWORD, World } from '../helpers/world';

/**
 * Each multi-step mutation, with a fault injected at each of its steps, leaves no orphan in
 * Canopy's database or in the simulated cloud: it undoes what it did, or finishes on retry.
 */
describe('multi-step mutations under faults', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, volumes: -1 } });
  });
  afterAll(() => w.close());
  afterEach(() => w.server.sim.faults.clear());

  /** Makes one repository method throw once, as a failing disk would. */
  function breakOnce<T extends object>(repo: T, method: keyof T): void {
    const original = repo[method];
    repo[method] = (() => {
      repo[method] = original;
      throw new Error('disk I/O error (injected)');
    }) as T[keyof T];
  }

  describe('createTenant with createDefaultNetwork', () => {
    const create = (name: string) =>
      w.admin.request(CreateTenant, { input: { name, adminPassword: PASSWORD, createDefaultNetwork: true } });

    it.each([
      'createProject',
      'listExternalNetworks',
      'createNetwork',
      'createRouter',
      'addRouterInterface',
      'database',
    ])('a fault at %s leaves nothing behind', async (step) => {
      const before = await rowCounts(w.server);
      if (step === 'database') breakOnce(w.server.canopy.deps.identityRepo, 'insertTenantTree');
      else w.server.sim.faults.failOn(step);
      const response = await create(`t-${step}`);
      expect(response.errors?.[0].extensions?.code).toBe(
        step === 'database' ? 'INTERNAL_SERVER_ERROR' : 'UPSTREAM_UNAVAILABLE',
      );
      expect(await rowCounts(w.server)).toEqual(before);
    });

    it('says what an operator must remove when the undo fails too', async () => {
      w.server.sim.faults.failOn('addRouterInterface');
      w.server.sim.faults.failOn('deleteRouter');
      const response = await create('t-double');
      expect(response.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(response.errors?.[0].message).toMatch(/could not be removed: router/);
    });

    it('without a fault makes the network, subnet and router on the external network', async () => {
      const { createTenant } = (await create('t-ok')).data!;
      const client = await login(w.server, 'admin#t-ok');
      const { tenant } = await client.ok(TenantResources, { id: createTenant.tenant.id });
      expect(tenant.networks.nodes.map((n) => n.name)).toEqual(['default']);
      expect((await client.ok(Routers, {})).routers).toMatchObject([
        { name: 'default-router', externalNetwork: { name: 'public' }, networks: [{ name: 'default' }] },
      ]);
    });
  });

  describe('createServer with createDefaultNetwork', () => {
    const create = () =>
      w.b.admin.request(CreateServer, {
        input: {
          tenantId: w.b.id,
          imageId: 'cirros-0.6.2-x86_64',
          instanceType: 'm1.tiny',
          createDefaultNetwork: true,
        },
      });

    it.each([
      'listFlavors',
      'listExternalNetworks',
      'createNetwork',
      'createRouter',
      'addRouterInterface',
      'createServer',
      'database',
    ])('a fault at %s leaves nothing behind', async (step) => {
      const before = await rowCounts(w.server);
      if (step === 'database') breakOnce(w.server.canopy.deps.computeRepo, 'insertServer');
      else w.server.sim.faults.failOn(step);
      const response = await create();
      expect(response.errors?.[0].extensions?.code).toBeDefined();
      if (['createRouter', 'addRouterInterface', 'createServer'].includes(step))
        expect(response.errors?.[0].message).toMatch(/undone/);
      expect(await rowCounts(w.server)).toEqual(before);
    });

    it('without a fault makes the default network once and reuses it', async () => {
      const first = (await create()).data!.createServer.server;
      const second = (await create()).data!.createServer.server;
      expect(first.addresses[0].networkName).toBe('default');
      expect(second.addresses[0].networkId).toBe(first.addresses[0].networkId);
      expect((await w.b.admin.ok(Routers, {})).routers.filter((r) => r.name === 'default-router')).toHaveLength(1);
    });
  });

  describe('createServer with a key pair', () => {
    let keyPairId: string;
    let networkId: string;
    beforeAll(async () => {
      keyPairId = (await w.a.admin.ok(CreateKeyPair, { input: { name: 'faulty' } })).createKeyPair.keyPair.id;
      networkId = await makeNetwork(w.a.admin, w.a.id, 'keyed', 77);
    });
    const create = () =>
      w.a.admin.request(CreateServerWithKey, {
        input: {
          tenantId: w.a.id,
          imageId: 'cirros-0.6.2-x86_64',
          instanceType: 'm1.tiny',
          networkIds: [networkId],
          keyPairId,
        },
      });

    it.each(['createKeyPair', 'createServer', 'deleteKeyPair', 'database'])(
      'a fault at %s leaves no cloud key pair, server, port or row behind',
      async (step) => {
        const before = await rowCounts(w.server);
        if (step === 'database') breakOnce(w.server.canopy.deps.computeRepo, 'insertServer');
        else w.server.sim.faults.failOn(step);
        const response = await create();
        expect(response.errors?.[0].extensions?.code).toBe(
          step === 'database' ? 'INTERNAL_SERVER_ERROR' : 'UPSTREAM_UNAVAILABLE',
        );
        if (step === 'createServer' || step === 'deleteKeyPair') expect(response.errors?.[0].message).toMatch(/undone/);
        expect(await rowCounts(w.server)).toEqual(before);
      },
    );

    it('says which cloud key pair an operator must remove when deleting it fails twice', async () => {
      const unreachable = new UpstreamUnavailableError(bi('Nova is away', 'Nova 不可用'));
      const spy = jest.spyOn(w.server.sim, 'deleteKeyPair').mockRejectedValue(unreachable);
      const before = await rowCounts(w.server);
      const response = await create();
      spy.mockRestore();
      expect(response.errors?.[0].message).toMatch(/could not be removed: cloud key pair canopy-[0-9a-f-]{36}/);
      expect(await rowCounts(w.server)).toEqual({ ...before, simKeyPairs: before.simKeyPairs + 1 });
    });

    it('without a fault leaves only the server, which has the key', async () => {
      const before = await rowCounts(w.server);
      expect((await create()).data!.createServer.server.keyName).toBe('faulty');
      expect(await rowCounts(w.server)).toEqual({
        ...before,
        simServers: before.simServers + 1,
        simPorts: before.simPorts + 1,
        servers: before.servers + 1,
      });
    });
  });

  describe('deleteServer', () => {
    /** A server assigned to a member, with two volumes attached. */
    async function busyServer(): Promise<string> {
      const networkId = await makeNetwork(w.a.admin, w.a.id, `lan-${Date.now()}`, Math.floor(Math.random() * 200) + 20);
      const serverId = await makeServer(w.a.admin, w.a.id, networkId);
      await w.a.admin.ok(AssignServer, { input: { serverId, userId: w.memberId } });
      for (const name of ['d1', 'd2']) {
        const volumeId = (await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, name, sizeGb: 1 } }))
          .createVolume.volume.id;
        await w.a.admin.ok(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId } });
      }
      return serverId;
    }

    it.each([
      ['getServers', 0],
      ['getVolumes', 0],
      ['detachVolume', 0],
      ['detachVolume', 1],
      ['deleteServer', 0],
      ['database', 0],
    ])('a fault at %s (after %i calls) is finished by a retry, leaving no orphan', async (step, skip) => {
      const serverId = await busyServer();
      const before = await rowCounts(w.server);
      if (step === 'database') breakOnce(w.server.canopy.deps.computeRepo, 'deleteServer');
      else w.server.sim.faults.failOn(step, { skip });
      const failed = await w.a.admin.request(DeleteServer, { input: { tenantId: w.a.id, serverId } });
      expect(failed.errors).toHaveLength(1);
      if (step !== 'database')
        expect(failed.errors?.[0].message).toMatch(
          /partly deleted: its assignment was released.*call deleteServer again/,
        );
      expect(
        (await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId } })).deleteServer.deletedServerId,
      ).toBe(serverId);
      expect(await rowCounts(w.server)).toEqual({
        ...before,
        simServers: before.simServers - 1,
        servers: before.servers - 1,
        simPorts: before.simPorts - 1,
        simAttachments: before.simAttachments - 2,
        attachments: before.attachments - 2,
      });
      expect(await w.a.admin.code(GetServer, { id: serverId })).toBe('NOT_FOUND');
    });
  });
});
