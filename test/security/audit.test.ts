import { makeNetwork } from '../helpers/cloud';
import { DeleteNetwork } from '../helpers/cloud.documents';
import { CreateGroup, CreateUser, Login, UpdateGroup, UpdateTenant } from '../helpers/documents';
import { AuditEvents, ChangePassword } from '../helpers/security.documents';
import { injectFault, sqlRows } from '../helpers/sql';
import { buildWorld, login, PASSWORD, World } from '../helpers/world';

/** The audit log: one record per mutation, in the change's own transaction, readable by ADMIN and tenant admins. */
describe('audit log', () => {
  let w: World;
  /** The newest record of an operation, as ADMIN sees it. */
  const newest = async (operation: string) =>
    (await w.admin.ok(AuditEvents, { filter: { operation }, first: 1 })).auditEvents.nodes[0];

  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  it('records a success with actor, tenant, operation, input and created ids, and the request id', async () => {
    const before = Date.now();
    const response = await w.a.admin.request(
      CreateGroup,
      { input: { parentGroupId: w.team, name: 'audited' } },
      { 'x-request-id': 'req-audit-1' },
    );
    const after = Date.now();
    const event = await newest('createGroup');
    expect(event).toMatchObject({ requestId: 'req-audit-1', actorId: w.a.adminId, tenantId: w.a.id, outcome: 'ok' });
    expect(event.targets).toEqual(
      expect.arrayContaining([
        { name: 'parentGroupId', id: w.team },
        { name: 'groupId', id: response.data!.createGroup.group.id },
      ]),
    );
    // Stamped while the request ran, however long it took.
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(event.at)).toBeLessThanOrEqual(after);
  });

  it('keeps overlapping mutations apart, also once none was running in between', async () => {
    // The audit context is switched off whenever no mutation runs (src/audit/audit.context.ts).
    for (let round = 0; round < 3; round++) {
      const made = await Promise.all(
        [w.a, w.b, w.a, w.b].map(async (tenant, i) => {
          const requestId = `overlap-${round}-${i}`;
          const response = await tenant.admin.request(
            CreateGroup,
            { input: { parentGroupId: tenant.rootGroupId, name: `overlap-${round}-${i}` } },
            { 'x-request-id': requestId },
          );
          return { requestId, tenantId: tenant.id, groupId: response.data!.createGroup.group.id };
        }),
      );
      const events = (await w.admin.ok(AuditEvents, { filter: { operation: 'createGroup' }, first: 4 })).auditEvents
        .nodes;
      for (const { requestId, tenantId, groupId } of made) {
        const event = events.find((e) => e.requestId === requestId);
        expect(event).toMatchObject({ tenantId, outcome: 'ok' });
        expect(event!.targets).toContainEqual({ name: 'groupId', id: groupId });
      }
    }
  });

  it('records failures with their error code, also without a session', async () => {
    expect(await w.groupAdmin.code(UpdateGroup, { input: { groupId: w.otherGroup, name: 'x' } })).toBe('FORBIDDEN');
    expect(await newest('updateGroup')).toMatchObject({
      actorId: w.groupAdminId,
      tenantId: w.a.id,
      outcome: 'FORBIDDEN',
    });
    expect(await w.a.admin.code(CreateGroup, { input: { parentGroupId: w.a.rootGroupId, name: 'team' } })).toBe(
      'CONFLICT',
    );
    expect(await newest('createGroup')).toMatchObject({ outcome: 'CONFLICT', tenantId: w.a.id });
    expect(await w.anon.code(CreateGroup, { input: { parentGroupId: w.team, name: 'anon' } })).toBe('UNAUTHENTICATED');
    expect(await newest('createGroup')).toMatchObject({ outcome: 'UNAUTHENTICATED', actorId: null, tenantId: null });
    expect(await w.a.admin.code(CreateGroup, { input: { parentGroupId: w.team, name: '' } })).toBe('BAD_USER_INPUT');
    expect(await newest('createGroup')).toMatchObject({ outcome: 'BAD_USER_INPUT' });
  });

  it("a staff action on a tenant's cloud-only object is recorded in that tenant", async () => {
    const networkId = await makeNetwork(w.admin, w.a.id, 'audited-net', 91);
    expect(await newest('createNetwork')).toMatchObject({
      tenantId: w.a.id,
      actorId: expect.any(String) as unknown,
      outcome: 'ok',
    });
    await w.admin.ok(DeleteNetwork, { input: { networkId } });
    expect(await newest('deleteNetwork')).toMatchObject({
      tenantId: w.a.id,
      outcome: 'ok',
      targets: [{ name: 'networkId', id: networkId }],
    });
  });

  it('never stores a password or a token: logins name the user, not what was typed', async () => {
    const secret = 'Very-Secret-Passw0rd-42';
    const userId = (await w.a.admin.ok(CreateUser, { input: { groupId: w.team, name: 'sam', password: secret } }))
      .createUser.user.id;
    const sam = await login(w.server, 'sam#acme', secret);
    await sam.ok(ChangePassword, { input: { currentPassword: secret, newPassword: `${secret}-2` } });
    await w.anon.request(Login, { input: { identification: 'sam#acme', password: 'a-wrong-guess-123' } });
    expect(await newest('login')).toMatchObject({ operation: 'login', outcome: 'UNAUTHENTICATED', actorId: null });
    const ok = (await w.admin.ok(AuditEvents, { filter: { operation: 'login', outcome: 'ok', actorId: userId } }))
      .auditEvents.nodes;
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ tenantId: w.a.id, targets: [{ name: 'userId', id: userId }] });
    const everything = JSON.stringify(await sqlRows(w.server, 'select * from audit_events'));
    for (const leaked of [secret, 'a-wrong-guess-123', PASSWORD, sam.token as string, 'sam#acme'])
      expect(everything).not.toContain(leaked);
  });

  it("is written in the change's transaction: a failing record undoes the change, a failing change leaves no success record", async () => {
    const description = async () =>
      (
        await sqlRows<{ description: string }>(w.server, 'select description from tenants where id = ?', [
          Number(w.a.id),
        ])
      )[0].description;
    const before = await description();
    const removeAuditFault = await injectFault(w.server, {
      name: 'audit_fault',
      event: 'insert',
      table: 'audit_events',
      when: "new.outcome = 'ok'",
      message: 'injected audit fault',
    });
    try {
      expect(await w.admin.code(UpdateTenant, { input: { tenantId: w.a.id, description: 'never committed' } })).toBe(
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await removeAuditFault();
    }
    expect(await description()).toBe(before);
    expect(await newest('updateTenant')).toMatchObject({ outcome: 'INTERNAL_SERVER_ERROR', tenantId: w.a.id });

    const removeChangeFault = await injectFault(w.server, {
      name: 'group_fault',
      event: 'update',
      table: 'groups',
      message: 'injected change fault',
    });
    const okBefore = (await w.admin.ok(AuditEvents, { filter: { operation: 'updateGroup', outcome: 'ok' } }))
      .auditEvents.nodes.length;
    try {
      expect(await w.a.admin.code(UpdateGroup, { input: { groupId: w.team, description: 'never committed' } })).toBe(
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await removeChangeFault();
    }
    expect(
      (await w.admin.ok(AuditEvents, { filter: { operation: 'updateGroup', outcome: 'ok' } })).auditEvents.nodes,
    ).toHaveLength(okBefore);
    expect(await newest('updateGroup')).toMatchObject({ outcome: 'INTERNAL_SERVER_ERROR' });
  });

  it('ADMIN reads everything; a tenant admin its tenant only; everyone else is refused', async () => {
    const all = (await w.admin.ok(AuditEvents, { first: 100 })).auditEvents.nodes;
    expect(new Set(all.map((e) => e.tenantId))).toEqual(new Set([null, w.a.id, w.b.id]));
    const mine = (await w.a.admin.ok(AuditEvents, { first: 100 })).auditEvents.nodes;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.tenantId === w.a.id)).toBe(true);
    expect(
      (await w.b.admin.ok(AuditEvents, { first: 100 })).auditEvents.nodes.every((e) => e.tenantId === w.b.id),
    ).toBe(true);
    expect(await w.a.admin.code(AuditEvents, { filter: { tenantId: w.b.id } })).toBe('NOT_FOUND');
    for (const refused of [w.telecom, w.operator, w.groupAdmin, w.member, w.bMember])
      expect(await refused.code(AuditEvents)).toBe('FORBIDDEN');
    expect(await w.anon.code(AuditEvents)).toBe('UNAUTHENTICATED');
  });

  it('filters by tenant, actor, operation, outcome and time, and pages newest first', async () => {
    const byB = (
      await w.admin.ok(AuditEvents, {
        filter: { tenantId: w.b.id, actorId: w.b.adminId, operation: 'createUser', outcome: 'ok' },
      })
    ).auditEvents.nodes;
    expect(byB).toHaveLength(1);
    expect(byB[0].targets).toEqual(expect.arrayContaining([{ name: 'userId', id: w.bMemberId }]));
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await w.admin.ok(AuditEvents, { filter: { from: future } })).auditEvents.nodes).toEqual([]);
    expect((await w.admin.ok(AuditEvents, { filter: { to: future }, first: 1 })).auditEvents.nodes).toHaveLength(1);
    const first = (await w.admin.ok(AuditEvents, { first: 3 })).auditEvents;
    const second = (await w.admin.ok(AuditEvents, { first: 3, after: first.pageInfo.endCursor })).auditEvents;
    const ids = [...first.nodes, ...second.nodes].map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(new Set(ids).size).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });
});
