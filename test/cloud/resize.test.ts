import {
  ConfirmResize,
  CreateServer,
  GetServer,
  ResizeServer,
  RevertResize,
  ServerAction,
  TenantQuota,
  UpdateQuota,
} from '../helpers/cloud.documents';
import { makeNetwork, makeServer, rowCounts, waitForServer } from '../helpers/cloud';
import { GqlClient } from '../helpers/client';
import { startTestServer, TestServer } from '../helpers/server';
import { ManualClock } from '../../src/time/clock';
import { describeSim } from '../helpers/target';
import { buildWorld, createTenant, login, TenantFixture, World } from '../helpers/world';

/** Reads the server until no resize is in flight (at once on the sim without a task delay). */
const settledServer = (client: GqlClient, id: string) => waitForServer(client, id, undefined, ['RESIZE']);

async function used(client: GqlClient, tenantId: string) {
  const { tenant } = await client.ok(TenantQuota, { id: tenantId });
  return { cores: tenant.quota.cores.used, ramMb: tenant.quota.ramMb.used };
}

describe('resizing servers (resizeServer, confirmResize, revertResize)', () => {
  let w: World;
  let networkId: string;
  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan', 1);
  });
  afterAll(() => w.close());

  const server = (name: string) => makeServer(w.a.admin, w.a.id, networkId, { name });
  const resize = (serverId: string, flavorName: string, client = w.a.admin) =>
    client.request(ResizeServer, { input: { serverId, flavorName } });

  it('resizes an ACTIVE server to VERIFY_RESIZE with the new flavor, counts its growth, and confirmResize keeps it ACTIVE', async () => {
    const id = await server('grow');
    const before = await used(w.a.admin, w.a.id);
    const { resizeServer } = await w.a.admin.ok(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } });
    expect(['RESIZE', 'VERIFY_RESIZE']).toContain(resizeServer.server.status);
    expect(await settledServer(w.a.admin, id)).toMatchObject({ status: 'VERIFY_RESIZE', flavor: { name: 'm1.small' } });
    expect(await used(w.a.admin, w.a.id)).toEqual({ cores: before.cores, ramMb: before.ramMb + 2048 - 512 });
    // Nova allows no other resize, nor a power command, until the resize is confirmed or reverted.
    expect(await w.a.admin.code(ResizeServer, { input: { serverId: id, flavorName: 'm1.medium' } })).toBe('CONFLICT');
    expect(await w.a.admin.code(ServerAction, { input: { serverId: id, command: 'STOP' } })).toBe('CONFLICT');
    const { confirmResize } = await w.a.admin.ok(ConfirmResize, { input: { serverId: id } });
    expect(confirmResize.server).toMatchObject({ status: 'ACTIVE', flavor: { name: 'm1.small' } });
    expect(await w.a.admin.code(ConfirmResize, { input: { serverId: id } })).toBe('CONFLICT');
    expect(await w.a.admin.code(RevertResize, { input: { serverId: id } })).toBe('CONFLICT');
  });

  it('revertResize goes back to the old flavor, and frees what the resize took', async () => {
    const id = await server('undo');
    const before = await used(w.a.admin, w.a.id);
    await w.a.admin.ok(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } });
    expect((await settledServer(w.a.admin, id)).status).toBe('VERIFY_RESIZE');
    const { revertResize } = await w.a.admin.ok(RevertResize, { input: { serverId: id } });
    expect(revertResize.server.flavor?.name).toBe('m1.tiny');
    expect(await settledServer(w.a.admin, id)).toMatchObject({ status: 'ACTIVE', flavor: { name: 'm1.tiny' } });
    expect(await used(w.a.admin, w.a.id)).toEqual(before);
  });

  it('resizes a SHUTOFF server, which stays SHUTOFF once confirmed (Nova keeps the power state)', async () => {
    const id = await server('cold');
    await w.a.admin.ok(ServerAction, { input: { serverId: id, command: 'STOP' } });
    await w.a.admin.ok(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } });
    expect((await settledServer(w.a.admin, id)).status).toBe('VERIFY_RESIZE');
    const { confirmResize } = await w.a.admin.ok(ConfirmResize, { input: { serverId: id } });
    expect(confirmResize.server).toMatchObject({ status: 'SHUTOFF', flavor: { name: 'm1.small' } });
  });

  it('refuses the same flavor and an unknown one (BAD_USER_INPUT on flavorName), and any other state (CONFLICT)', async () => {
    const id = await server('picky');
    for (const flavorName of ['m1.tiny', 'm9.huge'])
      expect((await w.a.admin.fail(ResizeServer, { input: { serverId: id, flavorName } })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'flavorName',
      });
    await w.a.admin.ok(ServerAction, { input: { serverId: id, command: 'PAUSE' } });
    expect((await resize(id, 'm1.small')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await w.a.admin.code(ConfirmResize, { input: { serverId: id } })).toBe('CONFLICT');
    expect(await w.a.admin.code(RevertResize, { input: { serverId: id } })).toBe('CONFLICT');
    expect((await w.a.admin.ok(GetServer, { id })).server).toMatchObject({
      status: 'PAUSED',
      flavor: { name: 'm1.tiny' },
    });
  });

  it("refuses growth past the cores or RAM quota (QUOTA_EXCEEDED), another tenant's server (NOT_FOUND) and a member (FORBIDDEN)", async () => {
    const t: TenantFixture = await createTenant(w.admin, w.server, 'tight-co');
    const id = await makeServer(t.admin, t.id, await makeNetwork(t.admin, t.id, 'lan', 2));
    await w.admin.ok(UpdateQuota, { input: { tenantId: t.id, cores: 1 } });
    expect(
      (await t.admin.fail(ResizeServer, { input: { serverId: id, flavorName: 'm1.medium' } })).extensions,
    ).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'cores' });
    await w.admin.ok(UpdateQuota, { input: { tenantId: t.id, cores: 10, ramMb: 1024 } });
    expect(
      (await t.admin.fail(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } })).extensions,
    ).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'ramMb' });
    expect((await t.admin.ok(GetServer, { id })).server).toMatchObject({
      status: 'ACTIVE',
      flavor: { name: 'm1.tiny' },
    });

    for (const client of [w.b.admin, w.bMember]) {
      expect(await client.code(ConfirmResize, { input: { serverId: id } })).toBe('NOT_FOUND');
      expect(await client.code(RevertResize, { input: { serverId: id } })).toBe('NOT_FOUND');
    }
    expect((await resize(id, 'm1.small', w.b.admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const mine = await server('members');
    expect((await resize(mine, 'm1.small', w.member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await resize(mine, 'm1.small', w.telecom)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describeSim("resizing over the simulated cloud's clock, and under faults", () => {
  let s: TestServer;
  let clock: ManualClock;
  let t: TenantFixture;
  let networkId: string;
  beforeAll(async () => {
    clock = new ManualClock();
    s = await startTestServer({ env: { CANOPY_SIM_BUILD_DELAY_MS: '300' }, clock });
    t = await createTenant(await login(s, 'admin', s.adminPassword), s, 'slow-co');
    networkId = await makeNetwork(t.admin, t.id, 'lan');
  });
  afterAll(() => s.close());
  afterEach(() => s.sim.faults.clear());

  const active = async () => {
    const { createServer } = await t.admin.ok(CreateServer, {
      input: { tenantId: t.id, imageId: 'cirros-0.6.2-x86_64', instanceType: 'm1.tiny', networkIds: [networkId] },
    });
    clock.advance(300);
    return createServer.server.id;
  };

  it('is RESIZE for the task time (no confirm meanwhile), then VERIFY_RESIZE; a revert is RESIZE again, then back', async () => {
    const id = await active();
    const { resizeServer } = await t.admin.ok(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } });
    expect(resizeServer.server).toMatchObject({ status: 'RESIZE', flavor: { name: 'm1.small' } });
    expect(await t.admin.code(ConfirmResize, { input: { serverId: id } })).toBe('CONFLICT');
    clock.advance(300);
    expect((await t.admin.ok(GetServer, { id })).server.status).toBe('VERIFY_RESIZE');
    const { revertResize } = await t.admin.ok(RevertResize, { input: { serverId: id } });
    expect(revertResize.server).toMatchObject({ status: 'RESIZE', flavor: { name: 'm1.tiny' } });
    clock.advance(300);
    expect((await t.admin.ok(GetServer, { id })).server).toMatchObject({
      status: 'ACTIVE',
      flavor: { name: 'm1.tiny' },
    });
  });

  it('a failed cloud call leaves the server, the quota and the tables as they were', async () => {
    const id = await active();
    const before = { counts: await rowCounts(s), used: await used(t.admin, t.id) };
    for (const operation of ['listFlavors', 'resizeServer']) {
      s.sim.faults.failOn(operation);
      expect(await t.admin.code(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } })).toBe(
        'UPSTREAM_UNAVAILABLE',
      );
      expect((await t.admin.ok(GetServer, { id })).server).toMatchObject({
        status: 'ACTIVE',
        flavor: { name: 'm1.tiny' },
      });
      expect({ counts: await rowCounts(s), used: await used(t.admin, t.id) }).toEqual(before);
    }
    await t.admin.ok(ResizeServer, { input: { serverId: id, flavorName: 'm1.small' } });
    clock.advance(300);
    s.sim.faults.failOn('confirmResize');
    expect(await t.admin.code(ConfirmResize, { input: { serverId: id } })).toBe('UPSTREAM_UNAVAILABLE');
    expect((await t.admin.ok(GetServer, { id })).server.status).toBe('VERIFY_RESIZE');
    expect((await t.admin.ok(ConfirmResize, { input: { serverId: id } })).confirmResize.server).toMatchObject({
      status: 'ACTIVE',
      flavor: { name: 'm1.small' },
    });
  });
});
