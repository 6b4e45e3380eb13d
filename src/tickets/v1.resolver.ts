import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { PageArgs } from '../graphql/paging';
import {
  CancelTicketInput,
  ConfirmTicketInput,
  CreateTicketInput,
  HandleTicketInput,
  ReceiveTicketInput,
  ReviewTicketInput,
  V1TicketListArgs,
} from './tickets.inputs';
import {
  CancelTicketPayload,
  ConfirmTicketPayload,
  CreateTicketPayload,
  HandleTicketPayload,
  ReceiveTicketPayload,
  ReviewTicketPayload,
  TicketPayload,
} from './tickets.payloads';
import { TicketConnection } from './tickets.types';
import { V1_WORKFLOW } from './workflows';

function listArgs(args: V1TicketListArgs) {
  return { ...args, ticketId: args.ticketId ? parseId(args.ticketId, 'ticketId') : undefined };
}

/** The legacy (v1) work order operations of the seed, on the one engine. */
@Resolver()
export class TicketV1Resolver {
  @Mutation(() => CreateTicketPayload, { description: 'A tenant user raises a v1 ticket. 创建工单' })
  async createTicket(
    @Arg('input', () => CreateTicketInput, { description: 'Title and content. 标题和内容' }) input: CreateTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    return { ticket: await ctx.tickets.tickets.create(V1_WORKFLOW, 'TENANT', 'CREATE', input) };
  }

  @Query(() => TicketConnection, {
    description: "The viewer's v1 tickets (a tenant admin: its tenant's). 用户获取工单",
  })
  myTickets(@Args(() => V1TicketListArgs) args: V1TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v1('TENANT', listArgs(args));
  }

  @Mutation(() => CancelTicketPayload, { description: 'Cancel (default) or delete a v1 ticket. 用户删除取消工单' })
  async cancelTicket(
    @Arg('input', () => CancelTicketInput, { description: 'The ticket, and cancel or delete. 工单及取消或删除' })
    input: CancelTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    // An explicit null is the default (cancel), as leaving the field out is: it must not delete.
    return {
      ticket: await ctx.tickets.tickets.act(
        parseId(input.ticketId, 'ticketId'),
        'TENANT',
        (input.cancel ?? true) ? 'CANCEL' : 'DELETE',
      ),
    };
  }

  @Query(() => TicketConnection, {
    description: "The viewer's v1 tickets waiting for its confirmation. 用户获取待确认工单",
  })
  ticketsToConfirm(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v1('TENANT', page, 'PENDING_CONFIRM');
  }

  @Mutation(() => ConfirmTicketPayload, { description: 'Confirm a handled v1 ticket, closing it. 用户确认工单' })
  async confirmTicket(
    @Arg('input', () => ConfirmTicketInput, { description: 'The ticket. 工单' }) input: ConfirmTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    return { ticket: await ctx.tickets.tickets.act(parseId(input.ticketId, 'ticketId'), 'TENANT', 'CONFIRM') };
  }

  @Query(() => TicketConnection, {
    description: 'v1 tickets for TELECOM; default status PENDING_REVIEW. 电信管理员获取待审查工单',
  })
  ticketsToReview(@Args(() => V1TicketListArgs) args: V1TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v1('TELECOM', listArgs(args), 'PENDING_REVIEW');
  }

  @Mutation(() => ReviewTicketPayload, { description: 'TELECOM passes or rejects a v1 ticket. 电信管理员审查工单' })
  async reviewTicket(
    @Arg('input', () => ReviewTicketInput, { description: 'The ticket and the verdict. 工单及审查结果' })
    input: ReviewTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    return {
      ticket: await ctx.tickets.tickets.act(parseId(input.ticketId, 'ticketId'), 'TELECOM', 'REVIEW', {
        result: input.pass ?? undefined,
      }),
    };
  }

  @Query(() => TicketConnection, {
    description: 'v1 tickets for OPERATOR; default status PENDING_RECEIVE. 运维管理查询待接收工单',
  })
  ticketsToReceive(@Args(() => V1TicketListArgs) args: V1TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v1('OPERATOR', listArgs(args), 'PENDING_RECEIVE');
  }

  @Mutation(() => ReceiveTicketPayload, { description: 'OPERATOR takes a reviewed v1 ticket. 运维管理接收工单' })
  async receiveTicket(
    @Arg('input', () => ReceiveTicketInput, { description: 'The ticket. 工单' }) input: ReceiveTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    return { ticket: await ctx.tickets.tickets.act(parseId(input.ticketId, 'ticketId'), 'OPERATOR', 'RECEIVE') };
  }

  @Query(() => TicketConnection, {
    description: 'v1 tickets for OPERATOR; default status PENDING_HANDLE. 运维管理查询待处理工单',
  })
  ticketsToHandle(@Args(() => V1TicketListArgs) args: V1TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v1('OPERATOR', listArgs(args), 'PENDING_HANDLE');
  }

  @Mutation(() => HandleTicketPayload, {
    description: 'OPERATOR marks a v1 ticket handled; its owner confirms next. 运维管理处理工单',
  })
  async handleTicket(
    @Arg('input', () => HandleTicketInput, { description: 'The ticket. 工单' }) input: HandleTicketInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    return { ticket: await ctx.tickets.tickets.act(parseId(input.ticketId, 'ticketId'), 'OPERATOR', 'HANDLE') };
  }
}
