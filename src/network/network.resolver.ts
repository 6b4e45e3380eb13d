import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CloudNetwork } from '../cloud/resources';
import type { Context } from '../graph/context';
import { parseCloudId, parseId, parseOptionalId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { Tenant } from '../identity/identity.types';
import { CreateNetworkInput, DeleteNetworkInput } from './network.inputs';
import { CreateNetworkPayload, DeleteNetworkPayload } from './network.payloads';
import { Network, Router, Subnet } from './network.types';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], {
    description: "A tenant's networks, or one of them (staff must name the tenant). 获取租户虚拟网络",
  })
  networks(
    @Arg('tenantId', () => ID, {
      nullable: true,
      description: "Required for platform staff; a tenant user's own by default. 租户ID",
    })
    tenantId: string | null,
    @Arg('networkId', () => ID, { nullable: true, description: 'Only this network. 网络ID' }) networkId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.resources.networks.list(
      parseOptionalId(tenantId, 'tenantId'),
      networkId === null ? undefined : parseCloudId(networkId, 'networkId'),
    );
  }

  @Query(() => [Network], { description: 'The provider networks routers connect to (their WAN side). 获取外部网络' })
  externalNetworks(@Ctx() ctx: Context) {
    return ctx.resources.networks.external();
  }

  @Mutation(() => CreateNetworkPayload, { description: 'Create a network with one IPv4 subnet. 创建租户虚拟网络' })
  async createNetwork(
    @Arg('input', () => CreateNetworkInput, { description: 'What to create. 新网络信息' }) input: CreateNetworkInput,
    @Ctx() ctx: Context,
  ): Promise<CreateNetworkPayload> {
    const { tenantId, name, cidr, gateway, ...given } = input;
    return {
      network: await ctx.resources.networks.create({
        name,
        cidr,
        gateway,
        ...withoutNulls(given),
        tenantId: parseId(tenantId, 'tenantId'),
      }),
    };
  }

  @Mutation(() => DeleteNetworkPayload, { description: 'Delete a network no server or router uses. 删除租户虚拟网络' })
  async deleteNetwork(
    @Arg('input', () => DeleteNetworkInput, { description: 'The network to delete. 需要删除的网络' })
    input: DeleteNetworkInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteNetworkPayload> {
    return { deletedNetworkId: await ctx.resources.networks.delete(parseCloudId(input.networkId, 'networkId')) };
  }

  @FieldResolver(() => String, { nullable: true, description: "Its first subnet's CIDR. 网络地址" })
  async cidr(@Root() network: CloudNetwork, @Ctx() ctx: Context) {
    return (await ctx.resources.networks.firstSubnet(network))?.cidr ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Its first subnet's gateway. 网关" })
  async gateway(@Root() network: CloudNetwork, @Ctx() ctx: Context) {
    return (await ctx.resources.networks.firstSubnet(network))?.gatewayIp ?? null;
  }

  @FieldResolver(() => [Subnet], { description: 'Its IPv4 subnets. 子网' })
  subnets(@Root() network: CloudNetwork, @Ctx() ctx: Context) {
    return ctx.resources.networks.subnets(network);
  }

  @FieldResolver(() => [Router], { description: 'Routers with an interface on this network. 连接的路由' })
  routers(@Root() network: CloudNetwork, @Ctx() ctx: Context) {
    return ctx.resources.networks.routers(network);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'Null for external networks. 所属租户' })
  tenant(@Root() network: CloudNetwork, @Ctx() ctx: Context) {
    return ctx.resources.networks.tenant(network);
  }
}
