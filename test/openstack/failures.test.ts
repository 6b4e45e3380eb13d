import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { CanopyError } from '../../src/errors';
import { ServiceType } from '../../src/cloud/openstack/session';
import { createLogger } from '../../src/observability/logger';
import { canopyCounts, makeNetwork } from '../helpers/cloud';
import {
  Catalog,
  ConnectRouterNetwork,
  CreateNetwork,
  CreateRouter,
  CreateServer,
  CreateVolume,
  DeleteNetwork,
} from '../helpers/cloud.documents';
import { CreateTenant } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { CATALOG } from '../helpers/target';
import { createTenant, login, PASSWORD, TenantFixture } from '../helpers/world';
import { GqlClient } from '../helpers/client';

const ROOT = path.resolve(__dirname, '../..');
const DEVCLOUD_DIR = path.dirname(process.env.OS_CLIENT_CONFIG_FILE ?? path.join(ROOT, '.devcloud/clouds.yaml'));

/**
 * `npm run devcloud -- <args>`: stop, start or restart one service of the local OpenStack.
 * Asynchronous, so Canopy's HTTP server keeps serving (and closing idle connections) meanwhile.
 */
async function devcloud(...args: string[]): Promise<void> {
  await promisify(execFile)('npm', ['run', '--silent', 'devcloud', '--', ...args], { cwd: ROOT, timeout: 300_000 });
}

/**
 * The driver's failure handling against the real services: Keystone restarted (tokens renewed,
 * also when a service answers 401), a service stopped (UPSTREAM_UNAVAILABLE, nothing half-made),
 * quotas lowered at the cloud (QUOTA_EXCEEDED), refusals mapped by meaning with the service's
 * request id, and no credential in any error or log line.
 */
describe('OpenStack failures', () => {
  let server: TestServer;
  let driver: OpenStackDriver;
  let admin: GqlClient;
  let t: TenantFixture;
  let networkId: string;
  const raw: string[] = [];

  /** A call to the cloud as its admin, outside Canopy (as an operator would make). */
  async function cloudAdmin(
    service: ServiceType,
    method: string,
    urlPath: string,
    body?: unknown,
    token?: string,
  ): Promise<Response> {
    const value = token ?? (await driver.session.token()).value;
    return fetch((await driver.session.endpoint(service)) + urlPath, {
      method,
      headers: {
        'x-auth-token': value,
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { 'x-subject-token': token } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  beforeAll(async () => {
    server = await startTestServer({ logger: createLogger('debug', { write: (line: string) => void raw.push(line) }) });
    driver = server.cloud as OpenStackDriver;
    admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'fail-co');
    networkId = await makeNetwork(t.admin, t.id, 'lan', 7);
  });
  afterAll(async () => {
    try {
      // In case a test stopped Neutron and failed before starting it again.
      const neutronAnswers = await fetch(await driver.session.endpoint('network')).then(
        () => true,
        () => false,
      );
      if (!neutronAnswers) await devcloud('start', 'neutron');
    } finally {
      await server.close(); // removes the test's projects, whatever happened above
    }
  });

  it('keeps working across a Keystone restart, renews an expired token, and re-authenticates once on 401', async () => {
    await devcloud('restart', 'keystone');
    expect((await t.admin.ok(Catalog)).flavors.length).toBeGreaterThan(0); // Fernet tokens survive a restart

    driver.session.expireAll();
    const before = driver.stats.authentications;
    await makeNetwork(t.admin, t.id, 'after-restart', 8);
    expect(driver.stats.authentications).toBeGreaterThan(before);

    // Revoke Canopy's own token at Keystone: the next Keystone call is 401, answered by one new authentication.
    const { value } = await driver.session.token();
    expect((await cloudAdmin('identity', 'DELETE', '/auth/tokens', undefined, value)).status).toBe(204);
    const revoked = driver.stats.authentications;
    await admin.ok(CreateTenant, { input: { name: 'after-revoke', adminPassword: PASSWORD } });
    expect(driver.stats.authentications).toBe(revoked + 1);
  });

  it('answers UPSTREAM_UNAVAILABLE while Neutron is stopped, leaves nothing half-made, and works once it is back', async () => {
    const prefix = server.canopy.deps.config.openstack.projectPrefix;
    const before = await canopyCounts(server);
    await devcloud('stop', 'neutron');
    try {
      expect(
        await t.admin.code(CreateNetwork, {
          input: { tenantId: t.id, name: 'nope', cidr: '10.9.0.0/24', gateway: '10.9.0.1' },
        }),
      ).toBe('UPSTREAM_UNAVAILABLE');
      const server_ = await t.admin.fail(CreateServer, {
        input: { tenantId: t.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [networkId] },
      });
      expect(server_.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      // Keystone makes the project, Neutron fails on the default network: the project is deleted again.
      const tenant = await admin.fail(CreateTenant, {
        input: { name: 'half-co', adminPassword: PASSWORD, createDefaultNetwork: true },
      });
      expect(tenant.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(tenant.message).toMatch(/neutron|network/i);
      // Cinder does not need Neutron: the rest of the cloud still works.
      await t.admin.ok(CreateVolume, { input: { tenantId: t.id, name: 'meanwhile', sizeGb: 1 } });
    } finally {
      await devcloud('start', 'neutron');
    }
    expect(await canopyCounts(server)).toEqual({ ...before, volumes: before.volumes + 1 });
    const projects = (await (
      await cloudAdmin('identity', 'GET', `/projects?name=${encodeURIComponent(`${prefix}half-co`)}`)
    ).json()) as { projects: unknown[] };
    expect(projects.projects).toEqual([]);
    const [row] = await server.canopy.deps.identityRepo.tenantsByIds([Number(t.id)]);
    expect((await driver.listServers([row.projectId])).get(row.projectId)).toEqual([]);
    await makeNetwork(t.admin, t.id, 'back', 9);
  });

  it('maps quotas lowered at the cloud by its admin to QUOTA_EXCEEDED, and makes nothing', async () => {
    const q = await createTenant(admin, server, 'quota-cloud-co');
    const lan = await makeNetwork(q.admin, q.id, 'lan', 10);
    const [row] = await server.canopy.deps.identityRepo.tenantsByIds([Number(q.id)]);
    const project = row.projectId;
    expect(
      (await cloudAdmin('compute', 'PUT', `/os-quota-sets/${project}`, { quota_set: { instances: 0 } })).status,
    ).toBe(200);
    expect(
      (await cloudAdmin('volumev3', 'PUT', `/os-quota-sets/${project}`, { quota_set: { gigabytes: 1 } })).status,
    ).toBe(200);
    expect((await cloudAdmin('network', 'PUT', `/v2.0/quotas/${project}`, { quota: { network: 1 } })).status).toBe(200);
    const before = await canopyCounts(server);
    expect(
      (
        await q.admin.fail(CreateServer, {
          input: { tenantId: q.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [lan] },
        })
      ).extensions,
    ).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'instances' });
    expect((await q.admin.fail(CreateVolume, { input: { tenantId: q.id, sizeGb: 2 } })).extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      resource: 'gigabytes',
    });
    expect(
      (
        await q.admin.fail(CreateNetwork, {
          input: { tenantId: q.id, name: 'second', cidr: '10.11.0.0/24', gateway: '10.11.0.1' },
        })
      ).extensions,
    ).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'networks' });
    expect(await canopyCounts(server)).toEqual(before);
    // The server's port, made before Nova refused, is gone again.
    const ports = (await (await cloudAdmin('network', 'GET', `/v2.0/ports?project_id=${project}`)).json()) as {
      ports: unknown[];
    };
    expect(ports.ports).toEqual([]);
  });

  it('maps what the services refuse by meaning, with their request id in extensions and in the log', async () => {
    const before = await canopyCounts(server);
    // Keystone takes project names of up to 64 characters, the test's prefix included: Canopy refuses
    // a 64-character tenant name itself, before any call, so there is no request id.
    const long = await admin.fail(CreateTenant, { input: { name: 'n'.repeat(64), adminPassword: PASSWORD } });
    expect(long.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    // Keystone 400 for real, through the driver's mapping: a description must be a string (as a bug could send).
    const scratch = await driver.createProject({ name: 'scratch', description: '' });
    const refused = (await driver
      .updateProject(scratch.id, { description: 42 as unknown as string })
      .catch((e: unknown) => e)) as CanopyError;
    await driver.deleteProject(scratch.id);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.openstackRequestId).toMatch(/^req-/);
    expect(refused.message).toMatch(/Invalid input for field/);

    // Neutron 400 about state, not values: a second subnet of the same range on one router.
    const publicId = (await t.admin.ok(Catalog)).externalNetworks[0].id;
    const routerId = (
      await t.admin.ok(CreateRouter, { input: { tenantId: t.id, name: 'edge', externalNetworkId: publicId } })
    ).createRouter.router.id;
    await t.admin.ok(ConnectRouterNetwork, { input: { routerId, networkId } });
    const twin = await t.admin.ok(CreateNetwork, {
      input: { tenantId: t.id, name: 'twin', cidr: '10.7.0.0/24', gateway: '10.7.0.1' },
    });
    const overlap = await t.admin.fail(ConnectRouterNetwork, {
      input: { routerId, networkId: twin.createNetwork.network.id },
    });
    expect(overlap.extensions?.code).toBe('CONFLICT');
    expect(overlap.extensions?.openstackRequestId).toMatch(/^req-/);
    expect(overlap.message).toMatch(/overlaps/);

    // Neutron 409 NetworkInUse: a port the cloud's admin made on the tenant's network, outside Canopy.
    const busyId = await makeNetwork(t.admin, t.id, 'busy', 13);
    const port = (await (
      await cloudAdmin('network', 'POST', '/v2.0/ports', { port: { network_id: busyId } })
    ).json()) as { port: { id: string } };
    const busy = await t.admin.fail(DeleteNetwork, { input: { networkId: busyId } });
    expect(busy.extensions?.code).toBe('CONFLICT');
    expect(busy.message).toMatch(/ports still in use/);
    const lines = raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    // Found by the id the tenant sees: the refused call's line, at info, with Neutron's words.
    expect(
      lines.find((l) => l.msg === 'openstack call' && l.upstreamRequestId === busy.extensions?.openstackRequestId),
    ).toMatchObject({ level: 30, service: 'network', method: 'DELETE', status: 409, type: 'NetworkInUse' });
    expect((await cloudAdmin('network', 'DELETE', `/v2.0/ports/${port.port.id}`)).status).toBe(204);
    await t.admin.ok(DeleteNetwork, { input: { networkId: busyId } });
    expect(await canopyCounts(server)).toEqual(before);
  });

  it("sends Canopy's request id to the cloud, logs both ids, and never a credential", async () => {
    const id = '5b0f3a52-7a8e-4c1d-9a3b-2f6e8d4c1a07';
    await t.admin.request(
      CreateNetwork,
      { input: { tenantId: t.id, name: 'traced', cidr: '10.12.0.0/24', gateway: '10.12.0.1' } },
      { 'x-request-id': id },
    );
    const mine = raw
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.reqId === id && l.msg === 'openstack call');
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          osRequestId: `req-${id}`,
          service: 'network',
          method: 'POST',
          status: 201,
          upstreamRequestId: expect.stringMatching(/^req-/) as unknown,
        }),
      ]),
    );
    const neutronLog = path.join(DEVCLOUD_DIR, 'logs', 'neutron.log');
    if (fs.existsSync(neutronLog)) expect(fs.readFileSync(neutronLog, 'utf8')).toContain(`req-${id}`);
    const yaml = fs.readFileSync(process.env.OS_CLIENT_CONFIG_FILE!, 'utf8');
    const password = /password:\s*(\S+)/.exec(yaml)![1];
    const { value: token } = await driver.session.token();
    const all = raw.join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
  });
});
