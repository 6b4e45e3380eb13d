import { GqlClient } from '../helpers/client';
import {
  CreateTicket,
  GetTicket,
  MaintainTickets,
  MyTickets,
  TelecomTicketAction,
  TelecomTickets,
  TenantTicketAction,
  TenantTickets,
  TicketsToHandle,
  TicketsToReceive,
  TicketsToReview,
} from '../helpers/tickets.documents';
import { act, raise, TicketData } from '../helpers/tickets.driver';
import { buildWorld, login, World } from '../helpers/world';

/** Who sees which ticket, per persona and across tenants (PRODUCT.md "Tickets", visibility). */
describe('ticket visibility', () => {
  let w: World;
  let olga: GqlClient;
  let t: Record<
    | 'mikeV1'
    | 'mikeChange'
    | 'mikeDispatched'
    | 'mikeFault'
    | 'olgaSuggestion'
    | 'provisioning'
    | 'bV1'
    | 'bChange'
    | 'deleted',
    TicketData
  >;
  const ids = (page: { nodes: Array<{ id: string }> }) => page.nodes.map((n) => n.id).sort();
  const of = (...names: Array<keyof typeof t>) => names.map((name) => t[name].id).sort();

  beforeAll(async () => {
    w = await buildWorld();
    olga = await login(w.server, 'olga#acme');
    const bob = w.bMember;
    t = {
      mikeV1: await raise(w.member, 0, w.a.id),
      mikeChange: await raise(w.member, 1, w.a.id),
      mikeDispatched: await raise(w.member, 1, w.a.id),
      mikeFault: await raise(w.member, 3, w.a.id),
      olgaSuggestion: await raise(olga, 4, w.a.id),
      provisioning: await raise(w.telecom, 2, w.a.id),
      bV1: await raise(bob, 0, w.b.id),
      bChange: await raise(w.b.admin, 1, w.b.id),
      deleted: await raise(w.member, 0, w.a.id),
    };
    await act(w.telecom, t.mikeDispatched.id, { role: 'TELECOM', action: 'ACCEPT' });
    await act(w.telecom, t.mikeDispatched.id, { role: 'TELECOM', action: 'SEND' });
    await act(w.member, t.deleted.id, { role: 'TENANT', action: 'DELETE' });
  });
  afterAll(() => w.close());

  it('a member sees its own tickets only; the rest of its tenant and other tenants are NOT_FOUND', async () => {
    expect(ids((await w.member.ok(MyTickets)).myTickets)).toEqual(of('mikeV1'));
    expect(ids((await w.member.ok(TenantTickets)).tenantTickets)).toEqual(
      of('mikeChange', 'mikeDispatched', 'mikeFault'),
    );
    for (const other of ['olgaSuggestion', 'provisioning', 'bV1', 'bChange', 'deleted'] as const)
      expect(await w.member.code(GetTicket, { id: t[other].id })).toBe('NOT_FOUND');
  });

  it("a group admin has no extra sight of its members' tickets", async () => {
    expect(ids((await w.groupAdmin.ok(TenantTickets)).tenantTickets)).toEqual([]);
    expect(await w.groupAdmin.code(GetTicket, { id: t.mikeChange.id })).toBe('NOT_FOUND');
  });

  it("a tenant admin sees all its tenant's tickets, including those telecom raised for it, and no other tenant's", async () => {
    expect(ids((await w.a.admin.ok(MyTickets)).myTickets)).toEqual(of('mikeV1'));
    expect(ids((await w.a.admin.ok(TenantTickets)).tenantTickets)).toEqual(
      of('mikeChange', 'mikeDispatched', 'mikeFault', 'olgaSuggestion', 'provisioning'),
    );
    expect(ids((await w.b.admin.ok(TenantTickets)).tenantTickets)).toEqual(of('bChange'));
    expect(ids((await w.b.admin.ok(MyTickets)).myTickets)).toEqual(of('bV1'));
    expect(await w.b.admin.code(GetTicket, { id: t.mikeV1.id })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(GetTicket, { id: t.bChange.id })).toBe('NOT_FOUND');
  });

  it("TELECOM sees every tenant's tickets, through its own lists only", async () => {
    expect(ids((await w.telecom.ok(TelecomTickets)).telecomTickets)).toEqual(
      of('mikeChange', 'mikeDispatched', 'mikeFault', 'olgaSuggestion', 'provisioning', 'bChange'),
    );
    expect(ids((await w.telecom.ok(TicketsToReview)).ticketsToReview)).toEqual(of('mikeV1', 'bV1'));
    const c = w.telecom;
    expect(
      await Promise.all([
        c.code(MyTickets),
        c.code(TenantTickets),
        c.code(MaintainTickets),
        c.code(TicketsToReceive),
        c.code(TicketsToHandle),
      ]),
    ).toEqual(Array(5).fill('FORBIDDEN'));
    expect(await w.telecom.code(GetTicket, { id: t.deleted.id })).toBe('NOT_FOUND');
  });

  it('OPERATOR sees types 1 and 2 from DISPATCHED on and all of type 3, nothing else', async () => {
    expect(ids((await w.operator.ok(MaintainTickets)).maintainTickets)).toEqual(
      of('mikeDispatched', 'mikeFault', 'provisioning'),
    );
    for (const unseen of ['mikeChange', 'olgaSuggestion', 'bChange', 'mikeV1'] as const)
      expect(await w.operator.code(GetTicket, { id: t[unseen].id })).toBe('NOT_FOUND');
    expect(ids((await w.operator.ok(TicketsToReceive)).ticketsToReceive)).toEqual([]);
    const c = w.operator;
    expect(
      await Promise.all([c.code(MyTickets), c.code(TenantTickets), c.code(TelecomTickets), c.code(TicketsToReview)]),
    ).toEqual(Array(4).fill('FORBIDDEN'));
  });

  it('a v1 ticket reaches the operator once reviewed', async () => {
    const ticket = await raise(w.bMember, 0, w.b.id);
    await act(w.telecom, ticket.id, { role: 'TELECOM', action: 'REVIEW', result: true });
    expect(ids((await w.operator.ok(TicketsToReceive)).ticketsToReceive)).toEqual([ticket.id]);
    expect((await w.operator.ok(GetTicket, { id: ticket.id })).ticket.status.code).toBe('PENDING_RECEIVE');
  });

  it('ADMIN sees everything and opens both staff queues, which show what that role sees', async () => {
    for (const name of Object.keys(t) as Array<keyof typeof t>)
      if (name !== 'deleted') expect((await w.admin.ok(GetTicket, { id: t[name].id })).ticket.id).toBe(t[name].id);
    expect(ids((await w.admin.ok(TelecomTickets)).telecomTickets)).toEqual(
      ids((await w.telecom.ok(TelecomTickets)).telecomTickets),
    );
    expect(ids((await w.admin.ok(MaintainTickets)).maintainTickets)).toEqual(
      ids((await w.operator.ok(MaintainTickets)).maintainTickets),
    );
    expect(await w.admin.code(TenantTickets)).toBe('FORBIDDEN');
  });

  it('who may raise what: tenant users raise v1 and their v2 types, TELECOM and ADMIN provisioning for an existing tenant', async () => {
    for (const staff of [w.admin, w.telecom, w.operator]) {
      expect(await staff.code(CreateTicket, { input: { title: 'x' } })).toBe('FORBIDDEN');
      expect(await staff.code(TenantTicketAction, { input: { name: 'x' } })).toBe('FORBIDDEN');
    }
    for (const notTelecom of [w.member, w.a.admin, w.operator])
      expect(
        await notTelecom.code(TelecomTicketAction, { input: { action: 'CREATE', name: 'x', tenantId: w.a.id } }),
      ).toBe('FORBIDDEN');
    expect(
      await w.telecom.code(TelecomTicketAction, { input: { action: 'CREATE', name: 'x', tenantId: '9999' } }),
    ).toBe('NOT_FOUND');
  });

  it('without a session everything is UNAUTHENTICATED', async () => {
    expect(await w.anon.code(GetTicket, { id: t.mikeV1.id })).toBe('UNAUTHENTICATED');
    expect(await w.anon.code(MyTickets)).toBe('UNAUTHENTICATED');
    expect(await w.anon.code(TelecomTickets)).toBe('UNAUTHENTICATED');
    expect(await w.anon.code(CreateTicket, { input: { title: 'x' } })).toBe('UNAUTHENTICATED');
  });
});
