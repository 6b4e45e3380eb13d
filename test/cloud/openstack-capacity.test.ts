import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../../src/time/clock';
import { answerJson, answerToken } from '../helpers/fake-openstack';

/**
 * The OpenStack driver's freeCapacity against a fake Placement and Cinder on loopback: the
 * arithmetic, the HTTP requests it costs, and what is unknown when a service does not tell.
 */
describe('OpenStack freeCapacity, offline', () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];
  /** What the fake answers: a cloud that tells, or one whose Placement refuses and whose pool cannot say. */
  let telling = true;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const json = (status: number, body: unknown) => answerJson(res, status, body);
      if (req.url === '/v3/auth/tokens')
        return answerToken(res, 'tok', { placement: `${base}/placement`, 'block-storage': `${base}/volume/v3` });
      seen.push(`${req.method} ${req.url}`);
      if (!telling && req.url!.startsWith('/placement/'))
        return json(403, { errors: [{ status: 403, title: 'Forbidden', detail: 'Policy does not allow' }] });
      if (req.url === '/placement/resource_providers')
        return json(200, { resource_providers: [{ uuid: 'host-1' }, { uuid: 'host-2' }] });
      // host-1: 8 cores at 4.0 less 2 reserved is 24, 5 used; 16 GB less 512 MB at 1.5; 100 GB disk.
      if (req.url === '/placement/resource_providers/host-1/inventories')
        return json(200, {
          inventories: {
            VCPU: { total: 8, reserved: 2, allocation_ratio: 4.0 },
            MEMORY_MB: { total: 16384, reserved: 512, allocation_ratio: 1.5 },
            DISK_GB: { total: 100, reserved: 0, allocation_ratio: 1.0 },
          },
        });
      if (req.url === '/placement/resource_providers/host-1/usages')
        return json(200, { usages: { VCPU: 5, MEMORY_MB: 4096, DISK_GB: 30 } });
      // host-2: full (more used than its capacity counts as 0 free), and no DISK_GB of its own.
      if (req.url === '/placement/resource_providers/host-2/inventories')
        return json(200, {
          inventories: {
            VCPU: { total: 2, reserved: 0, allocation_ratio: 1.0 },
            MEMORY_MB: { total: 2048, reserved: 0, allocation_ratio: 1.0 },
          },
        });
      if (req.url === '/placement/resource_providers/host-2/usages')
        return json(200, { usages: { VCPU: 3, MEMORY_MB: 1024 } });
      if (req.url === '/volume/v3/scheduler-stats/get_pools?detail=true')
        return json(200, {
          pools: telling
            ? [
                // 500 free less 10 % of 1000 reserved; 20.5 free less none.
                {
                  name: 'a@lvm#1',
                  capabilities: { free_capacity_gb: 500, total_capacity_gb: 1000, reserved_percentage: 10 },
                },
                {
                  name: 'b@lvm#1',
                  capabilities: { free_capacity_gb: 20.5, total_capacity_gb: 40, reserved_percentage: 0 },
                },
              ]
            : [{ name: 'c@fake#1', capabilities: { free_capacity_gb: 'unknown', total_capacity_gb: 'unknown' } }],
        });
      json(404, { error: `no fake for ${req.url}` });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const driver = () =>
    new OpenStackDriver(
      {
        name: 'fake',
        authUrl: `${base}/v3`,
        username: 'u',
        password: 'p',
        userDomain: { id: 'default' },
        project: { name: 'admin', domain: { id: 'default' } },
        regionName: 'R',
        interface: 'public',
        tls: { verify: true },
        source: 'test',
      },
      {
        domain: 'Default',
        memberRole: 'member',
        projectPrefix: '',
        timeoutMs: 30_000,
        waitMs: 1000,
        logger: createLogger('silent'),
        clock: new ManualClock(),
      },
    );

  it('sums (total − reserved) × allocation_ratio − used over hosts, and pools less their reserve', async () => {
    telling = true;
    await expect(driver().freeCapacity(['vcpus', 'ramMb', 'diskGb', 'volumeGb'])).resolves.toEqual({
      vcpus: 19, // host-1's 24 − 5; host-2's 3 used of 2 count as none free
      ramMb: 23808 - 4096 + (2048 - 1024),
      diskGb: 70,
      volumeGb: 400 + 20,
    });
    // One list of providers, each one's inventories and usages, one get_pools.
    expect(seen.sort()).toEqual(
      [
        'GET /placement/resource_providers',
        'GET /placement/resource_providers/host-1/inventories',
        'GET /placement/resource_providers/host-1/usages',
        'GET /placement/resource_providers/host-2/inventories',
        'GET /placement/resource_providers/host-2/usages',
        'GET /volume/v3/scheduler-stats/get_pools?detail=true',
      ].sort(),
    );
  });

  it('asks only the service the resources need', async () => {
    telling = true;
    await expect(driver().freeCapacity(['volumeGb'])).resolves.toEqual({
      vcpus: null,
      ramMb: null,
      diskGb: null,
      volumeGb: 420,
    });
    expect(seen).toEqual(['GET /volume/v3/scheduler-stats/get_pools?detail=true']);
  });

  it('a Placement that refuses and a pool that cannot say are unknown (null), not errors', async () => {
    telling = false;
    await expect(driver().freeCapacity(['vcpus', 'volumeGb'])).resolves.toEqual({
      vcpus: null,
      ramMb: null,
      diskGb: null,
      volumeGb: null,
    });
  });
});
