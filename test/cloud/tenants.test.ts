import { CreateServer, Routers, TenantResources } from '../helpers/cloud.documents';
import { waitForServer } from '../helpers/cloud';
import { CreateTenant } from '../helpers/documents';
import { CATALOG } from '../helpers/target';
import { buildWorld, login, PASSWORD, World } from '../helpers/world';

/** A tenant is a cloud project; with createDefaultNetwork it gets a network, subnet and router on the external network. */
describe('tenants in the cloud', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  it("createTenant makes an enabled project in the cloud, under the tenant's name", async () => {
    const { createTenant } = await w.admin.ok(CreateTenant, { input: { name: 'proj-co', adminPassword: PASSWORD } });
    const [row] = await w.server.canopy.deps.identityRepo.tenantsByIds([Number(createTenant.tenant.id)]);
    const project = (await w.server.cloud.getProjects([row.projectId])).get(row.projectId);
    expect(project).toMatchObject({ id: row.projectId, name: 'proj-co', enabled: true });
    expect(await w.admin.code(CreateTenant, { input: { name: 'proj-co', adminPassword: PASSWORD } })).toBe('CONFLICT');
  });

  it('createTenant with createDefaultNetwork makes the network, subnet and router on the external network', async () => {
    const { createTenant } = await w.admin.ok(CreateTenant, {
      input: { name: 'net-co', adminPassword: PASSWORD, createDefaultNetwork: true },
    });
    const client = await login(w.server, 'admin#net-co');
    const { tenant } = await client.ok(TenantResources, { id: createTenant.tenant.id });
    expect(tenant.networks.nodes.map((n) => n.name)).toEqual(['default']);
    expect((await client.ok(Routers, {})).routers).toMatchObject([
      { name: 'default-router', externalNetwork: { name: 'public' }, networks: [{ name: 'default' }] },
    ]);
  });

  it('createServer with createDefaultNetwork makes the default network once and reuses it', async () => {
    const create = () =>
      w.b.admin.ok(CreateServer, {
        input: { tenantId: w.b.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', createDefaultNetwork: true },
      });
    const first = await waitForServer(w.b.admin, (await create()).createServer.server.id);
    const second = await waitForServer(w.b.admin, (await create()).createServer.server.id);
    expect(first.addresses[0].networkName).toBe('default');
    expect(second.networks[0].id).toBe(first.networks[0].id);
    expect((await w.b.admin.ok(Routers, {})).routers.filter((r) => r.name === 'default-router')).toHaveLength(1);
  });
});
