import { Transition, TRANSITIONS } from '../../src/tickets/engine';
import { StatusCode, TicketRole } from '../../src/tickets/ticket.catalog';
import { GqlClient } from '../helpers/client';
import { GetTicket } from '../helpers/tickets.documents';
import { Actors, ALL_MOVES, attempt, Move, raise, reachable, TicketData, ticketIn } from '../helpers/tickets.driver';
import { buildWorld, login, World } from '../helpers/world';

/**
 * Every row of both transition tables, and every (type, status, role, action) outside them, over
 * HTTP as real personas; both lists are generated from the tables, so none is missed.
 */

/** Who sees what, written out from PRODUCT.md independently of the server's policy code. */
const OPERATOR_SEES: Record<number, readonly StatusCode[]> = {
  0: ['PENDING_RECEIVE', 'PENDING_HANDLE', 'PENDING_CONFIRM', 'CLOSED'],
  1: ['DISPATCHED', 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION', 'ACCEPTANCE_PENDING', 'COMPLETED'],
  2: ['DISPATCHED', 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION', 'ACCEPTANCE_PENDING', 'COMPLETED', 'REJECTED'],
  3: ['SUBMITTED', 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION', 'COMPLETED', 'REJECTED'],
  4: [],
};

type Kind = 'creator' | 'tenantAdmin' | 'sameTenantUser' | 'telecom' | 'operator' | 'admin' | 'otherTenant';
interface Persona {
  kind: Kind;
  name: string;
  client: GqlClient;
}

/** The code the move should fail with, or 'OK'. Tickets here are raised by mike (a member of tenant A), or for type 2 by TELECOM for tenant A. */
function expectedCode(persona: Kind, type: number, status: StatusCode, move: Move): string {
  const creatorIsMike = type !== 2;
  const visible =
    status !== 'DELETED' &&
    (persona === 'telecom' ||
      persona === 'admin' ||
      persona === 'tenantAdmin' ||
      (persona === 'creator' && creatorIsMike) ||
      (persona === 'operator' && OPERATOR_SEES[type].includes(status)));
  if (!visible) return 'NOT_FOUND';
  const holds = {
    TENANT: persona === 'tenantAdmin' || persona === 'creator',
    TELECOM: persona === 'telecom' || persona === 'admin',
    OPERATOR: persona === 'operator' || persona === 'admin',
  }[move.role];
  if (!holds) return 'FORBIDDEN';
  const inTable = TRANSITIONS.some(
    (r) =>
      r.type === type &&
      r.from === status &&
      r.role === move.role &&
      r.action === move.action &&
      (r.result === undefined || r.result === (move.result ?? true)),
  );
  return inTable ? 'OK' : 'CONFLICT';
}

const label = (r: Transition) =>
  `type ${r.type}: ${r.from ?? '(new)'} --${r.role} ${r.action}${r.result === undefined ? '' : `(${r.result})`}--> ${r.to}`;

describe('ticket transition tables over HTTP', () => {
  let w: World;
  let actors: Actors;
  let personas: Persona[];
  const holders = (role: TicketRole): Persona[] =>
    personas.filter((p) =>
      ({ TENANT: ['creator', 'tenantAdmin'], TELECOM: ['telecom', 'admin'], OPERATOR: ['operator', 'admin'] })[
        role
      ].includes(p.kind),
    );

  beforeAll(async () => {
    w = await buildWorld();
    actors = { TENANT: w.member, TELECOM: w.telecom, OPERATOR: w.operator };
    personas = [
      { kind: 'creator', name: 'mike', client: w.member },
      { kind: 'tenantAdmin', name: 'admin', client: w.a.admin },
      { kind: 'sameTenantUser', name: 'olga', client: await login(w.server, 'olga#acme') },
      { kind: 'telecom', name: 'tina', client: w.telecom },
      { kind: 'operator', name: 'otto', client: w.operator },
      { kind: 'admin', name: 'admin', client: w.admin },
      { kind: 'otherTenant', name: 'admin', client: w.b.admin },
    ];
  });
  afterAll(() => w.close());

  describe('every row, as each holder of its role (ADMIN acting as TELECOM and OPERATOR)', () => {
    const creations = TRANSITIONS.filter((r) => r.from === null);
    it.each(creations.map((r) => [label(r), r] as const))('%s', async (_label, row) => {
      for (const persona of holders(row.role)) {
        const ticket = await raise(persona.client, row.type, w.a.id);
        expect(ticket).toMatchObject({
          type: { id: row.type },
          status: { code: row.to },
          tenant: { id: w.a.id },
          creator: { name: persona.name },
        });
        expect(ticket.events).toEqual([
          expect.objectContaining({
            role: row.role,
            action: row.action,
            result: null,
            fromStatus: null,
            toStatus: { code: row.to },
            actor: expect.objectContaining({ name: persona.name }) as unknown,
          }),
        ]);
      }
    });

    const moves = TRANSITIONS.filter((r): r is Transition & { from: StatusCode } => r.from !== null);
    it.each(moves.map((r) => [label(r), r] as const))('%s', async (_label, row) => {
      for (const persona of holders(row.role)) {
        const before = await ticketIn(actors, row.type, row.from, w.a.id);
        const after = await attempt(persona.client, before.id, row, `by ${persona.kind}`);
        expect(after.error).toBeUndefined();
        expect(after.ticket?.status.code).toBe(row.to);
        expect(after.ticket?.events).toHaveLength(before.events.length + 1);
        expect(after.ticket?.events.at(-1)).toEqual(
          expect.objectContaining({
            role: row.role,
            action: row.action,
            result: row.result ?? null,
            extra: row.type === 0 ? null : `by ${persona.kind}`, // v1 operations take no extra text
            fromStatus: { code: row.from },
            toStatus: { code: row.to },
            actor: expect.objectContaining({ name: persona.name }) as unknown,
          }),
        );
      }
    });
  });

  describe('every move outside the tables fails: NOT_FOUND unseen, FORBIDDEN without the role, CONFLICT in the wrong status', () => {
    const cases = [0, 1, 2, 3, 4].flatMap((type) => reachable(type).map((status) => [type, status] as const));
    it.each(cases)('type %i in %s', async (type, status) => {
      const ticket: TicketData = await ticketIn(actors, type, status, w.a.id);
      const checks = personas.flatMap((persona) =>
        ALL_MOVES.map((move) => ({ persona, move, expected: expectedCode(persona.kind, type, status, move) })),
      );
      const outcomes = await Promise.all(
        checks
          .filter((c) => c.expected !== 'OK')
          .map(async (c) => ({ ...c, got: (await attempt(c.persona.client, ticket.id, c.move)).code })),
      );
      const wrong = outcomes
        .filter((o) => o.got !== o.expected)
        .map(
          (o) =>
            `${o.persona.kind} ${o.move.role} ${o.move.action}(${o.move.result ?? ''}): expected ${o.expected}, got ${o.got}`,
        );
      expect(wrong).toEqual([]);
      expect(outcomes.length).toBeGreaterThan(0);
      if (status !== 'DELETED') {
        const unchanged = (await w.admin.ok(GetTicket, { id: ticket.id })).ticket;
        expect(unchanged.status.code).toBe(status);
        expect(unchanged.events).toHaveLength(ticket.events.length);
      }
    });
  });
});
