import { UpdateGroup, UpdateTenant, UpdateUser } from '../helpers/documents';
import { buildWorld, World } from '../helpers/world';

/** What `npm run fuzz` (schemathesis) found, kept as plain tests so it cannot come back. */
describe('fuzzing regressions', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  it('an explicit null in an update means "unchanged", not an internal error', async () => {
    const { updateGroup } = await w.a.admin.ok(UpdateGroup, { input: { groupId: w.team, name: null, description: null } });
    expect(updateGroup.group.name).toBe('team');
    const { updateUser } = await w.a.admin.ok(UpdateUser, { input: { userId: w.memberId, groupId: w.squad, name: null, description: null, enabled: null, isAdmin: null, password: null } });
    expect(updateUser.user.name).toBe('mike');
    const { updateTenant } = await w.admin.ok(UpdateTenant, { input: { tenantId: w.a.id, name: null, description: null, customerManager: null, enabled: null } });
    expect(updateTenant.tenant).toMatchObject({ name: 'acme', enabled: true });
  });

  it('an update that names no field changes nothing and answers with the object', async () => {
    expect((await w.a.admin.ok(UpdateGroup, { input: { groupId: w.team } })).updateGroup.group.name).toBe('team');
    expect((await w.admin.ok(UpdateTenant, { input: { tenantId: w.a.id } })).updateTenant.tenant.name).toBe('acme');
  });
});
