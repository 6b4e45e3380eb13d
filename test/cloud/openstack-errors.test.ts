import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { BadInputError, CanopyError } from '../../src/errors';
import { quotaResource, toCanopyError } from '../../src/cloud/openstack/errors';
import { OpenStackError } from '../../src/cloud/openstack/openstack-error';
import { ServiceType } from '../../src/cloud/openstack/session';
import { createLogger } from '../../src/observability/logger';
import { CreateTenant } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { login, PASSWORD } from '../helpers/world';
import { GqlClient } from '../helpers/client';
import { answerJson, answerToken } from '../helpers/fake-openstack';

const REQ = 'req-6f1c2a9e-0b7d-4e51-a3c8-9d2e4f6a1b3c';

/** Bodies the tests below read again. */
const GLANCE_NOT_FOUND = {
  message: 'No image found with ID 00000000<br /><br />\n\n\n',
  code: '404 Not Found',
  title: 'Not Found',
};
const NOVA_QUOTA = {
  forbidden: { code: 403, message: 'Quota exceeded for instances: Requested 1, but already used 0 of 0 instances' },
};
const NEUTRON_INVALID_INPUT = {
  NeutronError: {
    type: 'InvalidInput',
    message: 'Invalid input for operation: 10.0.0.5/99 is not in a CIDR format.',
    detail: '',
  },
};
const PROXY_PAGE =
  '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>';

/** Answers as the services answered the devcloud (2026.1), trimmed to what matters. */
const ANSWERS: Array<[string, ServiceType, number, unknown, string]> = [
  // 404
  [
    'Nova: no such server',
    'compute',
    404,
    { itemNotFound: { code: 404, message: 'Instance 0b1d… could not be found.' } },
    'NOT_FOUND',
  ],
  [
    'Neutron: no such network',
    'network',
    404,
    {
      NeutronError: {
        type: 'NetworkNotFound',
        message: 'Network 00000000-0000-0000-0000-000000000000 could not be found.',
        detail: '',
      },
    },
    'NOT_FOUND',
  ],
  [
    'Keystone: no such project',
    'identity',
    404,
    { error: { code: 404, message: 'Could not find project: nope.', title: 'Not Found' } },
    'NOT_FOUND',
  ],
  ['Glance: no such image', 'image', 404, GLANCE_NOT_FOUND, 'NOT_FOUND'],
  // quotas, whatever the status
  ['Nova 403: instances quota', 'compute', 403, NOVA_QUOTA, 'QUOTA_EXCEEDED'],
  [
    'Neutron 409: OverQuota',
    'network',
    409,
    { NeutronError: { type: 'OverQuota', message: "Quota exceeded for resources: ['network'].", detail: '' } },
    'QUOTA_EXCEEDED',
  ],
  [
    'Cinder 413: VolumeLimitExceeded',
    'volumev3',
    413,
    {
      overLimit: {
        code: 413,
        message: "VolumeLimitExceeded: Maximum number of volumes allowed (0) exceeded for quota 'volumes'.",
      },
    },
    'QUOTA_EXCEEDED',
  ],
  [
    'Cinder 413: gigabytes',
    'volumev3',
    413,
    {
      overLimit: {
        code: 413,
        message:
          'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 2G, quota is 1G and 0G has been consumed.',
      },
    },
    'QUOTA_EXCEEDED',
  ],
  // 409: the objects' state
  [
    'Nova 409: wrong vm_state',
    'compute',
    409,
    { conflictingRequest: { code: 409, message: "Cannot 'reboot' instance 7c2e… while it is in vm_state paused" } },
    'CONFLICT',
  ],
  [
    'Neutron 409: NetworkInUse',
    'network',
    409,
    {
      NeutronError: {
        type: 'NetworkInUse',
        message:
          'Unable to complete operation on network 44d6…. There are one or more ports still in use on the network, id for these ports is: 8865….',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 409: SubnetInUse',
    'network',
    409,
    {
      NeutronError: {
        type: 'SubnetInUse',
        message:
          'Unable to complete operation on subnet 71b7…: One or more ports have an IP allocation from this subnet.',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 409: RouterInUse',
    'network',
    409,
    { NeutronError: { type: 'RouterInUse', message: 'Router e02a… has ports still attached: 8865…', detail: '' } },
    'CONFLICT',
  ],
  // Floating IPs (issue 14), in the words of neutron-lib's l3 exceptions: a 404 about routes, not a missing object.
  [
    'Neutron 404: ExternalGatewayForFloatingIPNotFound',
    'network',
    404,
    {
      NeutronError: {
        type: 'ExternalGatewayForFloatingIPNotFound',
        message:
          'External network 4b5e… is not reachable from subnet 9d1c…. Therefore, cannot associate Port 77aa… with a Floating IP.',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 409: RouterInterfaceInUseByFloatingIP',
    'network',
    409,
    {
      NeutronError: {
        type: 'RouterInterfaceInUseByFloatingIP',
        message:
          'Router interface for subnet 9d1c… on router e02a… cannot be deleted, as it is required by one or more floating IPs.',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 409: OverQuota of floating IPs',
    'network',
    409,
    { NeutronError: { type: 'OverQuota', message: "Quota exceeded for resources: ['floatingip'].", detail: '' } },
    'QUOTA_EXCEEDED',
  ],
  // Security groups (issue 14), in the words of neutron/extensions/securitygroup.py.
  [
    'Neutron 409: SecurityGroupInUse',
    'network',
    409,
    { NeutronError: { type: 'SecurityGroupInUse', message: 'Security Group 5c1e… in use.', detail: '' } },
    'CONFLICT',
  ],
  [
    'Neutron 409: SecurityGroupRuleExists',
    'network',
    409,
    {
      NeutronError: {
        type: 'SecurityGroupRuleExists',
        message: 'Security group rule already exists. Rule id is 9b2a….',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 400: SecurityGroupInvalidPortRange',
    'network',
    400,
    {
      NeutronError: {
        type: 'SecurityGroupInvalidPortRange',
        message: 'For TCP/UDP protocols, port_range_min must be <= port_range_max',
        detail: '',
      },
    },
    'BAD_USER_INPUT',
  ],
  [
    'Neutron 409: OverQuota of security group rules',
    'network',
    409,
    {
      NeutronError: {
        type: 'OverQuota',
        message: "Quota exceeded for resources: ['security_group_rule'].",
        detail: '',
      },
    },
    'QUOTA_EXCEEDED',
  ],
  [
    'Neutron 409: IpAddressAlreadyAllocated',
    'network',
    409,
    {
      NeutronError: {
        type: 'IpAddressAlreadyAllocated',
        message: 'IP address 10.77.0.50 already allocated in subnet 9b8f…',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Keystone 409: duplicate project',
    'identity',
    409,
    {
      error: {
        code: 409,
        message:
          'Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is acme',
        title: 'Conflict',
      },
    },
    'CONFLICT',
  ],
  // 400 about the objects' state: CONFLICT
  [
    'Neutron 400: overlapping subnets on a router',
    'network',
    400,
    {
      NeutronError: {
        type: 'BadRequest',
        message:
          'Bad router request: Cidr 10.77.0.0/24 of subnet 9b8f… overlaps with cidr 10.77.0.0/24 of subnet 71b7….',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Neutron 400: subnet already on the router',
    'network',
    400,
    {
      NeutronError: {
        type: 'BadRequest',
        message: 'Bad router request: Router already has a port on subnet 71b7….',
        detail: '',
      },
    },
    'CONFLICT',
  ],
  [
    'Cinder 400: volume not available',
    'volumev3',
    400,
    {
      badRequest: {
        code: 400,
        message:
          'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.',
      },
    },
    'CONFLICT',
  ],
  [
    'Nova 400: attaching an in-use volume',
    'compute',
    400,
    {
      badRequest: {
        code: 400,
        message: "Invalid volume: volume 'a3f0…' status must be 'available'. Currently in 'in-use'",
      },
    },
    'CONFLICT',
  ],
  [
    'Nova 400: quota below use',
    'compute',
    400,
    {
      badRequest: {
        code: 400,
        message: 'Quota limit 1 for instances must be greater than or equal to already used and reserved 2.',
      },
    },
    'CONFLICT',
  ],
  // resize and extend (issue 14)
  [
    'Nova 403: resize past the cores quota',
    'compute',
    403,
    { forbidden: { code: 403, message: 'Quota exceeded for cores: Requested 1, but already used 1 of 1 cores' } },
    'QUOTA_EXCEEDED',
  ],
  [
    'Nova 409: resize while paused',
    'compute',
    409,
    {
      conflictingRequest: {
        code: 409,
        message: "Cannot 'resize' instance 0b1d… while it is in vm_state paused",
      },
    },
    'CONFLICT',
  ],
  [
    'Cinder 413: extend past the gigabytes quota',
    'volumev3',
    413,
    {
      overLimit: {
        code: 413,
        message:
          'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 4G, quota is 3G and 2G has been consumed.',
      },
    },
    'QUOTA_EXCEEDED',
  ],
  [
    'Cinder 400: extend an attached volume the cloud cannot',
    'volumev3',
    400,
    {
      badRequest: {
        code: 400,
        message: 'Invalid volume: Volume 0b1d… status must be available to extend, but current status is: in-use.',
      },
    },
    'CONFLICT',
  ],
  [
    'Nova 400: resize to the same flavor',
    'compute',
    400,
    { badRequest: { code: 400, message: 'When resizing, instances must change flavor!' } },
    'BAD_USER_INPUT',
  ],
  // 400 about the values sent: BAD_USER_INPUT
  ['Neutron 400: InvalidInput', 'network', 400, NEUTRON_INVALID_INPUT, 'BAD_USER_INPUT'],
  [
    'Neutron 400: InvalidIpForNetwork',
    'network',
    400,
    {
      NeutronError: {
        type: 'InvalidIpForNetwork',
        message: 'IP address 10.99.0.50 is not a valid IP for any of the subnets on the specified network.',
        detail: '',
      },
    },
    'BAD_USER_INPUT',
  ],
  [
    'Nova 400: invalid field',
    'compute',
    400,
    {
      badRequest: {
        code: 400,
        message: "Invalid input for field/attribute server. Value: {'name': 'x'}. 'flavorRef' is a required property",
      },
    },
    'BAD_USER_INPUT',
  ],
  [
    'Cinder 400: invalid size',
    'volumev3',
    400,
    {
      badRequest: {
        code: 400,
        message: "Invalid input for field/attribute size. Value: abc. 'abc' does not match '^[0-9]+$'",
      },
    },
    'BAD_USER_INPUT',
  ],
  [
    'Keystone 400: name too long',
    'identity',
    400,
    {
      error: {
        code: 400,
        message: "Invalid input for field/attribute name. Value: ct-abcdef-nnnn. 'ct-abcdef-nnnn' is too long",
        title: 'Bad Request',
      },
    },
    'BAD_USER_INPUT',
  ],
  [
    'Glance 400: schema',
    'image',
    400,
    {
      message:
        "Provided object does not match schema 'image': 'bogus' is not one of [None, 'ami', 'raw', 'qcow2']<br /><br />\n\n\n",
      code: '400 Bad Request',
      title: 'Bad Request',
    },
    'BAD_USER_INPUT',
  ],
  // the service account, or the cloud itself
  [
    'Keystone-checked 401 at Nova',
    'compute',
    401,
    { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
    'UPSTREAM_UNAVAILABLE',
  ],
  [
    'Nova 403: policy',
    'compute',
    403,
    { forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:servers:create to be performed." } },
    'UPSTREAM_UNAVAILABLE',
  ],
  [
    'Nova 500',
    'compute',
    500,
    {
      computeFault: {
        code: 500,
        message:
          'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.',
      },
    },
    'UPSTREAM_UNAVAILABLE',
  ],
  ['a proxy 503 page', 'network', 503, PROXY_PAGE, 'UPSTREAM_UNAVAILABLE'],
];

function answer(
  service: ServiceType,
  status: number,
  body: unknown,
  headers: Record<string, string> = { 'x-openstack-request-id': REQ },
): OpenStackError {
  return OpenStackError.fromAnswer(
    { service, method: 'POST', path: '/v2.0/secret-internal-path' },
    status,
    new Headers(headers),
    body,
  );
}

describe('OpenStack errors, typed then mapped by meaning', () => {
  it.each(ANSWERS)('%s → %s', (_what, service, status, body, code) => {
    const error = toCanopyError(answer(service, status, body));
    expect(error.code).toBe(code);
    expect(error.openstackRequestId).toBe(REQ);
    expect(error.message).not.toMatch(/secret-internal-path|127\.0\.0\.1/);
    expect(error.chinese()).not.toBe('');
  });

  it("types the failure: status, service, method, path, the service's message and type, the request id", () => {
    const neutron = answer('network', 400, NEUTRON_INVALID_INPUT).failure;
    expect(neutron).toEqual({
      service: 'network',
      method: 'POST',
      path: '/v2.0/secret-internal-path',
      status: 400,
      serviceMessage: 'Invalid input for operation: 10.0.0.5/99 is not in a CIDR format.',
      type: 'InvalidInput',
      requestId: REQ,
    });
    expect(answer('compute', 409, { conflictingRequest: { message: 'Cannot pause' } }).failure).toMatchObject({
      type: 'conflictingRequest',
      serviceMessage: 'Cannot pause',
    });
    expect(answer('identity', 409, { error: { message: 'Conflict', title: 'Conflict' } }).failure.type).toBe(
      'Conflict',
    );
    // Glance's HTML line breaks and a page's tags are folded away.
    expect(answer('image', 404, GLANCE_NOT_FOUND).failure.serviceMessage).toBe('No image found with ID 00000000');
    expect(answer('network', 503, PROXY_PAGE).failure.serviceMessage).toBe(
      '503 Service Unavailable No server is available to handle this request.',
    );
  });

  it("takes Nova's x-compute-request-id when that is all there is, and sets no id when there is none", () => {
    expect(toCanopyError(answer('compute', 409, {}, { 'x-compute-request-id': REQ })).openstackRequestId).toBe(REQ);
    expect(toCanopyError(answer('compute', 409, {}, {})).openstackRequestId).toBeUndefined();
  });

  it('says what the cloud said, in both languages, and names no field it cannot know', () => {
    const bad = toCanopyError(answer('network', 400, NEUTRON_INVALID_INPUT));
    expect(bad.message).toBe(
      'The cloud refused the values given: Invalid input for operation: 10.0.0.5/99 is not in a CIDR format.',
    );
    expect(bad.chinese()).toBe(
      '云平台不接受所给的值：Invalid input for operation: 10.0.0.5/99 is not in a CIDR format.',
    );
    expect(bad.extensions()).toEqual({});
    expect(toCanopyError(answer('compute', 409, {})).message).toBe('The cloud refused: compute answered 409');
    expect(toCanopyError(answer('compute', 404, {}), { kind: 'Server', id: 'abc' }).message).toBe(
      'Server abc not found',
    );
    expect(toCanopyError(answer('compute', 403, NOVA_QUOTA)).extensions()).toEqual({ resource: 'instances' });
  });

  it('maps no answer at all to UPSTREAM_UNAVAILABLE, saying why', () => {
    const call = { service: 'compute' as const, method: 'GET', path: '/servers' };
    const timeout = toCanopyError(
      OpenStackError.fromTransport(call, Object.assign(new Error('aborted'), { name: 'TimeoutError' })),
    );
    expect(timeout.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(timeout.message).toBe('The cloud is unavailable: compute did not answer in time; try again later');
    expect(timeout.openstackRequestId).toBeUndefined();
    const refused = toCanopyError(
      OpenStackError.fromTransport(call, new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })),
    );
    expect(refused.message).toBe('The cloud is unavailable: compute cannot be reached (ECONNREFUSED); try again later');
  });

  it("names the quota in Canopy's words", () => {
    expect(quotaResource('Quota exceeded for ram: Requested 512')).toBe('ramMb');
    expect(quotaResource("Quota exceeded for resources: ['network'].")).toBe('networks');
    expect(quotaResource("Quota exceeded for resources: ['security_group'].")).toBe('securityGroups');
    expect(quotaResource("Quota exceeded for resources: ['security_group_rule'].")).toBe('securityGroupRules');
    expect(quotaResource("Quota exceeded for resources: ['floatingip'].")).toBe('floatingIps');
    expect(quotaResource('Requested volume or snapshot exceeds allowed gigabytes quota. Requested 5G')).toBe(
      'gigabytes',
    );
    expect(quotaResource("Maximum number of volumes allowed (1) exceeded for quota 'volumes'.")).toBe('volumes');
  });
});

/** Through GraphQL, with the OpenStack driver in front of a fake Keystone that refuses new projects as the real one does. */
describe('OpenStack errors through GraphQL', () => {
  let cloud: http.Server;
  let server: TestServer;
  let admin: GqlClient;
  beforeAll(async () => {
    cloud = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const json = (status: number, answer: unknown, headers: Record<string, string> = {}) =>
          answerJson(res, status, answer, headers);
        const base = `http://127.0.0.1:${(cloud.address() as AddressInfo).port}`;
        if (req.url === '/v3/auth/tokens') {
          const password = (JSON.parse(body) as { auth: { identity: { password: { user: { password: string } } } } })
            .auth.identity.password.user.password;
          if (password === 'wrong')
            return json(
              401,
              {
                error: {
                  code: 401,
                  message: 'The request you have made requires authentication.',
                  title: 'Unauthorized',
                },
              },
              { 'x-openstack-request-id': REQ },
            );
          return answerToken(res, 'tok', { identity: `${base}/v3` });
        }
        if (req.url === '/v3/domains?name=Default') return json(200, { domains: [{ id: 'default' }] });
        if (req.url === '/v3/roles?name=member') return json(200, { roles: [{ id: 'r' }] });
        if (req.url === '/v3/projects' && req.method === 'POST') {
          const name = (JSON.parse(body) as { project: { name: string } }).project.name;
          if (name === 'taken-co')
            return json(
              409,
              {
                error: {
                  code: 409,
                  message: `Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is ${name}`,
                  title: 'Conflict',
                },
              },
              { 'x-openstack-request-id': REQ },
            );
          if (name === 'quiet-co') return json(409, { error: { code: 409, message: 'Conflict', title: 'Conflict' } });
          return json(
            400,
            {
              error: {
                code: 400,
                message: `Invalid input for field/attribute name. Value: ${name}. '${name}' is too long`,
                title: 'Bad Request',
              },
            },
            { 'x-openstack-request-id': REQ },
          );
        }
        json(404, { error: { code: 404, message: 'The resource could not be found.', title: 'Not Found' } });
      });
    });
    await new Promise<void>((resolve) => cloud.listen(0, '127.0.0.1', resolve));
    server = await startTestServer({ cloud: () => driverWith('p') });
    admin = await login(server, 'admin', server.adminPassword);
  });
  function driverWith(password: string, projectPrefix = ''): OpenStackDriver {
    const authUrl = `http://127.0.0.1:${(cloud.address() as AddressInfo).port}/v3`;
    return new OpenStackDriver(
      {
        name: 'fake',
        authUrl,
        username: 'u',
        password,
        userDomain: { id: 'default' },
        project: { name: 'admin', domain: { id: 'default' } },
        regionName: 'R',
        interface: 'public',
        tls: { verify: true },
        source: '/etc/canopy/clouds.yaml',
      },
      {
        domain: 'Default',
        memberRole: 'member',
        projectPrefix,
        timeoutMs: 2000,
        waitMs: 1000,
        logger: createLogger('silent'),
      },
    );
  }
  afterAll(async () => {
    await server.close();
    cloud.closeAllConnections();
    cloud.close();
  });

  it("answers a value the cloud refuses with BAD_USER_INPUT and the cloud's request id, never a URL", async () => {
    const error = await admin.fail(CreateTenant, { input: { name: 'a'.repeat(64), adminPassword: PASSWORD } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', openstackRequestId: REQ });
    expect(error.message).toMatch(
      /^The cloud refused the values given: Invalid input for field\/attribute name\. .* is too long$/,
    );
    expect(error.message).not.toContain('127.0.0.1');
  });

  it("answers a state the cloud refuses with CONFLICT, in the client's language, and adds no id the cloud did not give", async () => {
    const taken = await admin.request(
      CreateTenant,
      { input: { name: 'taken-co', adminPassword: PASSWORD } },
      { 'accept-language': 'zh-CN' },
    );
    expect(taken.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^云平台拒绝了请求：Conflict occurred/) as unknown,
      extensions: { code: 'CONFLICT', openstackRequestId: REQ },
    });
    expect(
      (await admin.fail(CreateTenant, { input: { name: 'quiet-co', adminPassword: PASSWORD } })).extensions,
    ).toEqual({ code: 'CONFLICT' });
  });

  it('refuses a tenant name too long for Keystone once prefixed before any call, naming the field and the limit', async () => {
    const driver = driverWith('p', 'canopy-');
    const tooLong = (await driver
      .createProject({ name: 'a'.repeat(58), description: '' })
      .catch((e: unknown) => e)) as BadInputError;
    expect(tooLong).toBeInstanceOf(BadInputError);
    expect(tooLong.field).toBe('name');
    expect(tooLong.openstackRequestId).toBeUndefined();
    expect(tooLong.message).toBe(
      'On this cloud a tenant name has at most 57 characters (Keystone\'s 64, less the prefix "canopy-")',
    );
    await expect(driver.updateProject('p', { name: 'b'.repeat(58) })).rejects.toBeInstanceOf(BadInputError);
  });

  it('answers Keystone refusing the service account with UPSTREAM_UNAVAILABLE and its request id, not the clouds.yaml path', async () => {
    const error = (await driverWith('wrong')
      .getProjects(['p'])
      .catch((e: unknown) => e)) as CanopyError;
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.openstackRequestId).toBe(REQ);
    expect(error.message).toBe(
      "The cloud refused Canopy's service account (identity 401); an operator must check its entry in clouds.yaml",
    );
  });
});
