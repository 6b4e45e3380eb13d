import { GqlClient } from '../helpers/client';
import { GetTicket, TicketsToConfirm } from '../helpers/tickets.documents';
import { act, Move, raise, TicketData } from '../helpers/tickets.driver';
import { buildWorld, World } from '../helpers/world';

/**
 * Each ticket type from creation to each of its end states, as the real roles, over HTTP; the
 * expected histories are written out by hand from PRODUCT.md, not derived from the tables.
 */
type Step = [string | null, string, string, boolean | null, string | null, string];

function history(ticket: TicketData): Step[] {
  return ticket.events.map((e) => [
    e.actor?.name ?? null,
    e.role,
    e.action,
    e.result ?? null,
    e.fromStatus?.code ?? null,
    e.toStatus.code,
  ]);
}

const allowed = (ticket: TicketData) =>
  ticket.allowedActions.map((a) => `${a.role} ${a.action}${a.result === null ? '' : `(${a.result})`}`).sort();

describe('ticket walks, creation to every end state', () => {
  let w: World;
  const move = (role: Move['role'], action: Move['action'], result?: boolean): Move => ({ role, action, result });
  const reload = async (client: GqlClient, id: string) => (await client.ok(GetTicket, { id })).ticket;

  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.close());

  it('v1: review, receive, handle, confirm to CLOSED, then delete, which hides it', async () => {
    const created = await raise(w.member, 0, w.a.id, 'Need more disk', 'Please grow /data');
    expect(created).toMatchObject({
      title: 'Need more disk',
      content: 'Please grow /data',
      type: { id: 0 },
      status: { code: 'PENDING_REVIEW', id: 101 },
    });
    expect(allowed(created)).toEqual(['TENANT CANCEL', 'TENANT DELETE']);
    expect(allowed(await reload(w.telecom, created.id))).toEqual(['TELECOM REVIEW(false)', 'TELECOM REVIEW(true)']);
    await act(w.telecom, created.id, move('TELECOM', 'REVIEW', true));
    await act(w.operator, created.id, move('OPERATOR', 'RECEIVE'));
    const handled = await act(w.operator, created.id, move('OPERATOR', 'HANDLE'));
    expect(handled.status.code).toBe('PENDING_CONFIRM');
    expect((await w.member.ok(TicketsToConfirm)).ticketsToConfirm.nodes.map((t) => t.id)).toEqual([created.id]);
    const closed = await act(w.member, created.id, move('TENANT', 'CONFIRM'));
    expect(closed.status.code).toBe('CLOSED');
    expect(history(await reload(w.admin, created.id))).toEqual([
      ['mike', 'TENANT', 'CREATE', null, null, 'PENDING_REVIEW'],
      ['tina', 'TELECOM', 'REVIEW', true, 'PENDING_REVIEW', 'PENDING_RECEIVE'],
      ['otto', 'OPERATOR', 'RECEIVE', null, 'PENDING_RECEIVE', 'PENDING_HANDLE'],
      ['otto', 'OPERATOR', 'HANDLE', null, 'PENDING_HANDLE', 'PENDING_CONFIRM'],
      ['mike', 'TENANT', 'CONFIRM', null, 'PENDING_CONFIRM', 'CLOSED'],
    ]);
    const deleted = await act(w.member, created.id, move('TENANT', 'DELETE'));
    expect(deleted.status.code).toBe('DELETED');
    expect(deleted.allowedActions).toEqual([]);
    for (const client of [w.member, w.a.admin, w.admin, w.telecom])
      expect(await client.code(GetTicket, { id: created.id })).toBe('NOT_FOUND');
  });

  it('v1: rejected at review, then deleted; cancelled by the tenant admin while being handled', async () => {
    const rejected = await raise(w.member, 0, w.a.id);
    const afterReview = await act(w.telecom, rejected.id, move('TELECOM', 'REVIEW', false));
    expect(afterReview.status.code).toBe('REVIEW_REJECTED');
    expect(allowed(await reload(w.member, rejected.id))).toEqual(['TENANT DELETE']);
    await act(w.member, rejected.id, move('TENANT', 'DELETE'));

    const cancelled = await raise(w.member, 0, w.a.id);
    await act(w.telecom, cancelled.id, move('TELECOM', 'REVIEW'));
    await act(w.operator, cancelled.id, move('OPERATOR', 'RECEIVE'));
    await act(w.a.admin, cancelled.id, move('TENANT', 'CANCEL'));
    expect(history(await reload(w.admin, cancelled.id))).toEqual([
      ['mike', 'TENANT', 'CREATE', null, null, 'PENDING_REVIEW'],
      ['tina', 'TELECOM', 'REVIEW', true, 'PENDING_REVIEW', 'PENDING_RECEIVE'],
      ['otto', 'OPERATOR', 'RECEIVE', null, 'PENDING_RECEIVE', 'PENDING_HANDLE'],
      ['admin', 'TENANT', 'CANCEL', null, 'PENDING_HANDLE', 'CANCELLED'],
    ]);
  });

  it('type 1: accepted, dispatched, declined by the platform, dispatched again, worked, sent back once, completed', async () => {
    const t = await raise(w.member, 1, w.a.id, 'Resize my server');
    await act(w.telecom, t.id, move('TELECOM', 'ACCEPT', true));
    await act(w.telecom, t.id, move('TELECOM', 'SEND'));
    expect(allowed(await reload(w.admin, t.id))).toEqual([
      'OPERATOR ACCEPT_PLATFORM_DEAL(false)',
      'OPERATOR ACCEPT_PLATFORM_DEAL(true)',
    ]);
    expect(allowed(await reload(w.telecom, t.id))).toEqual([]);
    await act(w.operator, t.id, move('OPERATOR', 'ACCEPT_PLATFORM_DEAL', false), 'no capacity this week');
    await act(w.telecom, t.id, move('TELECOM', 'SEND'));
    await act(w.operator, t.id, move('OPERATOR', 'ACCEPT_PLATFORM_DEAL', true));
    await act(w.operator, t.id, move('OPERATOR', 'ACCEPT_SITE_CONSTRUCTION'));
    await act(w.operator, t.id, move('OPERATOR', 'SEND'));
    await act(w.telecom, t.id, move('TELECOM', 'CONFIRM', false), 'still slow');
    await act(w.admin, t.id, move('OPERATOR', 'SEND'));
    const done = await act(w.admin, t.id, move('TELECOM', 'CONFIRM', true));
    expect(done.status).toEqual({ id: 7, code: 'COMPLETED', name: '已完成', nameEn: 'Completed' });
    const full = await reload(w.admin, t.id);
    expect(history(full)).toEqual([
      ['mike', 'TENANT', 'CREATE', null, null, 'SUBMITTED'],
      ['tina', 'TELECOM', 'ACCEPT', true, 'SUBMITTED', 'ACCEPTED'],
      ['tina', 'TELECOM', 'SEND', null, 'ACCEPTED', 'DISPATCHED'],
      ['otto', 'OPERATOR', 'ACCEPT_PLATFORM_DEAL', false, 'DISPATCHED', 'ACCEPTED'],
      ['tina', 'TELECOM', 'SEND', null, 'ACCEPTED', 'DISPATCHED'],
      ['otto', 'OPERATOR', 'ACCEPT_PLATFORM_DEAL', true, 'DISPATCHED', 'PLATFORM_PROCESSING'],
      ['otto', 'OPERATOR', 'ACCEPT_SITE_CONSTRUCTION', null, 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION'],
      ['otto', 'OPERATOR', 'SEND', null, 'SITE_CONSTRUCTION', 'ACCEPTANCE_PENDING'],
      ['tina', 'TELECOM', 'CONFIRM', false, 'ACCEPTANCE_PENDING', 'PLATFORM_PROCESSING'],
      ['admin', 'OPERATOR', 'SEND', null, 'PLATFORM_PROCESSING', 'ACCEPTANCE_PENDING'],
      ['admin', 'TELECOM', 'CONFIRM', true, 'ACCEPTANCE_PENDING', 'COMPLETED'],
    ]);
    expect(full.events.map((e) => e.extra)).toEqual([
      null,
      null,
      null,
      'no capacity this week',
      null,
      null,
      null,
      null,
      'still slow',
      null,
      null,
    ]);
    const times = full.events.map((e) => Date.parse(e.at));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(Date.parse(full.updatedAt)).toBe(times.at(-1));
  });

  it('type 1: rejected by telecom', async () => {
    const t = await raise(w.member, 1, w.a.id);
    await act(w.telecom, t.id, move('TELECOM', 'ACCEPT', false), 'duplicate');
    expect(history(await reload(w.admin, t.id))).toEqual([
      ['mike', 'TENANT', 'CREATE', null, null, 'SUBMITTED'],
      ['tina', 'TELECOM', 'ACCEPT', false, 'SUBMITTED', 'REJECTED'],
    ]);
  });

  it('type 2: raised by telecom for a tenant, completed straight from platform processing; or rejected by the platform', async () => {
    const t = await raise(w.telecom, 2, w.a.id, 'Provision 10 VMs');
    expect(t).toMatchObject({
      type: { id: 2, name: '资源开通', nameEn: 'Resource provisioning' },
      status: { code: 'DISPATCHED' },
      tenant: { id: w.a.id },
      creator: { name: 'tina' },
    });
    await act(w.operator, t.id, move('OPERATOR', 'ACCEPT_PLATFORM_DEAL', true));
    await act(w.operator, t.id, move('OPERATOR', 'SEND'));
    await act(w.telecom, t.id, move('TELECOM', 'CONFIRM', true));
    expect(history(await reload(w.admin, t.id))).toEqual([
      ['tina', 'TELECOM', 'CREATE', null, null, 'DISPATCHED'],
      ['otto', 'OPERATOR', 'ACCEPT_PLATFORM_DEAL', true, 'DISPATCHED', 'PLATFORM_PROCESSING'],
      ['otto', 'OPERATOR', 'SEND', null, 'PLATFORM_PROCESSING', 'ACCEPTANCE_PENDING'],
      ['tina', 'TELECOM', 'CONFIRM', true, 'ACCEPTANCE_PENDING', 'COMPLETED'],
    ]);
    // The tenant admin follows it; the staff who acted are shown by role only.
    const seenByTenant = await reload(w.a.admin, t.id);
    expect(seenByTenant.creator).toBeNull();
    expect(seenByTenant.events.map((e) => [e.actor, e.role])).toEqual([
      [null, 'TELECOM'],
      [null, 'OPERATOR'],
      [null, 'OPERATOR'],
      [null, 'TELECOM'],
    ]);

    const rejected = await raise(w.admin, 2, w.a.id);
    await act(w.operator, rejected.id, move('OPERATOR', 'ACCEPT_PLATFORM_DEAL', false));
    expect(history(await reload(w.admin, rejected.id)).map((s) => s.slice(2))).toEqual([
      ['CREATE', null, null, 'DISPATCHED'],
      ['ACCEPT_PLATFORM_DEAL', false, 'DISPATCHED', 'REJECTED'],
    ]);
  });

  it('type 3: a fault fixed on site, a fault fixed remotely, a fault rejected', async () => {
    const onSite = await raise(w.member, 3, w.a.id, 'Server down');
    await act(w.operator, onSite.id, move('OPERATOR', 'ERROR_REPORT_ACCEPT', true));
    await act(w.operator, onSite.id, move('OPERATOR', 'ERROR_REPORT_SITE_CONSTRUCTION'));
    await act(w.operator, onSite.id, move('OPERATOR', 'ERROR_REPORT_DONE'), 'replaced a disk');
    expect(history(await reload(w.member, onSite.id))).toEqual([
      ['mike', 'TENANT', 'ERROR_REPORT', null, null, 'SUBMITTED'],
      [null, 'OPERATOR', 'ERROR_REPORT_ACCEPT', true, 'SUBMITTED', 'PLATFORM_PROCESSING'],
      [null, 'OPERATOR', 'ERROR_REPORT_SITE_CONSTRUCTION', null, 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION'],
      [null, 'OPERATOR', 'ERROR_REPORT_DONE', null, 'SITE_CONSTRUCTION', 'COMPLETED'],
    ]);

    const remote = await raise(w.member, 3, w.a.id);
    await act(w.operator, remote.id, move('OPERATOR', 'ERROR_REPORT_ACCEPT'));
    expect((await act(w.operator, remote.id, move('OPERATOR', 'ERROR_REPORT_DONE'))).status.code).toBe('COMPLETED');

    const rejected = await raise(w.member, 3, w.a.id);
    expect((await act(w.operator, rejected.id, move('OPERATOR', 'ERROR_REPORT_ACCEPT', false))).status.code).toBe(
      'REJECTED',
    );
  });

  it('type 4: a suggestion answered by telecom; the reply is kept on the event, whatever result is sent', async () => {
    const t = await raise(w.member, 4, w.a.id, 'Faster support please');
    const answered = await act(w.telecom, t.id, move('TELECOM', 'ACCEPT', false), 'Thank you, we are hiring.');
    expect(answered.status.code).toBe('COMPLETED');
    const seen = await reload(w.member, t.id);
    expect(history(seen)).toEqual([
      ['mike', 'TENANT', 'SUGGESTION', null, null, 'SUBMITTED'],
      [null, 'TELECOM', 'ACCEPT', null, 'SUBMITTED', 'COMPLETED'],
    ]);
    expect(seen.events[1].extra).toBe('Thank you, we are hiring.');
  });
});
