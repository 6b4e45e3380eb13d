import { OpenedDb } from '../../src/db/client';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { ManualClock } from '../../src/time/clock';
import { SIM_IMAGES, SIM_PUBLIC } from '../../src/cloud/sim/sim.catalog';
import { openTestDb } from '../helpers/database';
import { CloudError } from './expect-error';

/** The simulated cloud on its own: OpenStack's behaviour that Canopy relies on. */
describe('sim driver', () => {
  let opened: OpenedDb;
  let sim: SimDriver;
  let projectId: string;
  let networkId: string;
  const cirros = SIM_IMAGES[0].id;
  const subnet = {
    cidr: '10.1.0.0/24',
    gatewayIp: '10.1.0.1',
    dhcpEnabled: true,
    poolStart: '10.1.0.10',
    poolEnd: '10.1.0.12',
    dnsNameservers: [],
  };
  const server = () => ({
    projectId,
    name: 'vm',
    flavorId: '1',
    imageId: cirros,
    networkIds: [networkId],
    availabilityZone: 'nova',
    securityGroups: ['default'],
  });

  beforeEach(async () => {
    opened = await openTestDb();
    sim = new SimDriver(opened.db, { latencyMs: 0, buildDelayMs: 0 });
    projectId = (await sim.createProject({ name: 'p', description: '' })).id;
    networkId = (await sim.createNetwork({ projectId, name: 'net', subnet })).id;
  });
  afterEach(async () => {
    await opened.close();
  });

  it('offers flavors, images, the zone nova, a default security group and the external network public', async () => {
    expect((await sim.listFlavors()).map((f) => f.name)).toEqual([
      'm1.tiny',
      'm1.small',
      'm1.medium',
      'm1.large',
      'm1.xlarge',
    ]);
    expect((await sim.listImages()).map((i) => i.name.split('-')[0])).toEqual(['cirros', 'ubuntu', 'centos']);
    expect(await sim.listAvailabilityZones()).toEqual([{ name: 'nova', available: true }]);
    expect((await sim.listSecurityGroups([projectId])).get(projectId)!.map((g) => g.name)).toEqual(['default']);
    expect((await sim.listExternalNetworks()).map((n) => n.name)).toEqual(['public']);
  });

  it('allocates fixed IPs from the DHCP pool and refuses when it is exhausted', async () => {
    const ips = [];
    for (let i = 0; i < 3; i++) ips.push((await sim.createServer(server())).addresses[0].ip);
    expect(ips).toEqual(['10.1.0.10', '10.1.0.11', '10.1.0.12']);
    await expect(sim.createServer(server())).rejects.toMatchObject(CloudError('CONFLICT'));
  });

  it("follows Nova's power-state rules", async () => {
    const { id } = await sim.createServer(server());
    await expect(sim.serverAction(id, 'START')).rejects.toMatchObject(CloudError('CONFLICT'));
    expect((await sim.serverAction(id, 'PAUSE')).status).toBe('PAUSED');
    await expect(sim.serverAction(id, 'SUSPEND')).rejects.toMatchObject(CloudError('CONFLICT'));
    expect((await sim.serverAction(id, 'UNPAUSE')).status).toBe('ACTIVE');
    expect((await sim.serverAction(id, 'SUSPEND')).status).toBe('SUSPENDED');
    expect((await sim.serverAction(id, 'RESUME')).status).toBe('ACTIVE');
    expect((await sim.serverAction(id, 'STOP')).status).toBe('SHUTOFF');
    await expect(sim.serverAction(id, 'REBOOT')).rejects.toMatchObject(CloudError('CONFLICT'));
    expect((await sim.serverAction(id, 'START')).status).toBe('ACTIVE');
    expect((await sim.serverAction(id, 'REBOOT')).status).toBe('ACTIVE');
  });

  it('builds and reboots over the configured delay', async () => {
    const clock = new ManualClock();
    const slow = new SimDriver(opened.db, { latencyMs: 0, buildDelayMs: 100, clock });
    const created = await slow.createServer(server());
    expect(created.status).toBe('BUILD');
    await expect(slow.serverAction(created.id, 'STOP')).rejects.toMatchObject(CloudError('CONFLICT'));
    clock.advance(99);
    expect((await slow.getServers([created.id])).get(created.id)!.status).toBe('BUILD');
    clock.advance(1);
    expect((await slow.getServers([created.id])).get(created.id)!.status).toBe('ACTIVE');
    expect((await slow.serverAction(created.id, 'REBOOT')).status).toBe('REBOOT');
    clock.advance(100);
    expect((await slow.getServers([created.id])).get(created.id)!.status).toBe('ACTIVE');
  });

  it("keeps routers, interfaces and networks in OpenStack's order of removal", async () => {
    const router = await sim.createRouter({ projectId, name: 'r', externalNetworkId: SIM_PUBLIC.networkId });
    expect(router.externalIp).toBe('203.0.113.10');
    const [subnetId] = (await sim.getNetworks([networkId])).get(networkId)!.subnetIds;
    expect((await sim.addRouterInterface(router.id, subnetId)).interfaces).toEqual([
      { subnetId, networkId, ip: '10.1.0.1' },
    ]);
    await expect(sim.addRouterInterface(router.id, subnetId)).rejects.toMatchObject(CloudError('CONFLICT'));
    await expect(sim.deleteRouter(router.id)).rejects.toMatchObject(CloudError('CONFLICT'));
    await expect(sim.deleteNetwork(networkId)).rejects.toMatchObject(CloudError('CONFLICT'));
    await sim.removeRouterInterface(router.id, subnetId);
    await sim.deleteRouter(router.id);
    await sim.deleteNetwork(networkId);
    expect((await sim.getNetworks([networkId])).size).toBe(0);
  });

  it('moves volumes between available and in-use, and refuses to delete one in use', async () => {
    const vm = await sim.createServer(server());
    const volume = await sim.createVolume({ projectId, name: 'v', description: '', sizeGb: 5 });
    const attachment = await sim.attachVolume(vm.id, volume.id);
    expect(attachment.device).toBe('/dev/vdb');
    expect((await sim.getVolumes([volume.id])).get(volume.id)!.status).toBe('in-use');
    await expect(sim.attachVolume(vm.id, volume.id)).rejects.toMatchObject(CloudError('CONFLICT'));
    await expect(sim.deleteVolume(volume.id)).rejects.toMatchObject(CloudError('CONFLICT'));
    await sim.detachVolume(vm.id, attachment.id);
    expect((await sim.getVolumes([volume.id])).get(volume.id)!.status).toBe('available');
    await sim.deleteVolume(volume.id);
  });

  it('enforces and reports quotas', async () => {
    await sim.updateQuota(projectId, { instances: 1 });
    await sim.createServer(server());
    await expect(sim.createServer(server())).rejects.toMatchObject({
      ...CloudError('QUOTA_EXCEEDED'),
      resource: 'instances',
    });
    await expect(sim.updateQuota(projectId, { instances: 0 })).rejects.toMatchObject(CloudError('CONFLICT'));
    await expect(sim.createVolume({ projectId, name: 'big', description: '', sizeGb: 5000 })).rejects.toMatchObject(
      CloudError('QUOTA_EXCEEDED'),
    );
    const quota = (await sim.getQuotas([projectId])).get(projectId)!;
    expect(quota.usage).toMatchObject({ instances: 1, cores: 1, ramMb: 512, networks: 1 });
    expect(quota.limits.instances).toBe(1);
  });
});
