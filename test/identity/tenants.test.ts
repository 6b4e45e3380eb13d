import { GqlClient } from '../helpers/client';
import { CreateTenant, GetTenant, ListTenants, Login, UpdateTenant } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { rowCount } from '../helpers/sql';
import { login, PASSWORD } from '../helpers/world';

describe('tenants', () => {
  let server: TestServer;
  let admin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server, 'admin', server.adminPassword);
  });
  afterAll(() => server.close());

  const projectCount = () => rowCount(server, 'sim_projects');
  const tenantCount = () => rowCount(server, 'tenants');

  it('creates tenant, cloud project, root group and admin; a generated admin password is returned once', async () => {
    const before = await projectCount();
    const { createTenant } = await admin.ok(CreateTenant, {
      input: { name: 'initech', description: 'Printers', customerManager: 'Bill' },
    });
    expect(createTenant.tenant).toMatchObject({
      name: 'initech',
      description: 'Printers',
      customerManager: 'Bill',
      enabled: true,
      rootGroup: { name: 'initech' },
    });
    expect(createTenant.admin.name).toBe('admin');
    expect(createTenant.adminPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await projectCount()).toBe(before + 1);
    const tenantAdmin = await login(server, 'admin#initech', createTenant.adminPassword!);
    expect((await tenantAdmin.ok(GetTenant, { id: createTenant.tenant.id })).tenant.name).toBe('initech');
  });

  it('uses the given admin name and password, and then returns no password', async () => {
    const { createTenant } = await admin.ok(CreateTenant, {
      input: { name: 'hooli', adminName: 'gavin', adminPassword: PASSWORD, adminDescription: 'CEO' },
    });
    expect(createTenant.adminPassword).toBeNull();
    expect(createTenant.admin).toMatchObject({ name: 'gavin', description: 'CEO' });
    await login(server, 'gavin#hooli');
  });

  it('refuses a duplicate name with CONFLICT, and leaves nothing behind', async () => {
    const projects = await projectCount();
    expect(await admin.code(CreateTenant, { input: { name: 'hooli' } })).toBe('CONFLICT');
    expect(await projectCount()).toBe(projects);
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name with #', { name: 'has#hash' }, 'name'],
    ['a name with outer spaces', { name: ' padded' }, 'name'],
    ['a 65-character name', { name: 'x'.repeat(65) }, 'name'],
    ['a short admin password', { name: 'ok-name', adminPassword: 'short' }, 'adminPassword'],
    ['an admin name with #', { name: 'ok-name', adminName: 'a#b' }, 'adminName'],
    ['a 1,001-character description', { name: 'ok-name', description: 'd'.repeat(1001) }, 'description'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_label, input, field) => {
    const error = await admin.fail(CreateTenant, { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a missing or mistyped input with BAD_USER_INPUT and no stack trace', async () => {
    const missing = await admin.request(CreateTenant, { input: {} as never });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const mistyped = await admin.request(CreateTenant, { input: { name: 42 } as never });
    expect(mistyped.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([missing, mistyped])).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('is all or nothing: a cloud fault leaves no tenant', async () => {
    const tenants = await tenantCount();
    server.sim.faults.failOn('createProject');
    expect(await admin.code(CreateTenant, { input: { name: 'faulty-cloud' } })).toBe('UPSTREAM_UNAVAILABLE');
    expect(await tenantCount()).toBe(tenants);
    expect((await admin.ok(CreateTenant, { input: { name: 'faulty-cloud' } })).createTenant.tenant.name).toBe(
      'faulty-cloud',
    );
  });

  it('is all or nothing: a database fault after the cloud project was made deletes the project again', async () => {
    const insertTenantTree = jest.spyOn(server.canopy.deps.identityRepo, 'insertTenantTree').mockImplementation(() => {
      throw new Error('disk I/O error (injected)');
    });
    const projects = await projectCount();
    const tenants = await tenantCount();
    try {
      const error = await admin.fail(CreateTenant, { input: { name: 'faulty-db' } });
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe('Internal server error');
    } finally {
      insertTenantTree.mockRestore();
    }
    expect(await projectCount()).toBe(projects);
    expect(await tenantCount()).toBe(tenants);
    expect(
      await new GqlClient(server.url).code(Login, { input: { identification: 'admin#faulty-db', password: PASSWORD } }),
    ).toBe('UNAUTHENTICATED');
  });

  it('says so when the undo itself fails, naming the project left behind', async () => {
    const insertTenantTree = jest.spyOn(server.canopy.deps.identityRepo, 'insertTenantTree').mockImplementation(() => {
      throw new Error('disk I/O error (injected)');
    });
    server.sim.faults.failOn('deleteProject');
    try {
      const error = await admin.fail(CreateTenant, { input: { name: 'faulty-both' } });
      expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.message).toMatch(/could not be removed/);
    } finally {
      insertTenantTree.mockRestore();
    }
  });

  it("updates a tenant; a rename onto another tenant's name is CONFLICT", async () => {
    const { createTenant } = await admin.ok(CreateTenant, { input: { name: 'umbrella' } });
    const id = createTenant.tenant.id;
    const { updateTenant } = await admin.ok(UpdateTenant, {
      input: { tenantId: id, name: 'umbrella-corp', description: 'Bio', customerManager: 'Ada' },
    });
    expect(updateTenant.tenant).toMatchObject({
      name: 'umbrella-corp',
      description: 'Bio',
      customerManager: 'Ada',
      enabled: true,
    });
    expect(await admin.code(UpdateTenant, { input: { tenantId: id, name: 'hooli' } })).toBe('CONFLICT');
    expect(
      (await admin.ok(UpdateTenant, { input: { tenantId: id, name: 'umbrella-corp' } })).updateTenant.tenant.name,
    ).toBe('umbrella-corp');
  });

  it('answers unknown ids with NOT_FOUND and malformed ids with BAD_USER_INPUT', async () => {
    expect(await admin.code(GetTenant, { id: '999999' })).toBe('NOT_FOUND');
    expect(await admin.code(UpdateTenant, { input: { tenantId: '999999', description: 'x' } })).toBe('NOT_FOUND');
    const malformed = await admin.fail(GetTenant, { id: 'abc' });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists every tenant for staff', async () => {
    const names = (await admin.ok(ListTenants)).tenants.nodes.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['initech', 'hooli', 'umbrella-corp']));
  });
});
