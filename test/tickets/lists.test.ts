import type { TelecomTicketActionInput, TenantTicketsQuery } from '../gql/graphql';
import { GqlClient } from '../helpers/client';
import {
  CreateTicket,
  MyTickets,
  TelecomTicketAction,
  TelecomTicketsInFull,
  TenantTicketAction,
  TenantTickets,
  TicketsToReview,
  TicketTypes,
} from '../helpers/tickets.documents';
import { act, raise, TicketData } from '../helpers/tickets.driver';
import { buildWorld, createTenant, TenantFixture, World } from '../helpers/world';

/** Paging, the seed's filters, the catalogue, and input limits. */
describe('ticket lists and inputs', () => {
  let w: World;
  let t: TenantFixture;
  let v2: TicketData[];
  let v1: TicketData[];

  beforeAll(async () => {
    w = await buildWorld();
    t = await createTenant(w.admin, w.server, 'paged'); // a tenant of its own, so its lists hold only these
    v2 = [];
    for (const type of [1, 3, 4, 1, 3]) v2.push(await raise(t.admin, type, t.id, `v2 #${v2.length}`));
    v1 = [await raise(t.admin, 0, t.id), await raise(t.admin, 0, t.id), await raise(t.admin, 0, t.id)];
    await act(w.telecom, v2[2].id, { role: 'TELECOM', action: 'ACCEPT' }); // the suggestion: COMPLETED
    await act(t.admin, v1[0].id, { role: 'TENANT', action: 'CANCEL' });
    await act(w.telecom, v1[1].id, { role: 'TELECOM', action: 'REVIEW', result: false });
  });
  afterAll(() => w.close());

  const newestFirst = (tickets: TicketData[]) => tickets.map((x) => x.id).reverse();

  it('pages newest first with opaque cursors until hasNextPage is false', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const { tenantTickets }: TenantTicketsQuery = await t.admin.ok(TenantTickets, { first: 2, after });
      seen.push(...tenantTickets.nodes.map((n) => n.id));
      expect(tenantTickets.pageInfo.hasNextPage).toBe(page < 2);
      expect(tenantTickets.pageInfo.endCursor).not.toMatch(/^\d+$/);
      after = tenantTickets.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(newestFirst(v2));
    const empty = (await t.admin.ok(TenantTickets, { first: 2, after })).tenantTickets;
    expect(empty).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    expect(
      (await t.admin.ok(TenantTickets, { first: null, after: null })).tenantTickets.nodes.map((n) => n.id),
    ).toEqual(newestFirst(v2));
  });

  it('a ticket raised between pages does not shift the next page', async () => {
    const first = (await t.admin.ok(MyTickets, { first: 1 })).myTickets;
    const extra = await raise(t.admin, 0, t.id);
    const second = (await t.admin.ok(MyTickets, { first: 5, after: first.pageInfo.endCursor })).myTickets;
    expect(second.nodes.map((n) => n.id)).toEqual(newestFirst(v1).slice(1));
    await act(t.admin, extra.id, { role: 'TENANT', action: 'DELETE' });
  });

  it('refuses a page size outside 1–100 and a cursor it did not make, naming the field', async () => {
    for (const first of [0, 101, -1])
      expect((await t.admin.fail(TenantTickets, { first })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    for (const after of ['garbage', Buffer.from('cursor:abc').toString('base64url')])
      expect((await t.admin.fail(TenantTickets, { after })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
  });

  it('filters v2 lists by typeIds and statusIds; none or empty lists mean all', async () => {
    const list = async (vars: { typeIds?: number[]; statusIds?: number[] }) =>
      (await t.admin.ok(TenantTickets, vars)).tenantTickets.nodes.map((n) => n.id);
    expect(await list({ typeIds: [3] })).toEqual([v2[4].id, v2[1].id]);
    expect(await list({ typeIds: [1, 4], statusIds: [1] })).toEqual([v2[3].id, v2[0].id]);
    expect(await list({ statusIds: [7] })).toEqual([v2[2].id]);
    expect(await list({ typeIds: [], statusIds: [] })).toEqual(newestFirst(v2));
    expect((await t.admin.fail(TenantTickets, { typeIds: [0] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'typeIds',
    });
    expect((await t.admin.fail(TenantTickets, { statusIds: [101] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'statusIds',
    });
  });

  it('filters v1 lists by status code and ticket id; queues default to their own status', async () => {
    const mine = async (vars: { status?: string; ticketId?: string }) =>
      (await t.admin.ok(MyTickets, vars)).myTickets.nodes.map((n) => n.id);
    expect(await mine({ status: 'CANCELLED' })).toEqual([v1[0].id]);
    expect(await mine({ ticketId: v1[2].id })).toEqual([v1[2].id]);
    expect(await mine({ ticketId: (await raise(w.member, 0, w.a.id)).id })).toEqual([]);
    for (const status of ['NOPE', 'DELETED', 'SUBMITTED'])
      expect((await t.admin.fail(MyTickets, { status })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
      });
    const review = async (status?: string) =>
      (await w.telecom.ok(TicketsToReview, { status, ticketId: undefined })).ticketsToReview.nodes.map((n) => n.id);
    expect(await review()).toContain(v1[2].id);
    expect(await review()).not.toContain(v1[1].id);
    expect(await review('REVIEW_REJECTED')).toEqual([v1[1].id]);
  });

  it('costs the same number of SQL statements for 2 tickets as for 20, events, users and tenants included', async () => {
    const statements = w.server.canopy.deps.db.statements;
    const cost = async (first: number) => {
      const before = statements.count;
      const { telecomTickets } = await w.telecom.ok(TelecomTicketsInFull, { first });
      expect(telecomTickets.nodes.length).toBeGreaterThanOrEqual(Math.min(first, 5));
      return statements.count - before;
    };
    for (let i = 0; i < 12; i++)
      await act(w.telecom, (await raise(w.member, 1, w.a.id)).id, { role: 'TELECOM', action: 'ACCEPT' });
    expect(await cost(20)).toBe(await cost(2));
  });

  it('lists the v2 types and every status with Chinese and English names', async () => {
    const { ticketTypes, ticketStatuses } = await w.member.ok(TicketTypes);
    expect(ticketTypes).toEqual([
      { id: 1, name: '资源修改', nameEn: 'Resource change' },
      { id: 2, name: '资源开通', nameEn: 'Resource provisioning' },
      { id: 3, name: '故障报修', nameEn: 'Fault report' },
      { id: 4, name: '投诉建议', nameEn: 'Complaint or suggestion' },
    ]);
    expect(ticketStatuses.filter((s) => s.id <= 8).map((s) => `${s.id} ${s.code} ${s.name}`)).toEqual([
      '1 SUBMITTED 待受理',
      '2 ACCEPTED 已受理',
      '3 DISPATCHED 已派单',
      '4 PLATFORM_PROCESSING 平台处理中',
      '5 SITE_CONSTRUCTION 现场施工',
      '6 ACCEPTANCE_PENDING 待验收',
      '7 COMPLETED 已完成',
      '8 REJECTED 已驳回',
    ]);
    expect(ticketStatuses.filter((s) => s.id > 100).map((s) => s.code)).toEqual([
      'PENDING_REVIEW',
      'REVIEW_REJECTED',
      'PENDING_RECEIVE',
      'PENDING_HANDLE',
      'PENDING_CONFIRM',
      'CLOSED',
      'CANCELLED',
      'DELETED',
    ]);
  });

  describe('input limits', () => {
    const field = async (
      client: GqlClient,
      run: (c: GqlClient) => Promise<{ extensions?: { code?: string; field?: string } }>,
    ) => (await run(client)).extensions;

    it('bounds titles, names, content and extra, and keeps text exactly as given', async () => {
      const long = (n: number) => 'x'.repeat(n);
      for (const title of ['', '   ', long(201)])
        expect(await field(w.member, (c) => c.fail(CreateTicket, { input: { title } }))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'title',
        });
      expect(
        await field(w.member, (c) => c.fail(CreateTicket, { input: { title: 'ok', content: long(10_001) } })),
      ).toMatchObject({ field: 'content' });
      expect(await field(w.member, (c) => c.fail(TenantTicketAction, { input: { name: long(201) } }))).toMatchObject({
        field: 'name',
      });
      const ticket = (await w.member.ok(TenantTicketAction, { input: { name: long(200), content: long(10_000) } }))
        .tenantTicketAction.ticket;
      expect(
        await field(w.telecom, (c) =>
          c.fail(TelecomTicketAction, { input: { ticketId: ticket.id, extra: long(2_001) } }),
        ),
      ).toMatchObject({ field: 'extra' });

      const html = '<script>alert("x")</script> & <b>bold</b>\n  spaced  ';
      const stored = (await w.member.ok(CreateTicket, { input: { title: ` ${html}`, content: html } })).createTicket
        .ticket;
      expect([stored.title, stored.content]).toEqual([` ${html}`, html]);
    });

    it('checks that each telecom action gets the fields it needs, and only those', async () => {
      const bad = (vars: { input: TelecomTicketActionInput }) => w.telecom.fail(TelecomTicketAction, vars);
      const ticket = await raise(w.member, 1, w.a.id);
      expect((await bad({ input: { action: 'CREATE', name: 'x' } })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'tenantId',
      });
      expect((await bad({ input: { action: 'CREATE', tenantId: w.a.id } })).extensions).toMatchObject({
        field: 'name',
      });
      expect(
        (await bad({ input: { action: 'CREATE', name: 'x', tenantId: w.a.id, ticketId: ticket.id } })).extensions,
      ).toMatchObject({ field: 'ticketId' });
      expect((await bad({ input: { action: 'ACCEPT' } })).extensions).toMatchObject({ field: 'ticketId' });
      expect((await bad({ input: { action: 'ACCEPT', ticketId: ticket.id, name: 'x' } })).extensions).toMatchObject({
        field: 'name',
      });
      expect((await bad({ input: { action: 'ACCEPT', ticketId: 'abc' } })).extensions).toMatchObject({
        field: 'ticketId',
      });
      expect((await w.member.ok(MyTickets, { ticketId: ticket.id })).myTickets.nodes).toEqual([]);
    });
  });
});
