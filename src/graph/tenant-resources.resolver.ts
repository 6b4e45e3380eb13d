import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Quota, ServerConnection } from '../compute/compute.types';
import { ServerPageArgs } from '../compute/server-page.inputs';
import type { Context } from './context';
import { nodeFieldNames } from '../graphql/selection';
import { TenantRow } from '../identity/identity.repo';
import { Tenant } from '../identity/identity.types';
import { NamedPageArgs } from '../network/network-page.inputs';
import { NetworkConnection, RouterConnection } from '../network/network.types';
import { VolumeConnection } from '../storage/storage.types';
import { VolumePageArgs } from '../storage/volume-page.inputs';

/** A tenant's cloud resources, as fields of Tenant (the identity domain owns the type). */
@Resolver(() => Tenant)
export class TenantResourcesResolver {
  @FieldResolver(() => ServerConnection, {
    description:
      'The servers the viewer may see, a page at a time: all for staff and tenant admins; SHARED and assigned ones for members. 主机',
  })
  servers(
    @Root() tenant: TenantRow,
    @Args(() => ServerPageArgs) args: ServerPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.resources.serverPages.ofTenant(tenant.id, args, nodeFieldNames(info));
  }

  @FieldResolver(() => NetworkConnection, { description: 'Staff and tenant admins, a page at a time. 虚拟网络' })
  networks(@Root() tenant: TenantRow, @Args(() => NamedPageArgs) args: NamedPageArgs, @Ctx() ctx: Context) {
    return ctx.resources.networks.pageOfTenant(tenant, args);
  }

  @FieldResolver(() => RouterConnection, { description: 'Staff and tenant admins, a page at a time. 虚拟路由' })
  routers(@Root() tenant: TenantRow, @Args(() => NamedPageArgs) args: NamedPageArgs, @Ctx() ctx: Context) {
    return ctx.resources.routers.pageOfTenant(tenant, args);
  }

  @FieldResolver(() => VolumeConnection, { description: 'Staff and tenant admins, a page at a time. 虚拟硬盘' })
  volumes(@Root() tenant: TenantRow, @Args(() => VolumePageArgs) args: VolumePageArgs, @Ctx() ctx: Context) {
    return ctx.resources.volumePages.ofTenant(tenant, args);
  }

  @FieldResolver(() => Quota, { description: 'Limits and usage (staff and tenant admins). 配额' })
  quota(@Root() tenant: TenantRow, @Ctx() ctx: Context) {
    return ctx.resources.catalog.quota(tenant.id);
  }
}
