import { AuditEntry, recordChange, runAudited } from '../../src/audit/audit.context';
import { AuditRepo } from '../../src/audit/audit.repo';
import { OpenedDb } from '../../src/db/client';
import { StorageRepo } from '../../src/storage/storage.repo';
import { ComputeRepo } from '../../src/compute/compute.repo';
import { IdentityRepo } from '../../src/identity/identity.repo';
import { ON_POSTGRES, openTestDb } from '../helpers/database';

/**
 * The audit log's SQL and its rule (a change and its record commit together) on the backend under
 * test (npm run test:pg runs it on PostgreSQL), with compute's and storage's rows as the changes.
 */
describe('audit records in their transactions', () => {
  let opened: OpenedDb;
  let audit: AuditRepo;
  let tenantId: number;
  let adminId: number;

  beforeAll(async () => {
    opened = await openTestDb();
    audit = new AuditRepo(opened.db);
    const tree = await new IdentityRepo(opened.db).insertTenantTree({
      tenant: { name: 'acme', description: '', customerManager: '', projectId: 'p-1' },
      admin: { name: 'admin', description: '', passwordHash: 'x' },
    });
    tenantId = tree.tenant.id;
    adminId = tree.admin.id;
  });
  afterAll(() => opened.close());

  const entry = (operation: string): AuditEntry => ({
    operation,
    requestId: `req-${operation}`,
    actorId: adminId,
    tenantFixed: false,
    tenantId: null,
    targets: {},
    recorded: false,
  });
  const records = (operation: string) =>
    audit
      .list({ operation, limit: 10 })
      .then((rows) => rows.map((row) => [row.outcome, JSON.parse(row.targets) as Record<string, string>]));

  it("appends a change's record in the change's own transaction", async () => {
    const compute = new ComputeRepo(opened.db);
    const storage = new StorageRepo(opened.db);
    const made = entry('createServer');
    const server = await runAudited(made, () =>
      compute.insertServer({ tenantId, cloudId: 'srv-1', serverType: 'SHARED' }),
    );
    expect(made.recorded).toBe(true);
    expect(await records('createServer')).toEqual([['ok', { serverId: String(server.id) }]]);

    const volume = await runAudited(entry('createVolume'), () => storage.insertVolume({ tenantId, cloudId: 'vol-1' }));
    const attach = entry('attachVolume');
    const attachment = await runAudited(attach, () =>
      compute.insertAttachment({ tenantId, serverId: server.id, volumeId: volume.id, cloudId: 'att-1' }),
    );
    expect(await compute.attachmentsByCloudIds(['att-1'])).toEqual([attachment]);
    await runAudited(entry('assignServer'), () => compute.assign(server.id, adminId));
    expect((await compute.serversOfTenant(tenantId, adminId)).map((s) => s.assignedUserId)).toEqual([adminId]);
    await runAudited(entry('deleteServer'), () => compute.deleteServer(server.id));
    expect(await compute.attachmentsByIds([attachment.id])).toEqual([]);
    expect(await storage.volumesOfTenant(tenantId)).toHaveLength(1);
    expect((await audit.list({ tenantId, limit: 10 })).map((row) => row.operation)).toEqual([
      'deleteServer',
      'assignServer',
      'attachVolume',
      'createVolume',
      'createServer',
    ]);
  });

  it('unmarks the record when its transaction rolls back, so the failure gets its own', async () => {
    const failed = entry('failedChange');
    await expect(
      runAudited(failed, () =>
        opened.db.transaction(async (tx) => {
          await recordChange(tx, { tenantId });
          throw new Error('after the record');
        }),
      ),
    ).rejects.toThrow('after the record');
    expect(failed.recorded).toBe(false);
    expect(await records('failedChange')).toEqual([]);
  });

  (ON_POSTGRES ? it : it.skip)('appends the record again when PostgreSQL runs the transaction again', async () => {
    const retried = entry('retriedChange');
    let attempts = 0;
    await runAudited(retried, () =>
      opened.db.transaction(async (tx) => {
        attempts++;
        await recordChange(tx, { tenantId, targets: { attempt: attempts } });
        if (attempts === 1) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      }),
    );
    expect(attempts).toBe(2);
    expect(retried.recorded).toBe(true);
    expect(await records('retriedChange')).toEqual([['ok', { attempt: '2' }]]);
  });

  it('lists newest first, filtered by time (bound through the column), tenant and cursor', async () => {
    const all = await audit.list({ limit: 100 });
    const newest = all[0];
    expect(await audit.list({ from: newest.at, to: newest.at, limit: 100 })).toContainEqual(newest);
    expect(await audit.list({ from: new Date(newest.at.getTime() + 1), limit: 100 })).toEqual([]);
    expect(await audit.list({ to: new Date(0), limit: 100 })).toEqual([]);
    expect((await audit.list({ beforeId: newest.id, limit: 100 })).map((row) => row.id)).toEqual(
      all.slice(1).map((row) => row.id),
    );
    expect(await audit.list({ tenantId: -1, limit: 100 })).toEqual([]);
    expect(await audit.list({ actorId: adminId, outcome: 'ok', limit: 2 })).toHaveLength(2);
  });
});
