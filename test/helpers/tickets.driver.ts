import { Transition, TRANSITIONS } from '../../src/tickets/engine';
import { StatusCode, TicketActionName, TicketRole } from '../../src/tickets/ticket.catalog';
import type {
  MaintainTicketActionType,
  TelecomTicketActionType,
  TenantTicketActionType,
  TicketFieldsFragment,
} from '../gql/graphql';
import { GqlClient, GqlError } from './client';
import {
  CancelTicket,
  ConfirmTicket,
  CreateTicket,
  HandleTicket,
  MaintainTicketAction,
  ReceiveTicket,
  ReviewTicket,
  TelecomTicketAction,
  TenantTicketAction,
} from './tickets.documents';

/**
 * Drives tickets over HTTP through the seed's operations, in the workflow tables' terms: a Move is
 * a role taking an action (with a result); `attempt` sends it through the operation that role uses.
 */
export type TicketData = TicketFieldsFragment;

export interface Move {
  role: TicketRole;
  action: TicketActionName;
  result?: boolean;
}

export type Outcome =
  | { ticket: TicketData; code?: undefined; error?: undefined }
  | { ticket?: undefined; code: string | undefined; error: GqlError };

/** Every move any ticket operation can express (v1 and v2); a move not in a table must fail. */
export const ALL_MOVES: readonly Move[] = [
  { role: 'TENANT', action: 'CANCEL' },
  { role: 'TENANT', action: 'DELETE' },
  { role: 'TENANT', action: 'CONFIRM' },
  ...[true, false].map((result) => ({ role: 'TELECOM' as const, action: 'REVIEW' as const, result })),
  ...[true, false].map((result) => ({ role: 'TELECOM' as const, action: 'ACCEPT' as const, result })),
  { role: 'TELECOM', action: 'SEND' },
  ...[true, false].map((result) => ({ role: 'TELECOM' as const, action: 'CONFIRM' as const, result })),
  { role: 'OPERATOR', action: 'RECEIVE' },
  { role: 'OPERATOR', action: 'HANDLE' },
  ...[true, false].map((result) => ({ role: 'OPERATOR' as const, action: 'ACCEPT_PLATFORM_DEAL' as const, result })),
  { role: 'OPERATOR', action: 'ACCEPT_SITE_CONSTRUCTION' },
  { role: 'OPERATOR', action: 'SEND' },
  ...[true, false].map((result) => ({ role: 'OPERATOR' as const, action: 'ERROR_REPORT_ACCEPT' as const, result })),
  { role: 'OPERATOR', action: 'ERROR_REPORT_SITE_CONSTRUCTION' },
  { role: 'OPERATOR', action: 'ERROR_REPORT_DONE' },
];

async function outcome<R>(
  send: () => ReturnType<GqlClient['request']>,
  pick: (data: R) => { ticket: TicketData },
): Promise<Outcome> {
  const response = await send();
  if (response.errors?.length) return { code: response.errors[0].extensions?.code, error: response.errors[0] };
  return { ticket: pick(response.data as R).ticket };
}

/** Sends a move through the operation its role uses: v1 ones by name, v2 ones through the role's action mutation. */
export function attempt(client: GqlClient, ticketId: string, move: Move, extra?: string): Promise<Outcome> {
  const { role, action, result } = move;
  if (role === 'TENANT') {
    if (action === 'CONFIRM')
      return outcome(
        () => client.request(ConfirmTicket, { input: { ticketId } }),
        (d: { confirmTicket: { ticket: TicketData } }) => d.confirmTicket,
      );
    const cancel = action === 'CANCEL';
    return outcome(
      () => client.request(CancelTicket, { input: { ticketId, cancel } }),
      (d: { cancelTicket: { ticket: TicketData } }) => d.cancelTicket,
    );
  }
  if (role === 'TELECOM') {
    if (action === 'REVIEW')
      return outcome(
        () => client.request(ReviewTicket, { input: { ticketId, pass: result } }),
        (d: { reviewTicket: { ticket: TicketData } }) => d.reviewTicket,
      );
    const input = { action: action as TelecomTicketActionType, ticketId, result, extra };
    return outcome(
      () => client.request(TelecomTicketAction, { input }),
      (d: { telecomTicketAction: { ticket: TicketData } }) => d.telecomTicketAction,
    );
  }
  if (action === 'RECEIVE')
    return outcome(
      () => client.request(ReceiveTicket, { input: { ticketId } }),
      (d: { receiveTicket: { ticket: TicketData } }) => d.receiveTicket,
    );
  if (action === 'HANDLE')
    return outcome(
      () => client.request(HandleTicket, { input: { ticketId } }),
      (d: { handleTicket: { ticket: TicketData } }) => d.handleTicket,
    );
  const input = { action: action as MaintainTicketActionType, ticketId, result, extra };
  return outcome(
    () => client.request(MaintainTicketAction, { input }),
    (d: { maintainTicketAction: { ticket: TicketData } }) => d.maintainTicketAction,
  );
}

export async function act(client: GqlClient, ticketId: string, move: Move, extra?: string): Promise<TicketData> {
  const result = await attempt(client, ticketId, move, extra);
  if (!result.ticket) throw new Error(`${move.role} ${move.action} failed: ${JSON.stringify(result.error)}`);
  return result.ticket;
}

/** The creation row of a type: who raises it and with which action. */
export function creationOf(type: number): Transition {
  return TRANSITIONS.find((row) => row.type === type && row.from === null) as Transition;
}

/** Raises a ticket of `type` as `client` through the operation its creation row names. */
export async function raise(
  client: GqlClient,
  type: number,
  tenantId: string,
  title = `a type-${type} ticket`,
  content = 'some content',
): Promise<TicketData> {
  const { role, action } = creationOf(type);
  if (type === 0) return (await client.ok(CreateTicket, { input: { title, content } })).createTicket.ticket;
  if (role === 'TENANT')
    return (
      await client.ok(TenantTicketAction, { input: { action: action as TenantTicketActionType, name: title, content } })
    ).tenantTicketAction.ticket;
  return (await client.ok(TelecomTicketAction, { input: { action: 'CREATE', name: title, content, tenantId } }))
    .telecomTicketAction.ticket;
}

/** The shortest way through a type's table from its creation to `target` (breadth first). */
export function pathTo(type: number, target: StatusCode): Transition[] {
  const start = creationOf(type).to;
  const paths = new Map<StatusCode, Transition[]>([[start, []]]);
  const queue: StatusCode[] = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const row of TRANSITIONS.filter((r) => r.type === type && r.from === state && !paths.has(r.to))) {
      paths.set(row.to, [...(paths.get(state) as Transition[]), row]);
      queue.push(row.to);
    }
  }
  const path = paths.get(target);
  if (!path) throw new Error(`Status ${target} is unreachable for type ${type}`);
  return path;
}

/** The statuses a type's tickets can reach. */
export function reachable(type: number): StatusCode[] {
  const start = creationOf(type).to;
  return [start, ...TRANSITIONS.filter((r) => r.type === type && r.from !== null).map((r) => r.to)].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
}

export type Actors = Record<TicketRole, GqlClient>;

/** A fresh ticket of `type` in `target`, walked there over HTTP by the real roles. */
export async function ticketIn(
  actors: Actors,
  type: number,
  target: StatusCode,
  tenantId: string,
): Promise<TicketData> {
  let ticket = await raise(actors[creationOf(type).role], type, tenantId);
  for (const row of pathTo(type, target)) ticket = await act(actors[row.role], ticket.id, row);
  return ticket;
}
