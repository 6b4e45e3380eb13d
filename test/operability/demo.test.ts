import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { TICKET_STATUSES } from '../../src/tickets/ticket.catalog';
import { V1_WORKFLOW } from '../../src/tickets/workflows';
import { graphql } from '../gql';
import { freshLocation, TestLocation } from '../helpers/database';
import { Viewer } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { rowCount } from '../helpers/sql';
import { GqlClient } from '../helpers/client';
import { login } from '../helpers/world';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const PASSWORD = 'demo-password-for-tests';

const DemoTenants = graphql(`
  query DemoTenants {
    tenants(first: 5) {
      nodes {
        name
        rootGroup {
          children {
            name
            children {
              name
              children {
                name
              }
            }
          }
        }
        networks {
          nodes {
            name
            subnets {
              cidr
            }
          }
        }
        routers {
          nodes {
            networks {
              name
            }
          }
        }
        servers(first: 20) {
          nodes {
            serverType
            status
            assignedUser {
              name
            }
          }
        }
        volumes(first: 20) {
          nodes {
            attachments {
              device
            }
          }
        }
      }
    }
  }
`);

const DemoTelecomTickets = graphql(`
  query DemoTelecomTickets {
    telecomTickets(first: 100) {
      nodes {
        type {
          id
        }
        status {
          code
        }
      }
    }
  }
`);

const DemoV1Tickets = graphql(`
  query DemoV1Tickets($status: String) {
    ticketsToReview(status: $status) {
      nodes {
        id
      }
    }
  }
`);

/** The demo fills a new database of the backend under test: a SQLite file, or PostgreSQL under test:pg. */
describe('canopy demo', () => {
  let fresh: TestLocation;
  const demo = () =>
    run(
      process.execPath,
      ['-r', '@swc-node/register', path.join(ROOT, 'src/cli/main.ts'), 'demo', '--password', PASSWORD],
      { cwd: ROOT, env: { ...process.env, CANOPY_DB: fresh.location } },
    );
  let output: string;
  let server: TestServer;
  let admin: GqlClient;

  beforeAll(async () => {
    fresh = await freshLocation();
    output = (await demo()).stdout;
    server = await startTestServer({ dbFile: fresh.location });
    admin = await login(server, 'admin', PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await fresh?.remove();
  });

  it('prints the logins and the password it set, and refuses a database that is not new', async () => {
    expect(output).toContain(`Password of every login below: ${PASSWORD}`);
    for (const name of ['wang.fang', 'chen.jie', 'admin#acme', 'grace#acme', 'sam#acme'])
      expect(output).toContain(name);
    await expect(demo()).rejects.toThrow(/not a new database/);
  });

  it('every printed login works, with the role the demo gave it', async () => {
    const logins = [...output.matchAll(/^ {2}(\S+) +(ADMIN|TELECOM|OPERATOR|tenant admin|admin|member)/gm)];
    expect(logins.length).toBeGreaterThanOrEqual(18);
    for (const [, name, role] of logins) {
      const viewer = (await (await login(server, name, PASSWORD)).ok(Viewer)).viewer;
      if (['ADMIN', 'TELECOM', 'OPERATOR'].includes(role)) expect(viewer?.staffRole).toBe(role);
      else expect(viewer?.memberships.some((m) => m.isAdmin)).toBe(role !== 'member');
    }
  });

  it('has 3 tenants with groups 3 levels deep, networks on routers, servers of both types in several power states, attached volumes', async () => {
    const tenants = (await admin.ok(DemoTenants)).tenants.nodes;
    expect(tenants).toHaveLength(3);
    for (const tenant of tenants) {
      expect(tenant.rootGroup!.children.some((g) => g.children.some((c) => c.children.length > 0))).toBe(true);
      expect(tenant.networks.nodes.length).toBeGreaterThanOrEqual(2);
      expect(tenant.networks.nodes.every((n) => n.subnets.length === 1)).toBe(true);
      expect(tenant.routers.nodes.length).toBeGreaterThanOrEqual(2);
      expect(tenant.routers.nodes.every((r) => r.networks.length > 0)).toBe(true);
      expect(tenant.volumes.nodes.some((v) => v.attachments.length > 0)).toBe(true);
      expect(tenant.volumes.nodes.some((v) => v.attachments.length === 0)).toBe(true);
    }
    const servers = tenants.flatMap((t) => t.servers.nodes);
    expect(servers.some((s) => s.serverType === 'SHARED')).toBe(true);
    expect(servers.some((s) => s.serverType === 'PRIVATE' && s.assignedUser)).toBe(true);
    expect(new Set(servers.map((s) => s.status))).toEqual(new Set(['ACTIVE', 'PAUSED', 'SHUTOFF', 'SUSPENDED']));
  });

  it('has tickets of every v2 type in every status, and v1 tickets in every status (a deleted one too, kept hidden)', async () => {
    const telecom = await login(server, 'wang.fang', PASSWORD);
    const v2 = (await telecom.ok(DemoTelecomTickets)).telecomTickets.nodes;
    expect(new Set(v2.map((t) => t.type.id))).toEqual(new Set([1, 2, 3, 4]));
    const v2Statuses = TICKET_STATUSES.filter((s) => s.id < 100).map((s) => s.code);
    expect(new Set(v2.map((t) => t.status.code))).toEqual(new Set(v2Statuses));
    for (const status of V1_WORKFLOW.statuses.filter((s) => s !== 'DELETED')) {
      expect((await telecom.ok(DemoV1Tickets, { status })).ticketsToReview.nodes.length).toBeGreaterThan(0);
    }
    const deleted = TICKET_STATUSES.find((s) => s.code === 'DELETED')?.id;
    expect(await rowCount(server, 'tickets', 'status_id = ?', [deleted])).toBe(1);
  });
});
