import {
  AttachVolume,
  CreateVolume,
  DeleteServer,
  DeleteVolume,
  DetachVolume,
  GetServer,
  ServerAction,
  UpdateQuota,
  Volumes,
} from '../helpers/cloud.documents';
import { canopyCounts, makeNetwork, makeServer } from '../helpers/cloud';
import { device } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

describe('volumes and attachments', () => {
  let w: World;
  let serverId: string;
  beforeAll(async () => {
    w = await buildWorld();
    serverId = await makeServer(w.a.admin, w.a.id, await makeNetwork(w.a.admin, w.a.id, 'lan'));
  });
  afterAll(() => w.close());

  const volume = async (name: string, sizeGb = 5) =>
    (await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, name, sizeGb } })).createVolume.volume.id;

  it('creates, attaches (available → in-use), refuses deleting in use, detaches and deletes', async () => {
    const { createVolume } = await w.a.admin.ok(CreateVolume, {
      input: { tenantId: w.a.id, name: 'data', sizeGb: 20, description: 'db files' },
    });
    expect(createVolume.volume).toMatchObject({ name: 'data', sizeGb: 20, status: 'available' });
    const volumeId = createVolume.volume.id;
    const { attachVolume } = await w.a.admin.ok(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId } });
    expect(attachVolume.attachment).toMatchObject({
      device: expect.stringMatching(device('b')) as unknown,
      server: { id: serverId },
      volume: { id: volumeId, status: 'in-use' },
    });
    const attachId = attachVolume.attachment.id;
    const [listed] = (await w.a.admin.ok(Volumes, {})).volumes;
    expect(listed).toMatchObject({
      id: volumeId,
      description: 'db files',
      status: 'in-use',
      attachments: [{ id: attachId, device: expect.stringMatching(device('b')) as unknown, server: { id: serverId } }],
      servers: [{ id: serverId }],
    });
    expect((await w.a.admin.ok(GetServer, { id: serverId })).server).toMatchObject({
      volumes: [{ id: volumeId }],
      attachments: [{ id: attachId, volume: { id: volumeId } }],
    });
    expect(await w.a.admin.code(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId } })).toBe('CONFLICT');
    expect(await w.a.admin.code(DeleteVolume, { input: { tenantId: w.a.id, volumeId } })).toBe('CONFLICT');
    expect(
      (await w.a.admin.ok(DetachVolume, { input: { tenantId: w.a.id, serverId, attachId } })).detachVolume
        .detachedAttachmentId,
    ).toBe(attachId);
    expect(await w.a.admin.code(DetachVolume, { input: { tenantId: w.a.id, serverId, attachId } })).toBe('NOT_FOUND');
    expect(
      (await w.a.admin.ok(DeleteVolume, { input: { tenantId: w.a.id, volumeId } })).deleteVolume.deletedVolumeId,
    ).toBe(volumeId);
    expect((await w.a.admin.ok(Volumes, {})).volumes).toEqual([]);
  });

  it('gives the next device to each further volume', async () => {
    const devices = [];
    for (const name of ['v1', 'v2'])
      devices.push(
        (await w.a.admin.ok(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId: await volume(name) } }))
          .attachVolume.attachment.device,
      );
    expect(devices).toEqual([expect.stringMatching(device('b')), expect.stringMatching(device('c'))]);
  });

  it('deleting a server detaches its volumes first, and they become available', async () => {
    const doomed = await makeServer(
      w.a.admin,
      w.a.id,
      (await w.a.admin.ok(GetServer, { id: serverId })).server.networks[0].id,
    );
    const volumeId = await volume('keep-me');
    await w.a.admin.ok(AttachVolume, { input: { tenantId: w.a.id, serverId: doomed, volumeId } });
    const before = await canopyCounts(w.server);
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId: doomed } });
    expect(await canopyCounts(w.server)).toEqual({
      ...before,
      attachments: before.attachments - 1,
      servers: before.servers - 1,
    });
    expect(await w.a.admin.code(GetServer, { id: doomed })).toBe('NOT_FOUND');
    expect((await w.a.admin.ok(Volumes, {})).volumes.find((v) => v.id === volumeId)?.status).toBe('available');
  });

  it('refuses attaching to or detaching from a SUSPENDED server, as Nova does, and deletes it with its volume attached', async () => {
    const sleeper = await makeServer(
      w.a.admin,
      w.a.id,
      (await w.a.admin.ok(GetServer, { id: serverId })).server.networks[0].id,
    );
    const early = await volume('early');
    const { attachVolume } = await w.a.admin.ok(AttachVolume, {
      input: { tenantId: w.a.id, serverId: sleeper, volumeId: early },
    });
    await w.a.admin.ok(ServerAction, { input: { serverId: sleeper, command: 'SUSPEND' } });
    expect(
      await w.a.admin.code(AttachVolume, {
        input: { tenantId: w.a.id, serverId: sleeper, volumeId: await volume('late') },
      }),
    ).toBe('CONFLICT');
    expect(
      await w.a.admin.code(DetachVolume, {
        input: { tenantId: w.a.id, serverId: sleeper, attachId: attachVolume.attachment.id },
      }),
    ).toBe('CONFLICT');
    const before = await canopyCounts(w.server);
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId: sleeper } });
    expect(await canopyCounts(w.server)).toEqual({
      ...before,
      attachments: before.attachments - 1,
      servers: before.servers - 1,
    });
    expect((await w.a.admin.ok(Volumes, {})).volumes.find((v) => v.id === early)?.status).toBe('available');
  });

  it('enforces the volumes and gigabytes quotas', async () => {
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, gigabytes: 10 } });
    expect((await w.b.admin.fail(CreateVolume, { input: { tenantId: w.b.id, sizeGb: 11 } })).extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      resource: 'gigabytes',
    });
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, volumes: 0 } });
    expect((await w.b.admin.fail(CreateVolume, { input: { tenantId: w.b.id, sizeGb: 1 } })).extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      resource: 'volumes',
    });
  });

  it("refuses a bad size, and another tenant's volume or server as NOT_FOUND", async () => {
    expect((await w.a.admin.fail(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 0 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sizeGb',
    });
    const mine = await volume('mine');
    expect(await w.b.admin.code(DeleteVolume, { input: { tenantId: w.b.id, volumeId: mine } })).toBe('NOT_FOUND');
    expect(await w.b.admin.code(DeleteVolume, { input: { tenantId: w.a.id, volumeId: mine } })).toBe('NOT_FOUND');
    expect(await w.b.admin.code(AttachVolume, { input: { tenantId: w.a.id, serverId, volumeId: mine } })).toBe(
      'NOT_FOUND',
    );
    expect(await w.b.admin.code(Volumes, { tenantId: w.a.id })).toBe('NOT_FOUND');
  });
});
