import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GqlClient } from '../helpers/client';
import { CreateGroup, CreateTenant, GetGroup } from '../helpers/documents';
import { spawnCanopy } from '../helpers/process';
import { GetTicket, TenantTicketAction } from '../helpers/tickets.documents';
import { login, PASSWORD } from '../helpers/world';

/** Mutations in flight at once during the burst, and how many must be acknowledged before the kill. */
const IN_FLIGHT = 8;
const ACKNOWLEDGED_BEFORE_KILL = 120;

/**
 * Crash safety: Canopy is SIGKILLed in the middle of a burst of mutations, then restarted on the
 * same file. The database must pass SQLite's integrity check, and every mutation that was
 * acknowledged (HTTP 200 with data) must be there, with its audit record.
 */
describe('crash safety', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-crash-'));
  const dbFile = path.join(dir, 'canopy.db');
  const env = { CANOPY_ADMIN_PASSWORD: 'admin-password-for-tests', CANOPY_SIM_BUILD_DELAY_MS: '0' };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged mutation and an intact database through a SIGKILL mid-burst', async () => {
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

    const file = new Database(dbFile, { readonly: true });
    try {
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      file.close();
    }

    const second = await spawnCanopy(dbFile, env);
    try {
      const again = new GqlClient(second.url, tenantAdmin.token);
      for (const id of groups) expect((await again.ok(GetGroup, { id })).group.id).toBe(id);
      for (const id of tickets) expect((await again.ok(GetTicket, { id })).ticket.id).toBe(id);
      const audited = new Database(dbFile, { readonly: true });
      try {
        const records = audited
          .prepare(
            `select count(*) as n from audit_events where operation in ('createGroup', 'tenantTicketAction') and outcome = 'ok'`,
          )
          .get() as { n: number };
        expect(records.n).toBeGreaterThanOrEqual(groups.length + tickets.length);
      } finally {
        audited.close();
      }
    } finally {
      second.stop();
    }
  }, 60_000);
});
