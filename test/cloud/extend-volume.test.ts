import {
  AttachVolume,
  CreateVolume,
  DeleteVolume,
  ExtendVolume,
  TenantQuota,
  UpdateQuota,
  Volumes,
} from '../helpers/cloud.documents';
import { makeNetwork, makeServer, rowCounts } from '../helpers/cloud';
import { GqlClient } from '../helpers/client';
import { startTestServer, TestServer } from '../helpers/server';
import { ManualClock } from '../../src/time/clock';
import { CLOUD_CAN, describeSim } from '../helpers/target';
import { buildWorld, createTenant, login, TenantFixture, World } from '../helpers/world';

/** The volume as the tenant's list shows it, read until no extend is in flight. */
async function settledVolume(client: GqlClient, tenantId: string, id: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const volume = (await client.ok(Volumes, { tenantId })).volumes.find((v) => v.id === id);
    if (!volume) throw new Error(`No volume ${id}`);
    if (volume.status !== 'extending') return volume;
    if (Date.now() > deadline) throw new Error(`Volume ${id} still extending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('extending volumes (extendVolume)', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  const volume = async (client: GqlClient, tenantId: string, sizeGb = 1) =>
    (await client.ok(CreateVolume, { input: { tenantId, sizeGb } })).createVolume.volume.id;
  const gigabytesUsed = async (client: GqlClient, tenantId: string) =>
    (await client.ok(TenantQuota, { id: tenantId })).tenant.quota.gigabytes.used;

  it('extends an available volume (extending, then available) and counts the growth in the gigabytes quota', async () => {
    const id = await volume(w.a.admin, w.a.id);
    const before = await gigabytesUsed(w.a.admin, w.a.id);
    const { extendVolume } = await w.a.admin.ok(ExtendVolume, { input: { volumeId: id, sizeGb: 3 } });
    expect(extendVolume.volume.sizeGb).toBe(3);
    expect(['extending', 'available']).toContain(extendVolume.volume.status);
    expect(await settledVolume(w.a.admin, w.a.id, id)).toMatchObject({ sizeGb: 3, status: 'available' });
    expect(await gigabytesUsed(w.a.admin, w.a.id)).toBe(before + 2);
  });

  it('refuses the same size or a smaller one (BAD_USER_INPUT on sizeGb), leaving the size as it was', async () => {
    const id = await volume(w.a.admin, w.a.id, 2);
    for (const sizeGb of [2, 1, 0])
      expect((await w.a.admin.fail(ExtendVolume, { input: { volumeId: id, sizeGb } })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'sizeGb',
      });
    expect(await settledVolume(w.a.admin, w.a.id, id)).toMatchObject({ sizeGb: 2, status: 'available' });
  });

  it(
    CLOUD_CAN.extendAttachedVolume
      ? 'extends an attached volume online: it stays in-use on its server'
      : 'refuses to extend an attached volume (CONFLICT): this cloud cannot extend one in use',
    async () => {
      const serverId = await makeServer(w.a.admin, w.a.id, await makeNetwork(w.a.admin, w.a.id, 'lan', 3));
      const id = await volume(w.a.admin, w.a.id);
      await w.a.admin.ok(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId: id } });
      if (CLOUD_CAN.extendAttachedVolume) {
        await w.a.admin.ok(ExtendVolume, { input: { volumeId: id, sizeGb: 2 } });
        expect(await settledVolume(w.a.admin, w.a.id, id)).toMatchObject({
          sizeGb: 2,
          status: 'in-use',
          servers: [{ id: serverId }],
        });
      } else {
        expect(await w.a.admin.code(ExtendVolume, { input: { volumeId: id, sizeGb: 2 } })).toBe('CONFLICT');
        expect(await settledVolume(w.a.admin, w.a.id, id)).toMatchObject({ sizeGb: 1, status: 'in-use' });
      }
    },
  );

  it("refuses growth past the gigabytes quota (QUOTA_EXCEEDED), another tenant's volume (NOT_FOUND) and a member (FORBIDDEN)", async () => {
    const t: TenantFixture = await createTenant(w.admin, w.server, 'tight-co');
    const id = await volume(t.admin, t.id, 2);
    await w.admin.ok(UpdateQuota, { input: { tenantId: t.id, gigabytes: 3 } });
    expect((await t.admin.fail(ExtendVolume, { input: { volumeId: id, sizeGb: 4 } })).extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      resource: 'gigabytes',
    });
    expect(await settledVolume(t.admin, t.id, id)).toMatchObject({ sizeGb: 2, status: 'available' });
    await t.admin.ok(ExtendVolume, { input: { volumeId: id, sizeGb: 3 } });

    for (const client of [w.a.admin, w.member, w.bMember])
      expect(await client.code(ExtendVolume, { input: { volumeId: id, sizeGb: 10 } })).toBe('NOT_FOUND');
    const mine = await volume(w.a.admin, w.a.id);
    for (const client of [w.member, w.groupAdmin, w.operator])
      expect(await client.code(ExtendVolume, { input: { volumeId: mine, sizeGb: 2 } })).toBe('FORBIDDEN');
  });
});

describeSim("extending over the simulated cloud's clock, and under faults", () => {
  let s: TestServer;
  let clock: ManualClock;
  let t: TenantFixture;
  beforeAll(async () => {
    clock = new ManualClock();
    s = await startTestServer({ env: { CANOPY_SIM_BUILD_DELAY_MS: '300' }, clock });
    t = await createTenant(await login(s, 'admin', s.adminPassword), s, 'slow-co');
  });
  afterAll(() => s.close());
  afterEach(() => s.sim.faults.clear());

  it('is extending for the task time, when Cinder refuses another extend or a delete (CONFLICT); then available', async () => {
    const { createVolume } = await t.admin.ok(CreateVolume, { input: { tenantId: t.id, sizeGb: 1 } });
    const id = createVolume.volume.id;
    const { extendVolume } = await t.admin.ok(ExtendVolume, { input: { volumeId: id, sizeGb: 2 } });
    expect(extendVolume.volume).toMatchObject({ sizeGb: 2, status: 'extending' });
    expect(await t.admin.code(ExtendVolume, { input: { volumeId: id, sizeGb: 3 } })).toBe('CONFLICT');
    expect(await t.admin.code(DeleteVolume, { input: { tenantId: t.id, volumeId: id } })).toBe('CONFLICT');
    clock.advance(300);
    expect((await t.admin.ok(Volumes, { tenantId: t.id })).volumes.find((v) => v.id === id)).toMatchObject({
      sizeGb: 2,
      status: 'available',
    });
  });

  it('a failed cloud call leaves the volume, the quota and the tables as they were', async () => {
    const { createVolume } = await t.admin.ok(CreateVolume, { input: { tenantId: t.id, sizeGb: 1 } });
    const before = { counts: await rowCounts(s), quota: (await t.admin.ok(TenantQuota, { id: t.id })).tenant.quota };
    s.sim.faults.failOn('extendVolume');
    expect(await t.admin.code(ExtendVolume, { input: { volumeId: createVolume.volume.id, sizeGb: 5 } })).toBe(
      'UPSTREAM_UNAVAILABLE',
    );
    expect({
      counts: await rowCounts(s),
      quota: (await t.admin.ok(TenantQuota, { id: t.id })).tenant.quota,
    }).toEqual(before);
  });
});
