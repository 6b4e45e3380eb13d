import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeNetwork, makeServer } from '../helpers/cloud';
import { ConnectRouterNetwork, CreateRouter, ServersPage } from '../helpers/cloud.documents';
import { ExternalNetworks, TenantFloatingIps } from '../helpers/floating-ips.documents';
import { MyKeyPairs } from '../helpers/key-pairs.documents';
import { TenantSecurityGroups } from '../helpers/security-groups.documents';
import { TelecomTickets } from '../helpers/tickets.documents';
import { buildWorld, PASSWORD, World } from '../helpers/world';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

/** Runs examples/main.ts exactly as its README says, against a live server, so the example never rots. */
describe('the typed client example (examples/)', () => {
  let world: World;

  beforeAll(async () => {
    world = await buildWorld();
    const networkId = await makeNetwork(world.a.admin, world.a.id, 'office');
    // The walk's floating IP needs the office network routed to the external one, as in the demo.
    const [external] = (await world.a.admin.ok(ExternalNetworks)).externalNetworks;
    const { createRouter } = await world.a.admin.ok(CreateRouter, {
      input: { tenantId: world.a.id, name: 'office-router', externalNetworkId: external.id },
    });
    await world.a.admin.ok(ConnectRouterNetwork, { input: { routerId: createRouter.router.id, networkId } });
    await makeServer(world.a.admin, world.a.id, networkId, { name: 'shared-app', serverType: 'SHARED' });
    await makeServer(world.a.admin, world.a.id, networkId, { name: 'admins-only' });
  });
  afterAll(() => world.close());

  it('logs in, lists the servers page, opens a console, walks to a reachable server, and walks a resource change to COMPLETED as tenant user, TELECOM and OPERATOR', async () => {
    const env = {
      ...process.env,
      CANOPY_URL: world.server.url,
      CANOPY_PASSWORD: PASSWORD,
      EXAMPLE_TENANT_USER: 'mike#acme',
      EXAMPLE_TELECOM: 'tina',
      EXAMPLE_OPERATOR: 'otto',
    };
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'examples/main.ts'], {
      cwd: ROOT,
      env,
    });

    expect(stdout).toContain('mike sees 1 servers of acme:');
    expect(stdout).toMatch(/^ {2}shared-app ACTIVE SHARED m1\.tiny cirros-0\.6\.2-x86_64 \[office 10\.0\.0\.\d+\]/m);
    expect(stdout).toMatch(
      /^Console of shared-app: NOVNC at http:\/\/127\.0\.0\.1:6080\/vnc_auto\.html, open until \d{4}-\d\d-\d\dT[\d:.]+Z$/m,
    );
    expect(stdout).toMatch(/^Key pair example-key: ED25519 SHA256:[\w+/]{43} \(private key returned once: yes\)$/m);
    expect(stdout).toContain('Security group example-ssh: INGRESS tcp 22-22 from 0.0.0.0/0');
    expect(stdout).toMatch(/^Floating IP (\d+\.){3}\d+ on bastion \(10\.0\.0\.\d+\), put there by mike$/m);
    expect(stdout).toMatch(
      /^bastion ACTIVE: key example-key SHA256:[\w+/]{43}, groups example-ssh, ssh to (\d+\.){3}\d+$/m,
    );
    expect(stdout).toMatch(/^Console of bastion: NOVNC on 127\.0\.0\.1:6080, open until \d{4}-\d\d-\d\dT[\d:.]+Z$/m);
    expect(stdout).toContain('Removed bastion, its floating IP, example-ssh and example-key');
    expect(stdout).not.toContain('token');
    expect(stdout).not.toContain('PRIVATE KEY');
    expect(stdout.match(/: (\w+) \(/g)).toEqual(
      ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'PLATFORM_PROCESSING', 'ACCEPTANCE_PENDING', 'COMPLETED'].map(
        (s) => `: ${s} (`,
      ),
    );
    expect(stdout).toContain('OPERATOR otto ACCEPT_PLATFORM_DEAL → PLATFORM_PROCESSING');

    // The walk removed what it made: nothing of it is left in the tenant.
    const { tenant } = await world.a.admin.ok(ServersPage, { tenantId: world.a.id });
    expect(tenant.servers.nodes.map((s) => s.name).sort()).toEqual(['admins-only', 'shared-app']);
    expect((await world.a.admin.ok(TenantFloatingIps, { tenantId: world.a.id })).floatingIps.nodes).toEqual([]);
    const groups = (await world.a.admin.ok(TenantSecurityGroups, { tenantId: world.a.id })).securityGroups;
    expect(groups.map((g) => g.name)).toEqual(['default']);
    expect((await world.a.admin.ok(MyKeyPairs)).viewer!.keyPairs).toEqual([]);

    const { telecomTickets } = await world.telecom.ok(TelecomTickets, { statusIds: [7], typeIds: [1] });
    expect(telecomTickets.nodes.map((t) => t.title)).toEqual(['Two web servers', 'Add 100 GB to the database volume']);

    // The provisioning walk (provision.ts): Canopy opened both servers, each linked to its ticket.
    expect(stdout).toMatch(/^Ticket \d+ asks for 2 × m1\.tiny$/m);
    expect(stdout).toMatch(/^Plan: 2 servers; instances \d+ in use \+ 2 of \d+: fits the quota$/m);
    expect(stdout).toMatch(/^Capacity: fits$/m);
    expect(stdout).toMatch(/^Ticket \d+: PLATFORM_PROCESSING, SUCCEEDED$/m);
    expect(stdout.match(/^web-[12]-… ACTIVE m1\.tiny, from ticket \d+$/gm)).toHaveLength(2);
    expect(stdout).toMatch(/^Ticket \d+: COMPLETED$/m);
    expect(stdout).toMatch(/^Removed the 2 servers of ticket \d+$/m);
  });

  it('fails with a message, not a stack, when the password is wrong', async () => {
    const env = {
      ...process.env,
      CANOPY_URL: world.server.url,
      CANOPY_PASSWORD: 'wrong-password',
      EXAMPLE_TENANT_USER: 'mike#acme',
    };
    const failure = await run(process.execPath, ['-r', '@swc-node/register', 'examples/main.ts'], {
      cwd: ROOT,
      env,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('Invalid identification or password');
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
  });
});
