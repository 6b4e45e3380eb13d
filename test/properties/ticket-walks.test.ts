import fc from 'fast-check';
import { findTransition } from '../../src/tickets/engine';
import { statusByCode, StatusCode } from '../../src/tickets/ticket.catalog';
import { rowCount, sqlRows } from '../helpers/sql';
import { GetTicket } from '../helpers/tickets.documents';
import { ALL_MOVES, Actors, attempt, creationOf, Move, raise, reachable, TicketData } from '../helpers/tickets.driver';
import { buildWorld, World } from '../helpers/world';

/**
 * Forty random walks of up to 12 moves over HTTP: they count, never time, so jest's deadline is
 * only a safety net, wide enough for 2 cores shared with PostgreSQL and a local OpenStack (its 30 s
 * default was not).
 */
const SLOW_ON_A_BUSY_MACHINE_MS = 180_000;

/**
 * Random walks over the ticket workflows, over HTTP: whatever the order of moves, the status stays
 * one the table can reach, every success is one event, and `allowedActions` lists exactly the moves
 * that then succeed.
 */
describe('ticket engine, properties', () => {
  let w: World;
  let actors: Actors;

  beforeAll(async () => {
    w = await buildWorld();
    // The tenant admin holds TENANT on every ticket of its tenant, including those telecom raised.
    actors = { TENANT: w.a.admin, TELECOM: w.telecom, OPERATOR: w.operator };
  });
  afterAll(() => w.close());

  const offers = (ticket: TicketData | undefined, move: Move) =>
    !!ticket?.allowedActions.some(
      (a) =>
        a.role === move.role && a.action === move.action && (a.result === null || a.result === (move.result ?? true)),
    );

  it(
    'random walks keep the status valid, count one event per transition, and allowedActions tells the truth',
    async () => {
      const stored = async (id: string) => {
        const events = await rowCount(w.server, 'ticket_events', 'ticket_id = ?', [Number(id)]);
        // A bigint column: a string from PostgreSQL's driver.
        const [{ status_id: statusId }] = await sqlRows<{ status_id: number | string }>(
          w.server,
          'select status_id from tickets where id = ?',
          [Number(id)],
        );
        return { events, statusId: Number(statusId) };
      };
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(0, 1, 2, 3, 4),
          fc.array(fc.constantFrom(...ALL_MOVES), { maxLength: 12 }),
          async (type, moves) => {
            const created = await raise(actors[creationOf(type).role], type, w.a.id);
            let status = created.status.code as StatusCode;
            let transitions = 0;
            for (const move of moves) {
              const seen = (await actors[move.role].request(GetTicket, { id: created.id })).data?.ticket;
              const outcome = await attempt(actors[move.role], created.id, move);
              expect({ move, succeeded: outcome.ticket !== undefined }).toEqual({
                move,
                succeeded: offers(seen, move),
              });
              if (!outcome.ticket) {
                expect(['CONFLICT', 'NOT_FOUND']).toContain(outcome.code);
                continue;
              }
              status = findTransition(type, status, move.role, move.action, move.result ?? true)!.to;
              expect(outcome.ticket.status.code).toBe(status);
              expect(reachable(type)).toContain(status);
              transitions++;
            }
            expect(await stored(created.id)).toEqual({ events: 1 + transitions, statusId: statusByCode(status).id });
          },
        ),
        { numRuns: 40 },
      );
    },
    SLOW_ON_A_BUSY_MACHINE_MS,
  );
});
