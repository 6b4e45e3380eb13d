import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Server } from '../compute/compute.types';
import type { Context } from '../graph/context';
import { Volume } from '../storage/storage.types';
import { ServerRow } from '../compute/compute.repo';
import { VolumeRow } from '../storage/storage.repo';
import { ResourceRequest, TicketAttempt, TicketPlan, TicketWorkState } from './request.types';
import { TicketRow } from './tickets.repo';
import { Ticket } from './tickets.types';

@ObjectType({ description: "What carrying out a ticket's request made. 工单执行结果" })
export class TicketOutcome {
  ticket!: TicketRow;

  @Field(() => TicketWorkState, { description: 'Where it stands. 执行状态' })
  state!: TicketWorkState;
}

/** `ticket.request`, `ticket.plan`, `ticket.outcome`, and the link back from each server and volume made. */
@Resolver(() => Ticket)
export class TicketRequestResolver {
  @FieldResolver(() => ResourceRequest, {
    nullable: true,
    description: 'The typed request (types 1 and 2); null for a free-text ticket. 资源申请',
  })
  request(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    const request = ctx.tickets.requests.request(ticket);
    return (
      request && {
        ...request,
        servers: request.servers ?? [],
        volumes: request.volumes ?? [],
        extensions: request.extensions ?? [],
        resizes: request.resizes ?? [],
      }
    );
  }

  @FieldResolver(() => TicketPlan, {
    nullable: true,
    description: 'Staff only: what carrying the request out would change now; null without a request. 执行计划',
  })
  plan(@Root() ticket: TicketRow, @Ctx() ctx: Context) {
    return ctx.tickets.requests.plan(ticket);
  }

  @FieldResolver(() => TicketOutcome, {
    nullable: true,
    description: 'What carrying the request out made; null without a request. 执行结果',
  })
  async outcome(@Root() ticket: TicketRow, @Ctx() ctx: Context): Promise<TicketOutcome | null> {
    if (ticket.request === null) return null;
    return { ticket, state: await ctx.tickets.outcomes.state(ticket) };
  }
}

@Resolver(() => TicketOutcome)
export class TicketOutcomeResolver {
  @FieldResolver(() => [Server], { description: 'Servers opened (those you may see). 开通的主机' })
  createdServers(@Root() outcome: TicketOutcome, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.servers(outcome.ticket, 'SERVER');
  }

  @FieldResolver(() => [Volume], { description: 'Volumes created (those you may see). 创建的硬盘' })
  createdVolumes(@Root() outcome: TicketOutcome, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.volumes(outcome.ticket, 'VOLUME');
  }

  @FieldResolver(() => [Server], { description: 'Servers resized (to confirm with confirmResize). 调整配置的主机' })
  resizedServers(@Root() outcome: TicketOutcome, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.servers(outcome.ticket, 'RESIZE');
  }

  @FieldResolver(() => [Volume], { description: 'Volumes extended. 扩容的硬盘' })
  extendedVolumes(@Root() outcome: TicketOutcome, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.volumes(outcome.ticket, 'EXTEND');
  }

  @FieldResolver(() => [TicketAttempt], { description: 'Staff only: every attempt and its steps. 执行记录' })
  attempts(@Root() outcome: TicketOutcome, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.attempts(outcome.ticket);
  }
}

@Resolver(() => Server)
export class ServerTicketResolver {
  @FieldResolver(() => Ticket, {
    nullable: true,
    description: 'The ticket that opened this server, when you may see it. 来源工单',
  })
  ticket(@Root() server: ServerRow, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.ticketOf('server', server.id);
  }
}

@Resolver(() => Volume)
export class VolumeTicketResolver {
  @FieldResolver(() => Ticket, {
    nullable: true,
    description: 'The ticket that created this volume, when you may see it. 来源工单',
  })
  ticket(@Root() volume: VolumeRow, @Ctx() ctx: Context) {
    return ctx.tickets.outcomes.ticketOf('volume', volume.id);
  }
}
