import fc from 'fast-check';
import { SIM_IMAGES } from '../../src/cloud/sim/sim.catalog';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { defaultPool, firstFree, ipToNumber, numberToIp, parseCidr } from '../../src/cloud/ipv4';
import { CloudError } from '../cloud/expect-error';
import { openTestDb } from '../helpers/database';

/** A random small subnet (/26 to /30) somewhere in 10.0.0.0/8 with its gateway at a random host. */
const subnetArb = fc
  .record({
    prefix: fc.integer({ min: 26, max: 30 }),
    block: fc.integer({ min: 0, max: 2 ** 18 - 1 }),
    gatewayPick: fc.nat(),
  })
  .map(({ prefix, block, gatewayPick }) => {
    const size = 2 ** (32 - prefix);
    const base = ipToNumber('10.0.0.0') + ((block * size) % 2 ** 24);
    const cidr = `${numberToIp(base)}/${prefix}`;
    const gateway = numberToIp(base + 1 + (gatewayPick % (size - 2)));
    return { cidr, gateway, ...defaultPool(parseCidr(cidr)!, gateway) };
  });

describe('IP allocation, properties', () => {
  it('firstFree hands out each pool address once, never the gateway, then nothing', () => {
    fc.assert(
      fc.property(subnetArb, ({ gateway, start, end }) => {
        const used = new Set<string>();
        for (let ip = firstFree(start, end, used); ip !== null; ip = firstFree(start, end, used)) {
          expect(ipToNumber(ip)).toBeGreaterThanOrEqual(ipToNumber(start));
          expect(ipToNumber(ip)).toBeLessThanOrEqual(ipToNumber(end));
          expect(ip).not.toBe(gateway);
          used.add(ip);
        }
        expect(used.size).toBe(ipToNumber(end) - ipToNumber(start) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('the sim never gives one address twice, stays in the DHCP range, and answers exhaustion with CONFLICT', async () => {
    const opened = await openTestDb();
    const sim = new SimDriver(opened.db, { latencyMs: 0, buildDelayMs: 0 });
    const projectId = (await sim.createProject({ name: 'p', description: '' })).id;
    await sim.updateQuota(projectId, { instances: -1, cores: -1, ramMb: -1, networks: -1 });
    let networks = 0;
    // Random interleavings of creating and deleting servers: freed addresses come back, live ones never repeat.
    const steps = fc.array(
      fc.oneof(
        fc.constant('create' as const),
        fc.nat().map((pick) => ({ delete: pick })),
      ),
      { minLength: 1, maxLength: 40 },
    );
    try {
      await fc.assert(
        fc.asyncProperty(subnetArb, steps, async (subnet, plan) => {
          const network = await sim.createNetwork({
            projectId,
            name: `n${networks++}`,
            subnet: {
              cidr: subnet.cidr,
              gatewayIp: subnet.gateway,
              dhcpEnabled: true,
              poolStart: subnet.start,
              poolEnd: subnet.end,
              dnsNameservers: [],
            },
          });
          const live = new Map<string, string>();
          const poolSize = ipToNumber(subnet.end) - ipToNumber(subnet.start) + 1;
          const spec = {
            projectId,
            name: 'vm',
            flavorId: '1',
            imageId: SIM_IMAGES[0].id,
            networkIds: [network.id],
            availabilityZone: 'nova',
            securityGroups: ['default'],
          };
          for (const step of [...plan, 'create' as const]) {
            if (step === 'create' && live.size === poolSize) {
              await expect(sim.createServer(spec)).rejects.toMatchObject(CloudError('CONFLICT'));
            } else if (step === 'create') {
              const server = await sim.createServer(spec);
              const ip = server.addresses[0].ip;
              expect([...live.values()]).not.toContain(ip);
              expect(ipToNumber(ip) >= ipToNumber(subnet.start) && ipToNumber(ip) <= ipToNumber(subnet.end)).toBe(true);
              live.set(server.id, ip);
            } else if (live.size > 0) {
              const id = [...live.keys()][step.delete % live.size];
              await sim.deleteServer(id);
              live.delete(id);
            }
          }
          for (const id of live.keys()) await sim.deleteServer(id);
          await sim.deleteNetwork(network.id);
        }),
        { numRuns: 60 },
      );
    } finally {
      await opened.close();
    }
  });
});
