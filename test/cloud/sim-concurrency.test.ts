import { OpenedDb } from '../../src/db/client';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { SIM_IMAGES, SIM_PUBLIC } from '../../src/cloud/sim/sim.catalog';
import { openTestDb } from '../helpers/database';

/** What each of several calls fired at once ended in: its value, or its error's code. */
async function outcomes<T>(calls: Promise<T>[]): Promise<(T | string)[]> {
  const settledCalls = await Promise.allSettled(calls);
  return settledCalls.map((s) =>
    s.status === 'fulfilled' ? s.value : String((s.reason as { code?: string }).code ?? s.reason),
  );
}

/**
 * The sim's rules when calls collide. On SQLite the writers run one at a time, so this only shows
 * the outcome; on PostgreSQL the transactions interleave, each check (free address, quota, name,
 * volume in use, gateway taken) reads inside its own SERIALIZABLE transaction, and the losers are
 * failed by PostgreSQL (40001, never a UNIQUE violation) and run again on what the winner wrote.
 */
describe('sim driver, calls at once', () => {
  let opened: OpenedDb;
  let sim: SimDriver;
  let projectId: string;
  let networkId: string;
  const server = () => ({
    projectId,
    name: 'vm',
    flavorId: '1',
    imageId: SIM_IMAGES[0].id,
    networkIds: [networkId],
    availabilityZone: 'nova',
    securityGroups: ['default'],
  });

  beforeEach(async () => {
    opened = await openTestDb();
    sim = new SimDriver(opened.db, { latencyMs: 0, buildDelayMs: 0 });
    projectId = (await sim.createProject({ name: 'p', description: '' })).id;
    await sim.updateQuota(projectId, { instances: -1, cores: -1, ramMb: -1, routers: -1 });
    const subnet = {
      cidr: '10.1.0.0/24',
      gatewayIp: '10.1.0.1',
      dhcpEnabled: true,
      poolStart: '10.1.0.10',
      poolEnd: '10.1.0.13',
      dnsNameservers: [],
    };
    networkId = (await sim.createNetwork({ projectId, name: 'net', subnet })).id;
  });
  afterEach(async () => {
    await opened.close();
  });

  it('gives each address of the pool once, then CONFLICT', async () => {
    const results = await outcomes(Array.from({ length: 10 }, () => sim.createServer(server())));
    const ips = results.flatMap((r) => (typeof r === 'string' ? [] : [r.addresses[0].ip]));
    expect(ips.sort()).toEqual(['10.1.0.10', '10.1.0.11', '10.1.0.12', '10.1.0.13']);
    expect(results.filter((r) => typeof r === 'string')).toEqual(Array(6).fill('CONFLICT'));
  });

  it('keeps to the instance quota', async () => {
    await sim.updateQuota(projectId, { instances: 2 });
    const results = await outcomes(Array.from({ length: 6 }, () => sim.createServer(server())));
    expect(results.filter((r) => typeof r !== 'string')).toHaveLength(2);
    expect(results.filter((r) => typeof r === 'string')).toEqual(Array(4).fill('QUOTA_EXCEEDED'));
  });

  it('makes one project of a name', async () => {
    const results = await outcomes(Array.from({ length: 5 }, () => sim.createProject({ name: 'q', description: '' })));
    expect(results.filter((r) => typeof r !== 'string')).toHaveLength(1);
    expect(results.filter((r) => typeof r === 'string')).toEqual(Array(4).fill('CONFLICT'));
  });

  it('attaches a volume to one server only', async () => {
    const vms = await Promise.all([sim.createServer(server()), sim.createServer(server())]);
    const volume = await sim.createVolume({ projectId, name: 'v', description: '', sizeGb: 1 });
    const results = await outcomes(vms.map((vm) => sim.attachVolume(vm.id, volume.id)));
    expect(results.filter((r) => typeof r !== 'string')).toHaveLength(1);
    expect(results.filter((r) => typeof r === 'string')).toEqual(['CONFLICT']);
  });

  it("gives a subnet's gateway address to one router interface", async () => {
    const [subnetId] = (await sim.getNetworks([networkId])).get(networkId)!.subnetIds;
    const routers = await Promise.all(
      [1, 2, 3].map((n) => sim.createRouter({ projectId, name: `r${n}`, externalNetworkId: SIM_PUBLIC.networkId })),
    );
    expect(new Set(routers.map((r) => r.externalIp)).size).toBe(3);
    const results = await outcomes(routers.map((r) => sim.addRouterInterface(r.id, subnetId)));
    expect(results.filter((r) => typeof r !== 'string')).toHaveLength(1);
    expect(results.filter((r) => typeof r === 'string')).toEqual(['CONFLICT', 'CONFLICT']);
  });
});
