import http from 'node:http';
import { AddressInfo } from 'node:net';
import { parseCloudsYaml } from '../../src/cloud/openstack/clouds-yaml';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { openstackRequestId } from '../../src/cloud/openstack/http';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../../src/time/clock';
import { answerJson, answerToken } from '../helpers/fake-openstack';

/** The OpenStack driver's own parts, without an OpenStack: clouds.yaml, request ids, and its HTTP behaviour against a fake (errors: openstack-errors.test.ts). */
describe('OpenStack driver, offline', () => {
  it('reads a cloud of clouds.yaml as openstacksdk does', () => {
    const yaml = `clouds:\n  lab:\n    auth:\n      auth_url: http://keystone:5000\n      username: canopy\n      password: s3cret\n      project_name: service\n      user_domain_name: Default\n      project_domain_id: default\n    region_name: RegionTwo\n    interface: internal\n  other:\n    auth: {}\n`;
    expect(parseCloudsYaml(yaml, 'lab')).toMatchObject({
      authUrl: 'http://keystone:5000/v3',
      username: 'canopy',
      userDomain: { name: 'Default' },
      project: { name: 'service', domain: { id: 'default' } },
      regionName: 'RegionTwo',
      interface: 'internal',
    });
    expect(() => parseCloudsYaml(yaml, undefined)).toThrow(/set OS_CLOUD to one of lab, other/);
    expect(() => parseCloudsYaml(yaml, 'other')).toThrow(/no auth.auth_url/);
    expect(() => parseCloudsYaml(yaml, 'lab')).not.toThrow(/s3cret/);
  });

  it("sends OpenStack-form request ids: Canopy's UUID as is, any other id hashed into one", () => {
    expect(openstackRequestId('5b0f3a52-7a8e-4c1d-9a3b-2f6e8d4c1a07')).toBe('req-5b0f3a52-7a8e-4c1d-9a3b-2f6e8d4c1a07');
    expect(openstackRequestId('trace-123')).toMatch(
      /^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  describe('against a fake cloud', () => {
    const ATTEMPT_MS = 30_000;
    let server: http.Server;
    let base: string;
    const seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }> = [];
    let flavorFailures = 0;
    const portUpdates: Array<{ url: string; groups: string[] }> = [];
    let tokens = 0;
    const keyPairBodies: unknown[] = [];
    /** What the fake does when a call to its hung service arrives (the hang test moves its clock). */
    let onHang: () => void = () => undefined;
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers });
        const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
          answerJson(res, status, body, headers);
        if (req.url === '/v3/auth/tokens') {
          tokens++;
          return answerToken(res, `tok-${tokens}`, { compute: `${base}/compute/v2.1`, network: `${base}/network` });
        }
        // A server with two ports; the second refuses a change of its security groups.
        if (req.method === 'GET' && req.url!.startsWith('/network/v2.0/ports?')) {
          const port = (id: string) => ({
            id,
            network_id: 'n',
            device_id: 'srv-1',
            device_owner: 'compute:nova',
            fixed_ips: [],
            security_groups: ['old'],
          });
          return json(200, { ports: [port('p1'), port('p2')] });
        }
        if (req.method === 'PUT' && req.url!.startsWith('/network/v2.0/ports/')) {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString()));
          req.on('end', () => {
            portUpdates.push({
              url: req.url!,
              groups: (JSON.parse(body) as { port: { security_groups: string[] } }).port.security_groups,
            });
            if (req.url === '/network/v2.0/ports/p2')
              return json(409, { NeutronError: { type: 'Conflict', message: 'Port p2 is busy', detail: '' } });
            return json(200, { port: {} });
          });
          return;
        }
        if (req.url === '/compute/v2.1/flavors/detail') {
          if (flavorFailures-- > 0) return json(503, { message: 'busy' });
          return json(200, { flavors: [{ id: '1', name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 }] });
        }
        if (req.url === '/compute/v2.1/os-availability-zone') {
          if (req.headers['x-auth-token'] === 'tok-1') return json(401, { error: { message: 'expired' } });
          return json(200, { availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true } }] });
        }
        // Consoles, as Nova answered the devcloud (the console tests below): the server, then remote-consoles.
        const consoleOf = /^\/compute\/v2\.1\/servers\/(vm-\w+)(\/remote-consoles)?$/.exec(req.url!);
        if (consoleOf) return consoleAnswer(consoleOf[1], consoleOf[2] !== undefined, req, json);
        // Nova's key pairs: `taken` exists already; a delete finds none (gone, as a retried delete would).
        if (req.url === '/compute/v2.1/os-keypairs' && req.method === 'POST') {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString()));
          req.on('end', () => {
            const { keypair } = JSON.parse(body) as { keypair: { name: string } };
            keyPairBodies.push(JSON.parse(body));
            if (keypair.name === 'taken')
              return json(409, { conflictingRequest: { code: 409, message: 'Key pair taken already exists.' } });
            return json(201, { keypair: { ...keypair, fingerprint: 'f' } });
          });
          return;
        }
        if (req.url!.startsWith('/compute/v2.1/os-keypairs/') && req.method === 'DELETE')
          return json(404, { itemNotFound: { code: 404, message: 'Keypair not found' } });
        // A hung service: never answers.
        if (req.url!.startsWith('/compute/v2.1/servers/detail')) return onHang();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    /**
     * Attempt deadlines are on `clock`: by default one that stands still, so no call times out
     * however slow the machine is; only the hang test moves its clock.
     */
    const driver = (clock = new ManualClock()) =>
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
          timeoutMs: ATTEMPT_MS,
          waitMs: 1000,
          logger: createLogger('silent'),
          clock,
        },
      );

    it("createServerConsole reads the server first (not ACTIVE: CONFLICT, nothing asked of Nova), and maps Nova's refusals by meaning", async () => {
      const d = driver();
      const url = 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc';
      await expect(d.createServerConsole('vm-on', 'NOVNC')).resolves.toEqual({ type: 'NOVNC', url });
      const posted = () => seen.filter((r) => r.method === 'POST' && r.url.endsWith('/remote-consoles')).length;
      const before = posted();
      await expect(d.createServerConsole('vm-off', 'NOVNC')).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(posted()).toBe(before);
      // [serial_console] disabled: 400 "Unavailable console type serial."; a driver without one: 501.
      for (const id of ['vm-on', 'vm-nohv'])
        await expect(d.createServerConsole(id, 'SERIAL')).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'type',
        });
      await expect(d.createServerConsole('vm-busy', 'NOVNC')).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(d.createServerConsole('vm-gone', 'NOVNC')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('setServerSecurityGroups gives the ports already changed their old groups back when a later port refuses', async () => {
      await expect(driver().setServerSecurityGroups('srv-1', ['new'])).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(portUpdates).toEqual([
        { url: '/network/v2.0/ports/p1', groups: ['new'] },
        { url: '/network/v2.0/ports/p2', groups: ['new'] },
        { url: '/network/v2.0/ports/p1', groups: ['old'] },
      ]);
    });

    it("imports a key pair into Nova as its API asks, maps Nova's 409 to CONFLICT, and deletes a gone one quietly", async () => {
      const d = driver();
      await d.createKeyPair({ name: 'canopy-1', publicKey: 'ssh-ed25519 AAAA me' });
      expect(keyPairBodies).toEqual([{ keypair: { name: 'canopy-1', public_key: 'ssh-ed25519 AAAA me' } }]);
      await expect(d.createKeyPair({ name: 'taken', publicKey: 'ssh-ed25519 AAAA' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(d.deleteKeyPair('canopy-1')).resolves.toBeUndefined();
      expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/compute/v2.1/os-keypairs/canopy-1' });
    });

    it('retries a read on 5xx with backoff, with the request id and the microversion on every attempt', async () => {
      flavorFailures = 2;
      seen.length = 0;
      const d = driver().withRequestId('5b0f3a52-7a8e-4c1d-9a3b-2f6e8d4c1a07');
      expect((await d.listFlavors()).map((f) => f.name)).toEqual(['m1.tiny']);
      const calls = seen.filter((s) => s.url === '/compute/v2.1/flavors/detail');
      expect(calls).toHaveLength(3);
      for (const call of calls)
        expect(call.headers).toMatchObject({
          'x-openstack-request-id': 'req-5b0f3a52-7a8e-4c1d-9a3b-2f6e8d4c1a07',
          'openstack-api-version': 'compute 2.46',
          'x-auth-token': expect.any(String) as unknown,
        });
      flavorFailures = 5;
      await expect(d.listFlavors()).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    });

    it('authenticates once for concurrent calls, and again once on 401', async () => {
      tokens = 0;
      flavorFailures = 0;
      const d = driver();
      await Promise.all([d.listFlavors(), d.listFlavors(), d.listFlavors()]);
      expect(tokens).toBe(1);
      expect(await d.listAvailabilityZones()).toEqual([{ name: 'nova', available: true }]);
      expect(tokens).toBe(2);
    });

    it('gives up on a hung service after its timeout, on each of 3 attempts: UPSTREAM_UNAVAILABLE', async () => {
      const clock = new ManualClock();
      let hung = 0;
      // Each attempt's deadline passes once the fake has the call: the timeout fires for certain, at once.
      onHang = () => {
        hung++;
        clock.advance(ATTEMPT_MS);
      };
      const error = await driver(clock)
        .listServers(['p'])
        .catch((e: Error) => e);
      expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect((error as Error).message).toMatch(/compute did not answer in time/);
      expect(hung).toBe(3);
    });

    it('is UPSTREAM_UNAVAILABLE when Keystone cannot be reached, without saying the password', async () => {
      const d = new OpenStackDriver(
        {
          name: 'gone',
          authUrl: 'http://127.0.0.1:9/v3',
          username: 'u',
          password: 'hunter2',
          userDomain: { id: 'default' },
          project: { name: 'admin', domain: { id: 'default' } },
          interface: 'public',
          tls: { verify: true },
          source: 'test',
        },
        {
          domain: 'Default',
          memberRole: 'member',
          projectPrefix: '',
          timeoutMs: ATTEMPT_MS,
          waitMs: 1000,
          logger: createLogger('silent'),
          clock: new ManualClock(),
        },
      );
      const error = await d.listFlavors().catch((e: Error) => e);
      expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect((error as Error).message).toMatch(/identity cannot be reached/);
      expect((error as Error).message).not.toContain('hunter2');
    });
  });
});

/**
 * The fake Nova's servers for the console test: vm-off is SHUTOFF, vm-gone does not exist; of the
 * ACTIVE ones, vm-on offers noVNC and not serial, vm-nohv's hypervisor has no serial console
 * (501), and vm-busy is refused as libvirt refuses a server that is not ready (409).
 */
function consoleAnswer(
  id: string,
  console: boolean,
  req: http.IncomingMessage,
  json: (status: number, body: unknown) => void,
): void {
  if (id === 'vm-gone')
    return json(404, { itemNotFound: { code: 404, message: `Instance ${id} could not be found.` } });
  if (!console) {
    const status = id === 'vm-off' ? 'SHUTOFF' : 'ACTIVE';
    return json(200, { server: { id, tenant_id: 'p', name: id, status, flavor: { id: '1' }, image: '', created: '' } });
  }
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const { protocol } = (JSON.parse(body) as { remote_console: { protocol: string } }).remote_console;
    if (id === 'vm-busy')
      return json(409, { conflictingRequest: { code: 409, message: `Instance ${id} is not ready.` } });
    if (protocol === 'serial' && id === 'vm-nohv')
      return json(501, {
        notImplemented: { code: 501, message: 'Unable to get serial console, functionality not implemented' },
      });
    if (protocol === 'serial')
      return json(400, { badRequest: { code: 400, message: 'Unavailable console type serial.' } });
    json(200, {
      remote_console: { protocol, type: 'novnc', url: 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc' },
    });
  });
}
