import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeNetwork, makeServer } from '../helpers/cloud';
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
    await makeServer(world.a.admin, world.a.id, networkId, { name: 'shared-app', serverType: 'SHARED' });
    await makeServer(world.a.admin, world.a.id, networkId, { name: 'admins-only' });
  });
  afterAll(() => world.close());

  it('logs in, lists the servers page, opens a console, and walks a resource change to COMPLETED as tenant user, TELECOM and OPERATOR', async () => {
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
    expect(stdout).not.toContain('token');
    expect(stdout.match(/: (\w+) \(/g)).toEqual(
      ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'PLATFORM_PROCESSING', 'ACCEPTANCE_PENDING', 'COMPLETED'].map(
        (s) => `: ${s} (`,
      ),
    );
    expect(stdout).toContain('OPERATOR otto ACCEPT_PLATFORM_DEAL → PLATFORM_PROCESSING');

    const { telecomTickets } = await world.telecom.ok(TelecomTickets, { statusIds: [7], typeIds: [1] });
    expect(telecomTickets.nodes.map((t) => t.title)).toEqual(['Add 100 GB to the database volume']);
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
