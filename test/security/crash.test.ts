import Database from 'better-sqlite3';
import { GqlClient } from '../helpers/client';
import { freshLocation, ON_POSTGRES, TestLocation } from '../helpers/database';
import { CreateGroup, CreateTenant, GetGroup } from '../helpers/documents';
import { spawnCanopy } from '../helpers/process';
import { rowCount } from '../helpers/sql';
import { GetTicket, TenantTicketAction } from '../helpers/tickets.documents';
import { login, PASSWORD } from '../helpers/world';

/** Mutations in flight at once during the burst, and how many must be acknowledged before the kill. */
const IN_FLIGHT = 8;
const ACKNOWLEDGED_BEFORE_KILL = 120;

/**
 * Crash safety: Canopy is SIGKILLed in the middle of a burst of mutations, then restarted on the
 * same database, of the backend under test. Every mutation that was acknowledged (HTTP 200 with
 * data) must be there, with its audit record: Canopy answers only once its transaction committed,
 * on either backend. On SQLite the process killed is the one writing the file, so the file must
 * also pass SQLite's integrity check (its WAL, synchronous=FULL); on PostgreSQL the kill only cuts
 * Canopy's connections, the server rolls their open transactions back, and its files are
 * PostgreSQL's own to keep intact: there is no check of them to make here.
 */
describe('crash safety', () => {
  let fresh: TestLocation;
  const env = { CANOPY_ADMIN_PASSWORD: 'admin-password-for-tests', CANOPY_SIM_BUILD_DELAY_MS: '0' };
  beforeAll(async () => {
    fresh = await freshLocation();
  });
  afterAll(() => fresh?.remove());

  it('keeps every acknowledged mutation and an intact database through a SIGKILL mid-burst', async () => {
    const dbFile = fresh.location;
    const first = await spawnCanopy(dbFile, env);
    const admin = await login(first, 'admin', env.CANOPY_ADMIN_PASSWORD);
    const { createTenant } = await admin.ok(CreateTenant, { input: { name: 'crashy', adminPassword: PASSWORD } });
    const tenantAdmin = await login(first, 'admin#crashy');

    const groups: string[] = [];
    const tickets: string[] = [];
    let sent = 0;
    let killed = false;
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    const worker = async () => {
      while (!killed) {
        const n = sent++;
        try {
          if (n % 2 === 0) {
            const response = await tenantAdmin.request(CreateGroup, {
              input: { parentGroupId: createTenant.tenant.rootGroup!.id, name: `g-${n}` },
            });
            if (response.status === 200 && response.data) groups.push(response.data.createGroup.group.id);
          } else {
            const response = await tenantAdmin.request(TenantTicketAction, { input: { name: `t-${n}` } });
            if (response.status === 200 && response.data) tickets.push(response.data.tenantTicketAction.ticket.id);
          }
        } catch {
          // The connection died with the process: not acknowledged, so nothing is owed.
        }
        if (!killed && groups.length + tickets.length >= ACKNOWLEDGED_BEFORE_KILL) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await exited;
    expect(sent).toBeGreaterThan(groups.length + tickets.length);

    if (!ON_POSTGRES) {
      const file = new Database(dbFile, { readonly: true });
      try {
        expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        file.close();
      }
    }

    const second = await spawnCanopy(dbFile, env);
    try {
      const again = new GqlClient(second.url, tenantAdmin.token);
      for (const id of groups) expect((await again.ok(GetGroup, { id })).group.id).toBe(id);
      for (const id of tickets) expect((await again.ok(GetTicket, { id })).ticket.id).toBe(id);
      const records = await rowCount(
        dbFile,
        'audit_events',
        "operation in ('createGroup', 'tenantTicketAction') and outcome = 'ok'",
      );
      expect(records).toBeGreaterThanOrEqual(groups.length + tickets.length);
    } finally {
      second.stop();
    }
  }, 60_000);
});
