import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CloudRouter } from '../cloud/resources';
import type { Context } from '../graph/context';
import { parseCloudId, parseOptionalId } from '../graphql/ids';
import { Tenant } from '../identity/identity.types';
import {
  ConnectRouterNetworkInput,
  CreateRouterInput,
  DeleteRouterInput,
  DisconnectRouterNetworkInput,
} from './network.inputs';
import {
  ConnectRouterNetworkPayload,
  CreateRouterPayload,
  DeleteRouterPayload,
  DisconnectRouterNetworkPayload,
} from './network.payloads';
import { Network, Router } from './network.types';

@Resolver(() => Router)
export class RouterResolver {
  @Query(() => [Router], { description: "A tenant's routers (staff must name the tenant). 获取虚拟路由" })
  routers(
    @Arg('tenantId', () => ID, {
      nullable: true,
      description: "Required for platform staff; a tenant user's own by default. 租户ID",
    })
    tenantId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.resources.routers.list(parseOptionalId(tenantId, 'tenantId'));
  }

  @Mutation(() => CreateRouterPayload, { description: 'Create a router on an external network. 创建虚拟路由器' })
  async createRouter(
    @Arg('input', () => CreateRouterInput, { description: 'What to create. 新路由器信息' }) input: CreateRouterInput,
    @Ctx() ctx: Context,
  ): Promise<CreateRouterPayload> {
    const router = await ctx.resources.routers.create({
      name: input.name,
      tenantId: parseOptionalId(input.tenantId, 'tenantId'),
      externalNetworkId: parseCloudId(input.externalNetworkId, 'externalNetworkId'),
    });
    return { router };
  }

  @Mutation(() => DeleteRouterPayload, { description: 'Delete a router without interfaces. 删除虚拟路由器' })
  async deleteRouter(
    @Arg('input', () => DeleteRouterInput, { description: 'The router to delete. 需要删除的路由器' })
    input: DeleteRouterInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteRouterPayload> {
    return { deletedRouterId: await ctx.resources.routers.delete(parseCloudId(input.routerId, 'routerId')) };
  }

  @Mutation(() => ConnectRouterNetworkPayload, {
    description: "Connect a network to a router (at the subnet's gateway). 连接虚拟网络到虚拟路由",
  })
  async connectRouterNetwork(
    @Arg('input', () => ConnectRouterNetworkInput, { description: 'The router and the network. 路由器和网络' })
    input: ConnectRouterNetworkInput,
    @Ctx() ctx: Context,
  ): Promise<ConnectRouterNetworkPayload> {
    const router = await ctx.resources.routers.connect(
      parseCloudId(input.routerId, 'routerId'),
      parseCloudId(input.networkId, 'networkId'),
      parseOptionalId(input.tenantId, 'tenantId'),
    );
    return { router };
  }

  @Mutation(() => DisconnectRouterNetworkPayload, {
    description: 'Disconnect a network from a router. 断开虚拟网络到虚拟路由',
  })
  async disconnectRouterNetwork(
    @Arg('input', () => DisconnectRouterNetworkInput, { description: 'The router and the network. 路由器和网络' })
    input: DisconnectRouterNetworkInput,
    @Ctx() ctx: Context,
  ): Promise<DisconnectRouterNetworkPayload> {
    const router = await ctx.resources.routers.disconnect(
      parseCloudId(input.routerId, 'routerId'),
      parseCloudId(input.networkId, 'networkId'),
      parseOptionalId(input.tenantId, 'tenantId'),
    );
    return { router };
  }

  @FieldResolver(() => Network, { nullable: true, description: 'Its WAN side. 外部网络' })
  externalNetwork(@Root() router: CloudRouter, @Ctx() ctx: Context) {
    return ctx.resources.routers.externalNetwork(router);
  }

  @FieldResolver(() => [Network], { description: 'The networks it has interfaces on. 连接的内部网络' })
  networks(@Root() router: CloudRouter, @Ctx() ctx: Context) {
    return ctx.resources.routers.networks(router);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'The tenant that owns it. 所属租户' })
  tenant(@Root() router: CloudRouter, @Ctx() ctx: Context) {
    return ctx.resources.routers.tenant(router);
  }
}
