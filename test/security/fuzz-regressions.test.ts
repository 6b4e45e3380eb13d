import { CreateNetwork, CreateServer } from '../helpers/cloud.documents';
import { CreateTenant, UpdateGroup, UpdateTenant, UpdateUser } from '../helpers/documents';
import {
  CancelTicket,
  CreateTicket,
  ReviewTicket,
  TelecomTicketAction,
  TenantTicketAction,
} from '../helpers/tickets.documents';
import { buildWorld, World } from '../helpers/world';

/** What `npm run fuzz` (schemathesis) found, kept as plain tests so it cannot come back. */
describe('fuzzing regressions', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  it('an explicit null in an update means "unchanged", not an internal error', async () => {
    const { updateGroup } = await w.a.admin.ok(UpdateGroup, {
      input: { groupId: w.team, name: null, description: null },
    });
    expect(updateGroup.group.name).toBe('team');
    const { updateUser } = await w.a.admin.ok(UpdateUser, {
      input: {
        userId: w.memberId,
        groupId: w.squad,
        name: null,
        description: null,
        enabled: null,
        isAdmin: null,
        password: null,
      },
    });
    expect(updateUser.user.name).toBe('mike');
    const { updateTenant } = await w.admin.ok(UpdateTenant, {
      input: { tenantId: w.a.id, name: null, description: null, customerManager: null, enabled: null },
    });
    expect(updateTenant.tenant).toMatchObject({ name: 'acme', enabled: true });
  });

  it('explicit nulls in creations mean "not given" too', async () => {
    const nulls = {
      description: null,
      customerManager: null,
      adminName: null,
      adminPassword: null,
      adminDescription: null,
      createDefaultNetwork: null,
    };
    const { createTenant } = await w.admin.ok(CreateTenant, { input: { name: 'nullish', ...nulls } });
    expect(createTenant.admin.name).toBe('admin');
    const network = {
      tenantId: w.a.id,
      name: 'nullnet',
      cidr: '10.42.0.0/24',
      gateway: '10.42.0.1',
      dhcpEnabled: null,
      dhcpStartIp: null,
      dhcpEndIp: null,
      dns: null,
    };
    const networkId = (await w.a.admin.ok(CreateNetwork, { input: network })).createNetwork.network.id;
    const server = {
      tenantId: w.a.id,
      imageId: 'cirros-0.6.2-x86_64',
      instanceType: 'm1.tiny',
      networkIds: [networkId],
      cpu: null,
      memoryMb: null,
      name: null,
      availabilityZone: null,
      securityGroups: null,
      serverType: null,
      createDefaultNetwork: null,
    };
    expect((await w.a.admin.ok(CreateServer, { input: server })).createServer.server.serverType).toBe('PRIVATE');
  });

  it('an update that names no field changes nothing and answers with the object', async () => {
    expect((await w.a.admin.ok(UpdateGroup, { input: { groupId: w.team } })).updateGroup.group.name).toBe('team');
    expect((await w.admin.ok(UpdateTenant, { input: { tenantId: w.a.id } })).updateTenant.tenant.name).toBe('acme');
  });

  it('an explicit null for a ticket action or flag means its default', async () => {
    // tenantTicketAction(action: null) was an internal error; cancelTicket(cancel: null) deleted instead of cancelling.
    const raised = (await w.member.ok(TenantTicketAction, { input: { name: 'nullish action', action: null } }))
      .tenantTicketAction.ticket;
    expect(raised).toMatchObject({ type: { id: 1 }, status: { code: 'SUBMITTED' } });
    const accepted = (
      await w.telecom.ok(TelecomTicketAction, { input: { ticketId: raised.id, action: null, result: null } })
    ).telecomTicketAction.ticket;
    expect(accepted.status.code).toBe('ACCEPTED');
    const v1 = async () =>
      (await w.member.ok(CreateTicket, { input: { title: 'nullish flag' } })).createTicket.ticket.id;
    expect(
      (await w.telecom.ok(ReviewTicket, { input: { ticketId: await v1(), pass: null } })).reviewTicket.ticket.status
        .code,
    ).toBe('PENDING_RECEIVE');
    expect(
      (await w.member.ok(CancelTicket, { input: { ticketId: await v1(), cancel: null } })).cancelTicket.ticket.status
        .code,
    ).toBe('CANCELLED');
  });
});
