import { Field, ObjectType } from 'type-graphql';
import { TicketRow } from './tickets.repo';
import { Ticket } from './tickets.types';

/** Every ticket mutation answers `{ ticket }`, the ticket as the mutation left it; each under its own name. */
function ticketPayload(name: string) {
  @ObjectType(name, { description: 'The ticket as the mutation left it. 操作后的工单' })
  class TicketPayload {
    @Field(() => Ticket, { description: 'The ticket, with its new status and events. 工单' })
    ticket!: TicketRow;
  }
  return TicketPayload;
}

export const CreateTicketPayload = ticketPayload('CreateTicketPayload');
export const CancelTicketPayload = ticketPayload('CancelTicketPayload');
export const ConfirmTicketPayload = ticketPayload('ConfirmTicketPayload');
export const ReviewTicketPayload = ticketPayload('ReviewTicketPayload');
export const ReceiveTicketPayload = ticketPayload('ReceiveTicketPayload');
export const HandleTicketPayload = ticketPayload('HandleTicketPayload');
export const TenantTicketActionPayload = ticketPayload('TenantTicketActionPayload');
export const TelecomTicketActionPayload = ticketPayload('TelecomTicketActionPayload');
export const MaintainTicketActionPayload = ticketPayload('MaintainTicketActionPayload');

export interface TicketPayload {
  ticket: TicketRow;
}
