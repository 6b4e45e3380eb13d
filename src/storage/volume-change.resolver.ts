import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { liveOf } from '../resources/live';
import { VolumeChange } from './volume-change.types';

@Resolver()
export class VolumeChangeResolver {
  @Subscription(() => VolumeChange, {
    description:
      "Every change to the tenant's volumes the viewer may see, as the volume lists show them; over WebSocket (graphql-ws). 硬盘变更订阅",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { tenantId: string }, Context>) => {
      const tenantId = parseId(args.tenantId, 'tenantId');
      await context.resources.volumes.watch(tenantId);
      return liveOf(context).stream(
        (event) => event.kind === 'volume' && event.tenantId === tenantId,
        // Through the context, which each event refreshes: the viewer and loaders of now.
        (event) => context.resources.volumes.change(event),
      );
    },
  })
  volumeChanged(
    @Arg('tenantId', () => ID, { description: 'The tenant whose volumes to follow. 租户ID' }) _tenantId: string,
    @Root() change: VolumeChange,
  ): VolumeChange {
    return change;
  }
}
