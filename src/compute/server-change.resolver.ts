import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { liveOf } from '../resources/live';
import { ServerChange } from './server-change.types';

@Resolver()
export class ServerChangeResolver {
  @Subscription(() => ServerChange, {
    description:
      "Every change to the tenant's servers the viewer may see, as server(id) shows them; over WebSocket (graphql-ws). 主机变更订阅",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { tenantId: string }, Context>) => {
      const tenantId = parseId(args.tenantId, 'tenantId');
      await context.resources.servers.watch(tenantId);
      return liveOf(context).stream(
        (event) => event.kind === 'server' && event.tenantId === tenantId,
        // Through the context, which each event refreshes: the viewer and loaders of now.
        (event) => context.resources.servers.change(event),
      );
    },
  })
  serverChanged(
    @Arg('tenantId', () => ID, { description: 'The tenant whose servers to follow. 租户ID' }) _tenantId: string,
    @Root() change: ServerChange,
  ): ServerChange {
    return change;
  }
}
