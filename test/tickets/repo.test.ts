import { OpenedDb } from '../../src/db/client';
import { ConflictError } from '../../src/errors';
import { IdentityRepo } from '../../src/identity/identity.repo';
import { statusByCode } from '../../src/tickets/ticket.catalog';
import { TicketsRepo } from '../../src/tickets/tickets.repo';
import { openTestDb } from '../helpers/database';

/** The conditional update itself, without HTTP: a transition made from a stale read changes nothing. */
describe('TicketsRepo.transition', () => {
  let opened: OpenedDb;
  let repo: TicketsRepo;
  let tenantId: number;
  let userId: number;

  beforeAll(async () => {
    opened = await openTestDb();
    repo = new TicketsRepo(opened.db);
    const tree = await new IdentityRepo(opened.db).insertTenantTree({
      tenant: { name: 'acme', description: '', customerManager: '', projectId: 'p-1' },
      admin: { name: 'admin', description: '', passwordHash: 'x' },
    });
    tenantId = tree.tenant.id;
    userId = tree.admin.id;
  });
  afterAll(() => opened.close());

  it('refuses a transition from a stale version with CONFLICT and records no event', async () => {
    const submitted = statusByCode('SUBMITTED').id;
    const event = {
      actorId: userId,
      role: 'TENANT' as const,
      action: 'CREATE' as const,
      result: null,
      extra: null,
      toStatusId: submitted,
    };
    const read = await repo.insert(
      { typeId: 1, statusId: submitted, title: 't', content: '', tenantId, creatorId: userId },
      event,
    );
    const accept = {
      actorId: userId,
      role: 'TELECOM' as const,
      action: 'ACCEPT' as const,
      result: true,
      extra: null,
      toStatusId: statusByCode('ACCEPTED').id,
    };
    const reject = { ...accept, result: false, toStatusId: statusByCode('REJECTED').id };

    const moved = await repo.transition(read, accept);
    expect(moved.version).toBe(read.version + 1);
    await expect(repo.transition(read, reject)).rejects.toThrow(ConflictError);

    const [now] = await repo.ticketsByIds([read.id]);
    expect(now.statusId).toBe(statusByCode('ACCEPTED').id);
    expect((await repo.eventsOfTickets([read.id])).map((e) => e.action)).toEqual(['CREATE', 'ACCEPT']);
  });
});
