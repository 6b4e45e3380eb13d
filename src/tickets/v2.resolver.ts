import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { BadInputError, bi } from '../errors';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import {
  MaintainTicketActionInput,
  TelecomTicketActionInput,
  TenantTicketActionInput,
  V2TicketListArgs,
} from './tickets.inputs';
import {
  MaintainTicketActionPayload,
  TelecomTicketActionPayload,
  TenantTicketActionPayload,
  TicketPayload,
} from './tickets.payloads';
import { TicketConnection } from './tickets.types';
import { V2_WORKFLOW } from './workflows';

function optionalId(value: string | null | undefined, field: string): number | undefined {
  return value === undefined || value === null ? undefined : parseId(value, field);
}

/** Fields that belong to CREATE only must not come with another action, so a client's mistake does not pass silently. */
function rejectCreateFields(input: TelecomTicketActionInput): void {
  for (const field of ['name', 'content', 'tenantId', 'request'] as const) {
    if (input[field] !== undefined && input[field] !== null)
      throw new BadInputError(field, bi(`${field} is for CREATE only`, `${field} 仅用于 CREATE`));
  }
}

/** The seed's v2 work order operations, one query and one mutation per side, on the one engine. */
@Resolver()
export class TicketV2Resolver {
  @Query(() => TicketConnection, {
    description: "The viewer's v2 tickets (a tenant admin: its tenant's). 获取工单（租户用户）",
  })
  tenantTickets(@Args(() => V2TicketListArgs) args: V2TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v2('TENANT', args);
  }

  @Mutation(() => TenantTicketActionPayload, {
    description: 'A tenant user raises a v2 ticket; the action picks its type. 工单操作（租户用户）',
  })
  async tenantTicketAction(
    @Arg('input', () => TenantTicketActionInput, { description: 'The action, name and content. 工单操作、名称和内容' })
    input: TenantTicketActionInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    // GraphQL applies a field's default only when the field is left out; an explicit null means the same (found by fuzzing: it was an internal error).
    return {
      ticket: await ctx.tickets.tickets.create(V2_WORKFLOW, 'TENANT', input.action ?? 'CREATE', {
        title: input.name,
        content: input.content,
        request: input.request ?? undefined,
      }),
    };
  }

  @Query(() => TicketConnection, { description: 'Every v2 ticket (TELECOM or ADMIN). 获取工单（电信用户）' })
  telecomTickets(@Args(() => V2TicketListArgs) args: V2TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v2('TELECOM', args);
  }

  @Mutation(() => TelecomTicketActionPayload, {
    description:
      'TELECOM accepts, dispatches, confirms, or raises a provisioning ticket for a tenant. 工单操作（电信用户）',
  })
  async telecomTicketAction(
    @Arg('input', () => TelecomTicketActionInput, {
      description: "The action and its ticket, or a new ticket's fields. 工单操作",
    })
    input: TelecomTicketActionInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    const extra = input.extra ?? undefined;
    const action = input.action ?? 'ACCEPT'; // an explicit null is the default, as for tenantTicketAction
    if (action === 'CREATE') {
      if (input.ticketId !== undefined && input.ticketId !== null)
        throw new BadInputError(
          'ticketId',
          bi('CREATE makes a new ticket; leave ticketId out', 'CREATE 会新建工单，请不要提供 ticketId'),
        );
      if (input.name === undefined || input.name === null)
        throw new BadInputError('name', bi('name is required to create a ticket', '创建工单需要提供 name'));
      const args = {
        title: input.name,
        content: input.content ?? undefined,
        extra,
        tenantId: optionalId(input.tenantId, 'tenantId'),
        request: input.request ?? undefined,
      };
      return { ticket: await ctx.tickets.tickets.create(V2_WORKFLOW, 'TELECOM', 'CREATE', args) };
    }
    rejectCreateFields(input);
    const ticketId = optionalId(input.ticketId, 'ticketId');
    if (ticketId === undefined)
      throw new BadInputError('ticketId', bi(`ticketId is required for ${action}`, `${action} 需要提供 ticketId`));
    return {
      ticket: await ctx.tickets.tickets.act(ticketId, 'TELECOM', action, { result: input.result ?? undefined, extra }),
    };
  }

  @Query(() => TicketConnection, {
    description: 'The v2 tickets at the platform (OPERATOR or ADMIN). 获取工单（平台管理员）',
  })
  maintainTickets(@Args(() => V2TicketListArgs) args: V2TicketListArgs, @Ctx() ctx: Context) {
    return ctx.tickets.lists.v2('OPERATOR', args);
  }

  @Mutation(() => MaintainTicketActionPayload, {
    description: "OPERATOR moves a v2 ticket through the platform's work. 工单操作（平台管理员）",
  })
  async maintainTicketAction(
    @Arg('input', () => MaintainTicketActionInput, { description: 'The action and its ticket. 工单操作' })
    input: MaintainTicketActionInput,
    @Ctx() ctx: Context,
  ): Promise<TicketPayload> {
    const opts = { result: input.result ?? undefined, extra: input.extra ?? undefined };
    return {
      ticket: await ctx.tickets.tickets.act(parseId(input.ticketId, 'ticketId'), 'OPERATOR', input.action, opts),
    };
  }
}
