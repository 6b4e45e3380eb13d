import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { Tenant, User } from '../identity/identity.types';
import { statusById, typeById } from './ticket.catalog';
import { TicketEventRow, TicketRow } from './tickets.repo';
import { AllowedTicketAction, Ticket, TicketEvent, TicketStatus, TicketType } from './tickets.types';

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, { description: 'One ticket the viewer may see, of either workflow. 获取工单' })
  ticket(@Arg('id', () => ID, { description: "The ticket's id. 工单ID" }) id: string, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.get(parseId(id, 'id'));
  }

  @Query(() => [TicketType], { description: 'The v2 ticket types. 获取工单种类' })
  ticketTypes(@Ctx() ctx: Context) {
    return ctx.tickets.tickets.types();
  }

  @Query(() => [TicketStatus], {
    description: 'Every ticket status of both workflows, for filters and labels. 工单状态',
  })
  ticketStatuses(@Ctx() ctx: Context) {
    return ctx.tickets.tickets.statuses();
  }

  @FieldResolver(() => TicketType, { description: 'Its kind. 工单种类' })
  type(@Root() ticket: TicketRow) {
    return typeById(ticket.typeId);
  }

  @FieldResolver(() => TicketStatus, { description: 'Where it is in its workflow. 工单状态' })
  status(@Root() ticket: TicketRow) {
    return statusById(ticket.statusId);
  }

  @FieldResolver(() => Tenant, { description: 'The tenant the ticket is for. 所属租户' })
  tenant(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.tenant(ticket);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who raised it; null when the viewer may not see that user, or it was deleted. 创建人',
  })
  creator(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.visibleUser(ticket.creatorId);
  }

  @FieldResolver(() => [TicketEvent], { description: 'Every transition, oldest first. 工单记录' })
  events(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.events(ticket);
  }

  @FieldResolver(() => [AllowedTicketAction], { description: 'What the viewer may do to the ticket now. 可执行操作' })
  allowedActions(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.allowedActions(ticket);
  }
}

@Resolver(() => TicketEvent)
export class TicketEventResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who acted; null when the viewer may not see that user (see `role`), or it was deleted. 操作人',
  })
  actor(@Root() event: TicketEventRow, @Ctx() ctx: Context) {
    return ctx.tickets.tickets.visibleUser(event.actorId);
  }

  @FieldResolver(() => TicketStatus, { nullable: true, description: 'Null for the creation. 原状态' })
  fromStatus(@Root() event: TicketEventRow) {
    return event.fromStatusId === null ? null : statusById(event.fromStatusId);
  }

  @FieldResolver(() => TicketStatus, { description: 'The status it led to. 新状态' })
  toStatus(@Root() event: TicketEventRow) {
    return statusById(event.toStatusId);
  }
}
