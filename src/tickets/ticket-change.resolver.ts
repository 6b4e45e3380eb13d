import { Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../graph/context';
import { liveOf } from '../resources/live';
import { TicketChange } from './ticket-change.types';

@Resolver()
export class TicketChangeResolver {
  @Subscription(() => TicketChange, {
    description:
      'Every ticket the viewer may see that is raised, changes state or gains an event; over WebSocket (graphql-ws). 工单变更订阅',
    subscribe: ({ context }: SubscribeResolverData<unknown, unknown, Context>) =>
      liveOf(context).stream(
        (event) => event.kind === 'ticket',
        // Through the context, which each event refreshes: the viewer and loaders of now.
        (event) => context.tickets.tickets.change(event),
      ),
  })
  ticketChanged(@Root() change: TicketChange): TicketChange {
    return change;
  }
}
