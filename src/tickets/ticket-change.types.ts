import { Field, ObjectType } from 'type-graphql';
import { TicketEventRow, TicketRow } from './tickets.repo';
import { Ticket, TicketEvent } from './tickets.types';

@ObjectType({ description: 'A ticket the viewer may see was raised or moved. 工单变更' })
export class TicketChange {
  @Field(() => Ticket, { description: 'The ticket as ticket(id) shows it now. 变更后的工单' })
  ticket!: TicketRow;

  @Field(() => TicketEvent, {
    nullable: true,
    description: 'Its latest event, the one that made the change (its creation for a new ticket). 最新的工单记录',
  })
  event!: TicketEventRow | null;
}
