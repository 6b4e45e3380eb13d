import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../../src/time/clock';
import { answerJson, answerToken } from '../helpers/fake-openstack';

interface FakeFip {
  id: string;
  project_id: string;
  floating_network_id: string;
  floating_ip_address: string;
  status: string;
  port_id: string | null;
  fixed_ip_address: string | null;
  port_details: { device_id: string } | null;
}

/**
 * The OpenStack driver's floating-IP steps against a fake Neutron (issue 14): a refusal at each
 * HTTP step of allocate and associate leaves the fake's floating IPs as they were, and the
 * driver sends the tenant's project_id and the chosen port.
 */
describe('OpenStack floating IPs, offline', () => {
  let server: http.Server;
  let base: string;
  let fips: FakeFip[] = [];
  /** "METHOD path-prefix" of the one step that refuses (403: not retried), or none. */
  let failing = '';
  const writes: Array<{ method: string; url: string; body: unknown }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const json = (status: number, body: unknown) => answerJson(res, status, body);
      if (req.url === '/v3/auth/tokens') return answerToken(res, 'tok', { network: `${base}/network` });
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const url = req.url!;
        if (failing && `${req.method} ${url}`.startsWith(failing))
          return json(403, { NeutronError: { type: 'PolicyNotAuthorized', message: 'refused', detail: '' } });
        const body = raw ? (JSON.parse(raw) as Record<string, Record<string, string | null>>) : undefined;
        if (req.method !== 'GET') writes.push({ method: req.method!, url, body });
        if (req.method === 'GET' && url.startsWith('/network/v2.0/floatingips?'))
          return json(200, { floatingips: fips });
        if (req.method === 'GET' && url.startsWith('/network/v2.0/ports?'))
          return json(200, {
            ports: [
              {
                id: 'port-1',
                network_id: 'lan',
                device_id: 'srv-1',
                device_owner: 'compute:nova',
                fixed_ips: [{ subnet_id: 'sub', ip_address: '10.0.0.5' }],
              },
            ],
          });
        if (req.method === 'POST' && url === '/network/v2.0/floatingips') {
          const made: FakeFip = {
            id: `fip-${fips.length + 1}`,
            project_id: body!.floatingip.project_id!,
            floating_network_id: body!.floatingip.floating_network_id!,
            floating_ip_address: `203.0.113.${20 + fips.length}`,
            status: 'DOWN',
            port_id: null,
            fixed_ip_address: null,
            port_details: null,
          };
          fips.push(made);
          return json(201, { floatingip: made });
        }
        if (req.method === 'PUT' && url.startsWith('/network/v2.0/floatingips/')) {
          const fip = fips.find((f) => url.endsWith(`/${f.id}`))!;
          const portId = body!.floatingip.port_id;
          Object.assign(fip, {
            port_id: portId,
            fixed_ip_address: portId ? body!.floatingip.fixed_ip_address : null,
            port_details: portId ? { device_id: 'srv-1' } : null,
          });
          return json(200, { floatingip: fip });
        }
        json(404, { NeutronError: { type: 'NotFound', message: `no ${url}`, detail: '' } });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    fips = [];
    failing = '';
    writes.length = 0;
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
  const target = { serverId: 'srv-1', fixedAddress: '10.0.0.5' };

  it("allocates in the tenant's project and associates the port that holds the address", async () => {
    const fip = await driver().allocateFloatingIp({ projectId: 'tenant-p', externalNetworkId: 'public' });
    expect(writes[0]).toEqual({
      method: 'POST',
      url: '/network/v2.0/floatingips',
      body: { floatingip: { floating_network_id: 'public', project_id: 'tenant-p' } },
    });
    const associated = await driver().associateFloatingIp(fip.id, target);
    expect(writes[1]).toMatchObject({
      method: 'PUT',
      body: { floatingip: { port_id: 'port-1', fixed_ip_address: '10.0.0.5' } },
    });
    expect(associated).toMatchObject({ serverId: 'srv-1', fixedAddress: '10.0.0.5', projectId: 'tenant-p' });
    await expect(driver().associateFloatingIp(fip.id, target)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(writes).toHaveLength(2);
  });

  it('leaves nothing allocated when the create is refused', async () => {
    failing = 'POST /network/v2.0/floatingips';
    await expect(
      driver().allocateFloatingIp({ projectId: 'tenant-p', externalNetworkId: 'public' }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(fips).toEqual([]);
  });

  it.each(['GET /network/v2.0/floatingips?', 'GET /network/v2.0/ports?', 'PUT /network/v2.0/floatingips/'])(
    'a refusal at %s of associate leaves the IP unassociated',
    async (step) => {
      const fip = await driver().allocateFloatingIp({ projectId: 'tenant-p', externalNetworkId: 'public' });
      failing = step;
      await expect(driver().associateFloatingIp(fip.id, target)).rejects.toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
      });
      expect(fips).toEqual([expect.objectContaining({ id: fip.id, port_id: null, fixed_ip_address: null })]);
    },
  );
});
