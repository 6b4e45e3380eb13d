import { Transition, TRANSITIONS } from '../tickets/engine';
import { StatusCode, TicketRole } from '../tickets/ticket.catalog';
import { DemoClient } from './demo.client';
import { DEMO_DECLINED, DEMO_EXTRA, DEMO_TICKET_TITLES } from './demo.data';

/** Who plays each side of the workflows; tenant tickets are raised by a member of the ticket's tenant. */
export interface TicketCast {
  telecom: DemoClient;
  operator: DemoClient;
  tenants: { id: string; raiser: DemoClient }[];
}

/**
 * One ticket in every status each type can reach, walked there from its creation by the real
 * roles along the workflow table's shortest path, so the demo follows the table as it changes.
 */
export async function demoTickets(cast: TicketCast): Promise<number> {
  let made = 0;
  for (const type of Object.keys(DEMO_TICKET_TITLES).map(Number)) {
    const paths = shortestPaths(type);
    let n = 0;
    for (const path of paths.values()) {
      const tenant = cast.tenants[made % cast.tenants.length];
      const title = DEMO_TICKET_TITLES[type][n++ % DEMO_TICKET_TITLES[type].length];
      const actor = (role: TicketRole) =>
        role === 'TENANT' ? tenant.raiser : role === 'TELECOM' ? cast.telecom : cast.operator;
      let id = await raise(actor(creation(type).role), type, tenant.id, title);
      for (const row of path) id = await move(actor(row.role), id, row);
      made++;
    }
  }
  return made;
}

function creation(type: number): Transition {
  return TRANSITIONS.find((row) => row.type === type && row.from === null) as Transition;
}

/** Breadth first from the creation status: for every reachable status, the shortest list of moves to it. */
function shortestPaths(type: number): Map<StatusCode, Transition[]> {
  const start = creation(type).to;
  const paths = new Map<StatusCode, Transition[]>([[start, []]]);
  const queue: StatusCode[] = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const row of TRANSITIONS.filter((r) => r.type === type && r.from === state && !paths.has(r.to))) {
      paths.set(row.to, [...(paths.get(state) as Transition[]), row]);
      queue.push(row.to);
    }
  }
  return paths;
}

async function raise(client: DemoClient, type: number, tenantId: string, title: string): Promise<string> {
  const content = `${title}. Raised by the Canopy demo.`;
  const { action, role } = creation(type);
  if (type === 0) return client.make('createTicket', { title, content }, 'ticket');
  if (role === 'TENANT') return client.make('tenantTicketAction', { action, name: title, content }, 'ticket');
  return client.make('telecomTicketAction', { action, name: title, content, tenantId }, 'ticket');
}

/** A table row sent through the operation its role uses: v1 moves by name, v2 moves through the role's action mutation. */
async function move(client: DemoClient, ticketId: string, row: Transition): Promise<string> {
  const result = row.result ?? true;
  const v1: Record<string, [string, Record<string, unknown>]> = {
    CANCEL: ['cancelTicket', { ticketId, cancel: true }],
    DELETE: ['cancelTicket', { ticketId, cancel: false }],
    CONFIRM: ['confirmTicket', { ticketId }],
    REVIEW: ['reviewTicket', { ticketId, pass: result }],
    RECEIVE: ['receiveTicket', { ticketId }],
    HANDLE: ['handleTicket', { ticketId }],
  };
  const [name, input] =
    row.type === 0
      ? v1[row.action]
      : [
          row.role === 'TELECOM' ? 'telecomTicketAction' : 'maintainTicketAction',
          { action: row.action, ticketId, result, extra: result ? DEMO_EXTRA[row.action] : DEMO_DECLINED },
        ];
  return client.make(name, input, 'ticket');
}
