import { openDatabase, OpenedDb } from '../../src/db/client';
import { ConflictError, NotFoundError } from '../../src/errors';
import { IdentityRepo } from '../../src/identity/identity.repo';
import { freshLocation, ON_POSTGRES, openTestDb } from '../helpers/database';

/**
 * Identity's SQL without HTTP, on the backend under test (npm run test:pg runs it on PostgreSQL):
 * the prepared statements of the hot path, dates and booleans bound through their columns, and
 * the rules read inside their transactions.
 */
describe('IdentityRepo', () => {
  let opened: OpenedDb;
  let repo: IdentityRepo;
  const minute = 60_000;

  beforeAll(async () => {
    opened = await openTestDb();
    repo = new IdentityRepo(opened.db);
  });
  afterAll(() => opened.close());

  async function tenantTree(name: string) {
    return repo.insertTenantTree({
      tenant: { name, description: '', customerManager: '', projectId: `p-${name}` },
      admin: { name: 'admin', description: '', passwordHash: 'x' },
    });
  }

  async function statements<T>(run: () => Promise<T>): Promise<[T, number]> {
    const before = opened.statements.count;
    const result = await run();
    return [result, opened.statements.count - before];
  }

  it('finds a live session with its user and tenant in one prepared statement, not an expired, idle or disabled one', async () => {
    const { tenant, admin } = await tenantTree('acme');
    const now = new Date();
    await repo.insertSession(admin, 'live', new Date(now.getTime() + 60 * minute), now);
    await repo.insertSession(admin, 'expired', new Date(now.getTime() - minute), now);
    await repo.insertSession(
      admin,
      'idle',
      new Date(now.getTime() + 60 * minute),
      new Date(now.getTime() - 30 * minute),
    );
    const idleSince = new Date(now.getTime() - 10 * minute);

    const [live, count] = await statements(() => repo.activeSession('live', now, idleSince));
    expect(count).toBe(1);
    expect(live).toMatchObject({ user: { id: admin.id, enabled: true }, tenant: { id: tenant.id, enabled: true } });
    expect(live?.lastSeenAt).toEqual(now);
    expect(live?.user.createdAt).toBeInstanceOf(Date);
    expect(await repo.activeSession('expired', now, idleSince)).toBeUndefined();
    expect(await repo.activeSession('idle', now, idleSince)).toBeUndefined();
    expect(await repo.activeSession('unknown', now, idleSince)).toBeUndefined();

    await repo.touchSession(live!.sessionId, new Date(now.getTime() + minute));
    expect((await repo.activeSession('live', now, idleSince))?.lastSeenAt).toEqual(new Date(now.getTime() + minute));

    await repo.updateTenant(tenant.id, { enabled: false });
    expect(await repo.activeSession('live', now, idleSince)).toBeUndefined();
    await repo.updateTenant(tenant.id, { enabled: true });
    expect(await repo.activeSession('live', now, idleSince)).toBeDefined();
  });

  it('finds a staff session, which has no tenant', async () => {
    const admin = (await repo.insertPlatformRoot({ name: 'root', passwordHash: 'x' }))!;
    const now = new Date();
    await repo.insertSession(admin, 'staff', new Date(now.getTime() + minute), now);
    const session = await repo.activeSession('staff', now, new Date(now.getTime() - minute));
    expect(session).toMatchObject({ user: { id: admin.id, staffRole: 'ADMIN', tenantId: null }, tenant: null });
    expect(await repo.platformRootGroup()).toMatchObject({ tenantId: null, parentId: null });
  });

  it('loads one row by id through the prepared statements and several in one batch, alike', async () => {
    const { tenant, rootGroup, admin } = await tenantTree('bulk');
    const other = await tenantTree('bulk-2');
    const [[one], single] = await statements(() => repo.tenantsByIds([tenant.id]));
    expect(single).toBe(1);
    expect(one).toEqual(tenant);
    expect(await repo.tenantsByIds([tenant.id, other.tenant.id])).toHaveLength(2);
    expect(await repo.groupsByIds([rootGroup.id])).toEqual([rootGroup]);
    expect(await repo.usersByIds([admin.id])).toEqual([admin]);
    expect(await repo.usersByIds([admin.id, other.admin.id])).toHaveLength(2);
    const membership = { userId: admin.id, groupId: rootGroup.id, isAdmin: true, groupPath: rootGroup.path };
    expect(await repo.membershipsOfUsers([admin.id])).toEqual([membership]);
    expect(await repo.membershipsOfUsers([admin.id, other.admin.id])).toHaveLength(2);
  });

  it('keeps a user in one group at least, counts memberships and ends sessions in the transaction', async () => {
    const { tenant, rootGroup } = await tenantTree('members');
    const team = await repo.insertGroup(rootGroup, { name: 'team', description: '' });
    expect(team.path).toBe(`${rootGroup.path}${team.id}/`);
    const user = await repo.insertUser(
      { tenantId: tenant.id, name: 'carol', description: '', enabled: true, passwordHash: 'x', staffRole: null },
      { groupId: rootGroup.id, isAdmin: false },
    );
    await repo.updateUser(user.id, {}, { groupId: team.id, isAdmin: true });
    expect((await repo.membersOfGroups([team.id])).map((m) => [m.name, m.isAdmin])).toEqual([['carol', true]]);

    await repo.removeMembership(user.id, rootGroup.id);
    await expect(repo.removeMembership(user.id, team.id)).rejects.toThrow(ConflictError);
    expect(await repo.membershipsOfUsers([user.id])).toHaveLength(1);

    const now = new Date();
    const later = new Date(now.getTime() + minute);
    const [keep] = await Promise.all([
      repo.insertSession(user, 'carol-here', later, now),
      repo.insertSession(user, 'carol-there', later, now),
    ]);
    await repo.changePassword(user.id, 'y', keep);
    expect(await repo.activeSession('carol-here', now, new Date(0))).toBeDefined();
    expect(await repo.activeSession('carol-there', now, new Date(0))).toBeUndefined();
    await repo.updateUser(user.id, { enabled: false }, { groupId: team.id });
    expect(await repo.activeSession('carol-here', now, new Date(0))).toBeUndefined();
  });

  it('turns a name taken meanwhile into CONFLICT and a group deleted meanwhile into NOT_FOUND', async () => {
    const { tenant, rootGroup } = await tenantTree('names');
    const user = { tenantId: tenant.id, description: '', enabled: true, passwordHash: 'x', staffRole: null };
    await repo.insertUser({ ...user, name: 'dave' }, { groupId: rootGroup.id, isAdmin: false });
    await expect(repo.insertUser({ ...user, name: 'dave' }, { groupId: rootGroup.id, isAdmin: false })).rejects.toThrow(
      ConflictError,
    );
    const gone = await repo.insertGroup(rootGroup, { name: 'gone', description: '' });
    await repo.deleteEmptyGroup(gone.id);
    await expect(repo.insertGroup(gone, { name: 'child', description: '' })).rejects.toThrow(NotFoundError);
    expect((await repo.userByScopedName(tenant.id, 'dave'))?.name).toBe('dave');
  });
});

describe('the platform root on a new database', () => {
  it('is made once when processes sharing the database start together', async () => {
    const fresh = await freshLocation();
    const first = await openDatabase(fresh.location);
    // Two SQLite Databases in one process would not take turns (docs/DATABASE.md): there, one, raced with itself.
    const second = ON_POSTGRES ? await openDatabase(fresh.location) : first;
    try {
      const made = await Promise.all(
        [first, second, first, second].map((opened, i) =>
          new IdentityRepo(opened.db).insertPlatformRoot({ name: 'admin', passwordHash: `hash-${i}` }),
        ),
      );
      expect(made.filter((user) => user !== undefined)).toHaveLength(1);
      const repo = new IdentityRepo(second.db);
      const root = await repo.platformRootGroup();
      expect(await repo.membersOfGroups([root!.id])).toMatchObject([
        { name: 'admin', staffRole: 'ADMIN', isAdmin: true },
      ]);
    } finally {
      await first.close();
      if (second !== first) await second.close();
      await fresh.remove();
    }
  });
});
