import { makeNetwork, makeServer, waitForServer } from '../helpers/cloud';
import { CreateServer, UpdateQuota } from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import {
  AddSecurityGroupRule,
  CreateSecurityGroup,
  DeleteSecurityGroup,
  RemoveSecurityGroupRule,
  SecurityGroupQuota,
  ServerSecurityGroups,
  SetServerSecurityGroups,
  TenantSecurityGroups,
} from '../helpers/security-groups.documents';
import { CATALOG, describeSim } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

const ANY = { protocol: null, portMin: null, portMax: null, remoteCidr: null, remoteSecurityGroupId: null };
const EGRESS = [
  { ...ANY, direction: 'EGRESS', ethertype: 'IPV4' },
  { ...ANY, direction: 'EGRESS', ethertype: 'IPV6' },
];

/** Security groups and their rules, on either cloud (issue 14): Neutron's semantics, Canopy's refusals. */
describe('security groups', () => {
  let w: World;
  let networkId: string;
  let serverId: string;
  let n = 0;

  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan', 31);
    serverId = await makeServer(w.a.admin, w.a.id, networkId, { name: 'guarded' });
  });
  afterAll(() => w.close());

  const groups = async (client: GqlClient, tenantId: string) =>
    (await client.ok(TenantSecurityGroups, { tenantId })).securityGroups;
  const group = async (client: GqlClient, tenantId: string, name: string) => {
    const found = (await groups(client, tenantId)).find((g) => g.name === name);
    if (!found) throw new Error(`no group ${name}`);
    return found;
  };
  const makeGroup = async (client: GqlClient, tenantId: string, name = `sg-${++n}`) =>
    (await client.ok(CreateSecurityGroup, { input: { tenantId, name } })).createSecurityGroup.securityGroup;
  const rule = (securityGroupId: string, extra: Record<string, unknown> = {}) => ({
    input: { securityGroupId, direction: 'INGRESS' as const, protocol: 'tcp', portMin: 22, portMax: 22, ...extra },
  });
  const serverGroups = async (client: GqlClient, id: string) =>
    (await client.ok(ServerSecurityGroups, { id })).server.securityGroups;

  it("gives each tenant Neutron's default group: all egress, ingress from its own members", async () => {
    const [only] = await groups(w.a.admin, w.a.id);
    expect(only.name).toBe('default');
    expect(only.rules).toHaveLength(4);
    expect(only.rules).toEqual(
      expect.arrayContaining(
        [
          ...EGRESS,
          { ...ANY, direction: 'INGRESS', ethertype: 'IPV4', remoteSecurityGroupId: only.id },
          { ...ANY, direction: 'INGRESS', ethertype: 'IPV6', remoteSecurityGroupId: only.id },
        ].map((r) => expect.objectContaining(r) as unknown),
      ),
    );
  });

  it('creates a group with the two egress rules Neutron gives it, and lists it', async () => {
    const { createSecurityGroup } = await w.a.admin.ok(CreateSecurityGroup, {
      input: { tenantId: w.a.id, name: 'web', description: 'front ends' },
    });
    const made = createSecurityGroup.securityGroup;
    expect(made).toMatchObject({ name: 'web', description: 'front ends' });
    expect(made.rules).toEqual(expect.arrayContaining(EGRESS.map((r) => expect.objectContaining(r) as unknown)));
    expect(made.rules).toHaveLength(2);
    expect((await groups(w.a.admin, w.a.id)).map((g) => g.name)).toEqual(['default', 'web']);
  });

  it('refuses a name the tenant already has (default included), not one another tenant has', async () => {
    expect(await w.a.admin.code(CreateSecurityGroup, { input: { tenantId: w.a.id, name: 'web' } })).toBe('CONFLICT');
    expect(await w.a.admin.code(CreateSecurityGroup, { input: { tenantId: w.a.id, name: 'default' } })).toBe(
      'CONFLICT',
    );
    await makeGroup(w.b.admin, w.b.id, 'web');
  });

  it('adds a rule and shows it in the group', async () => {
    const web = await group(w.a.admin, w.a.id, 'web');
    const { addSecurityGroupRule } = await w.a.admin.ok(
      AddSecurityGroupRule,
      rule(web.id, { protocol: 'TCP', portMin: 80, portMax: 443, remoteCidr: '0.0.0.0/0' }),
    );
    expect(addSecurityGroupRule.rule).toMatchObject({
      direction: 'INGRESS',
      ethertype: 'IPV4',
      protocol: 'tcp',
      portMin: 80,
      portMax: 443,
      remoteCidr: '0.0.0.0/0',
      remoteSecurityGroupId: null,
    });
    expect(addSecurityGroupRule.securityGroup.rules.map((r) => r.id)).toContain(addSecurityGroupRule.rule.id);
    expect((await group(w.a.admin, w.a.id, 'web')).rules).toHaveLength(3);
  });

  it('takes one port as portMin alone, icmp without ports, IPv6 CIDRs and a remote group of the tenant', async () => {
    const g = await makeGroup(w.a.admin, w.a.id);
    const web = await group(w.a.admin, w.a.id, 'web');
    const added = async (extra: Record<string, unknown>) =>
      (await w.a.admin.ok(AddSecurityGroupRule, rule(g.id, extra))).addSecurityGroupRule.rule;
    expect(await added({ portMin: 8080, portMax: undefined })).toMatchObject({ portMin: 8080, portMax: 8080 });
    expect(await added({ protocol: 'icmp', portMin: undefined, portMax: undefined })).toMatchObject({
      protocol: 'icmp',
      portMin: null,
    });
    expect(await added({ ethertype: 'IPV6', remoteCidr: '2001:db8::/32' })).toMatchObject({
      ethertype: 'IPV6',
      remoteCidr: '2001:db8::/32',
    });
    expect(await added({ remoteSecurityGroupId: web.id })).toMatchObject({ remoteSecurityGroupId: web.id });
  });

  it.each([
    ['remoteCidr', { remoteCidr: '10.0.0.0/33' }],
    ['remoteCidr', { remoteCidr: '10.0.0.5/24' }],
    ['remoteCidr', { remoteCidr: 'anywhere' }],
    ['remoteCidr', { remoteCidr: '2001:db8::/32' }],
    ['remoteCidr', { ethertype: 'IPV6', remoteCidr: '10.0.0.0/8' }],
    ['portMax', { portMin: 443, portMax: 80 }],
    ['portMin', { portMin: 0, portMax: 80 }],
    ['portMax', { portMin: 1, portMax: 65536 }],
    ['portMin', { portMin: -5 }],
    ['portMin', { protocol: undefined }],
    ['portMin', { protocol: 'icmp' }],
    ['portMin', { portMin: undefined }],
    ['protocol', { protocol: 'gre', portMin: undefined, portMax: undefined }],
    [
      'remoteSecurityGroupId',
      { remoteCidr: '10.0.0.0/8', remoteSecurityGroupId: 'b1e0c2a6-0000-4000-8000-000000000000' },
    ],
  ])('refuses a bad %s: %j', async (field, extra) => {
    const web = await group(w.a.admin, w.a.id, 'web');
    const error = await w.a.admin.fail(AddSecurityGroupRule, rule(web.id, extra));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a rule the group already has (CONFLICT)', async () => {
    const g = await makeGroup(w.a.admin, w.a.id);
    await w.a.admin.ok(AddSecurityGroupRule, rule(g.id));
    expect(await w.a.admin.code(AddSecurityGroupRule, rule(g.id))).toBe('CONFLICT');
    // The egress rule Neutron made is a rule like any other.
    expect(
      await w.a.admin.code(AddSecurityGroupRule, {
        input: { securityGroupId: g.id, direction: 'EGRESS', ethertype: 'IPV4' },
      }),
    ).toBe('CONFLICT');
  });

  it("treats another tenant's groups and rules as unknown (NOT_FOUND)", async () => {
    const theirs = await group(w.b.admin, w.b.id, 'web');
    const ours = await group(w.a.admin, w.a.id, 'web');
    expect(await w.a.admin.code(AddSecurityGroupRule, rule(theirs.id))).toBe('NOT_FOUND');
    expect(await w.a.admin.code(AddSecurityGroupRule, rule(ours.id, { remoteSecurityGroupId: theirs.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await w.a.admin.code(RemoveSecurityGroupRule, { input: { ruleId: theirs.rules[0].id } })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(DeleteSecurityGroup, { input: { securityGroupId: theirs.id } })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(SetServerSecurityGroups, { input: { serverId, securityGroupIds: [theirs.id] } })).toBe(
      'NOT_FOUND',
    );
    expect(await w.b.admin.code(SetServerSecurityGroups, { input: { serverId, securityGroupIds: [theirs.id] } })).toBe(
      'NOT_FOUND',
    );
    expect(await w.b.admin.code(TenantSecurityGroups, { tenantId: w.a.id })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(AddSecurityGroupRule, rule('b1e0c2a6-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('removes a rule, also one of the default group (Neutron allows it), and adds it back', async () => {
    const g = await makeGroup(w.a.admin, w.a.id);
    const added = (await w.a.admin.ok(AddSecurityGroupRule, rule(g.id))).addSecurityGroupRule.rule;
    const { removeSecurityGroupRule } = await w.a.admin.ok(RemoveSecurityGroupRule, { input: { ruleId: added.id } });
    expect(removeSecurityGroupRule.removedRuleId).toBe(added.id);
    expect(removeSecurityGroupRule.securityGroup.rules.map((r) => r.id)).not.toContain(added.id);
    expect(await w.a.admin.code(RemoveSecurityGroupRule, { input: { ruleId: added.id } })).toBe('NOT_FOUND');

    const def = await group(w.a.admin, w.a.id, 'default');
    const egress = def.rules.find((r) => r.direction === 'EGRESS' && r.ethertype === 'IPV6')!;
    await w.a.admin.ok(RemoveSecurityGroupRule, { input: { ruleId: egress.id } });
    expect((await group(w.a.admin, w.a.id, 'default')).rules).toHaveLength(3);
    await w.a.admin.ok(AddSecurityGroupRule, {
      input: { securityGroupId: def.id, direction: 'EGRESS', ethertype: 'IPV6' },
    });
    expect((await group(w.a.admin, w.a.id, 'default')).rules).toHaveLength(4);
  });

  it("refuses to delete the default group, as Neutron does for a project's users (CONFLICT)", async () => {
    const def = await group(w.a.admin, w.a.id, 'default');
    expect(await w.a.admin.code(DeleteSecurityGroup, { input: { securityGroupId: def.id } })).toBe('CONFLICT');
    expect(await w.admin.code(DeleteSecurityGroup, { input: { securityGroupId: def.id } })).toBe('CONFLICT');
    expect((await groups(w.a.admin, w.a.id)).map((g) => g.name)).toContain('default');
  });

  it("sets a server's groups, shown with their rules; a group in use cannot be deleted until it is released", async () => {
    const web = await group(w.a.admin, w.a.id, 'web');
    const def = await group(w.a.admin, w.a.id, 'default');
    expect((await serverGroups(w.a.admin, serverId)).map((g) => g.name)).toEqual(['default']);
    const { setServerSecurityGroups } = await w.a.admin.ok(SetServerSecurityGroups, {
      input: { serverId, securityGroupIds: [web.id, def.id] },
    });
    expect(setServerSecurityGroups.server.securityGroups.map((g) => g.name).sort()).toEqual(['default', 'web']);
    const shown = await serverGroups(w.a.admin, serverId);
    expect(shown.find((g) => g.name === 'web')!.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ protocol: 'tcp', portMin: 80, portMax: 443 })]),
    );

    expect(await w.a.admin.code(DeleteSecurityGroup, { input: { securityGroupId: web.id } })).toBe('CONFLICT');
    await w.a.admin.ok(SetServerSecurityGroups, { input: { serverId, securityGroupIds: [def.id] } });
    expect((await serverGroups(w.a.admin, serverId)).map((g) => g.name)).toEqual(['default']);
    const spare = await makeGroup(w.a.admin, w.a.id);
    const { deleteSecurityGroup } = await w.a.admin.ok(DeleteSecurityGroup, { input: { securityGroupId: spare.id } });
    expect(deleteSecurityGroup.deletedSecurityGroupId).toBe(spare.id);
    expect((await groups(w.a.admin, w.a.id)).map((g) => g.id)).not.toContain(spare.id);
  });

  it('creates a server with groups by name, as the seed does', async () => {
    const web = await group(w.a.admin, w.a.id, 'web');
    const { createServer } = await w.a.admin.ok(CreateServer, {
      input: {
        tenantId: w.a.id,
        imageId: CATALOG.bootImage,
        instanceType: 'm1.tiny',
        networkIds: [networkId],
        securityGroups: ['web', 'default'],
      },
    });
    // Nova shows a server's groups from its ports once it has bound them: after BUILD on OpenStack.
    await waitForServer(w.a.admin, createServer.server.id);
    expect((await serverGroups(w.a.admin, createServer.server.id)).map((g) => g.id)).toContain(web.id);
  });

  it('lets members read the groups; only tenant admins and the platform ADMIN change them', async () => {
    expect((await groups(w.member, w.a.id)).map((g) => g.name)).toContain('default');
    expect(await w.member.code(CreateSecurityGroup, { input: { tenantId: w.a.id, name: 'mine' } })).toBe('FORBIDDEN');
    expect(await w.groupAdmin.code(CreateSecurityGroup, { input: { tenantId: w.a.id, name: 'mine' } })).toBe(
      'FORBIDDEN',
    );
    expect(await w.telecom.code(CreateSecurityGroup, { input: { tenantId: w.a.id, name: 'mine' } })).toBe('FORBIDDEN');
    await makeGroup(w.admin, w.a.id);
  });

  describe('quotas', () => {
    it('shows securityGroups and securityGroupRules with their usage', async () => {
      const { quota } = (await w.b.admin.ok(SecurityGroupQuota, { id: w.b.id })).tenant;
      // default and web, each with their rules.
      expect(quota.securityGroups.used).toBe(2);
      expect(quota.securityGroupRules.used).toBe(6);
      expect(quota.securityGroups.limit).toBeGreaterThanOrEqual(2);
    });

    it('enforces securityGroups, and refuses a limit below what is in use', async () => {
      await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, securityGroups: 2 } });
      expect(await w.b.admin.code(CreateSecurityGroup, { input: { tenantId: w.b.id, name: 'third' } })).toBe(
        'QUOTA_EXCEEDED',
      );
      expect(await w.admin.code(UpdateQuota, { input: { tenantId: w.b.id, securityGroups: 1 } })).toBe('CONFLICT');
      await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, securityGroups: 10 } });
    });

    it('enforces securityGroupRules', async () => {
      const web = await group(w.b.admin, w.b.id, 'web');
      await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, securityGroupRules: 6 } });
      expect(await w.b.admin.code(AddSecurityGroupRule, rule(web.id))).toBe('QUOTA_EXCEEDED');
      await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, securityGroupRules: 100 } });
      await w.b.admin.ok(AddSecurityGroupRule, rule(web.id));
      const { quota } = (await w.b.admin.ok(SecurityGroupQuota, { id: w.b.id })).tenant;
      expect(quota.securityGroupRules).toEqual({ limit: 100, used: 7 });
    });
  });

  describeSim('setServerSecurityGroups under faults', () => {
    afterEach(() => w.server.sim.faults.clear());

    it.each(['listSecurityGroups', 'setServerSecurityGroups'])(
      'a fault at %s leaves the server as it was',
      async (step) => {
        const web = await group(w.a.admin, w.a.id, 'web');
        const before = await serverGroups(w.a.admin, serverId);
        w.server.sim.faults.failOn(step);
        expect(await w.a.admin.code(SetServerSecurityGroups, { input: { serverId, securityGroupIds: [web.id] } })).toBe(
          'UPSTREAM_UNAVAILABLE',
        );
        expect(await serverGroups(w.a.admin, serverId)).toEqual(before);
      },
    );
  });
});
