import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { CloudFloatingIp } from '../cloud/resources';
import { parseCloudId, parseId, parseOptionalId } from '../graphql/ids';
import { Network } from '../network/network.types';
import {
  AllocateFloatingIpInput,
  AssociateFloatingIpInput,
  DisassociateFloatingIpInput,
  ReleaseFloatingIpInput,
} from './floating-ip.inputs';
import {
  AllocateFloatingIpPayload,
  AssociateFloatingIpPayload,
  DisassociateFloatingIpPayload,
  ReleaseFloatingIpPayload,
} from './floating-ip.payloads';
import { FloatingIp, FloatingIpConnection } from './floating-ip.types';
import { FloatingIpPageArgs } from './floating-ip-page.inputs';
import { Server } from './compute.types';

/** A tenant's floating IPs; the networks to allocate from are `externalNetworks`. */
@Resolver(() => FloatingIp)
export class FloatingIpResolver {
  @Query(() => FloatingIpConnection, {
    description:
      "A tenant's floating IPs, associated or not, a page at a time, oldest first (staff must name the tenant). 浮动IP",
  })
  floatingIps(
    @Arg('tenantId', () => ID, {
      nullable: true,
      description: "Required for platform staff; a tenant user's own by default. 租户ID",
    })
    tenantId: string | null,
    @Args(() => FloatingIpPageArgs) args: FloatingIpPageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.resources.floatingIps.page(parseOptionalId(tenantId, 'tenantId'), args);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'The external network it is an address of. 外部网络' })
  externalNetwork(@Root() fip: CloudFloatingIp, @Ctx() ctx: Context) {
    return ctx.resources.floatingIps.externalNetwork(fip);
  }

  @FieldResolver(() => Server, {
    nullable: true,
    description:
      'The server it maps to; null when not associated or when the viewer may not see that server. 绑定的主机',
  })
  server(@Root() fip: CloudFloatingIp, @Ctx() ctx: Context) {
    return ctx.resources.floatingIps.server(fip);
  }

  @Mutation(() => AllocateFloatingIpPayload, {
    description: 'Allocate a floating IP of an external network to a tenant (within its floatingIps quota). 申请浮动IP',
  })
  async allocateFloatingIp(
    @Arg('input', () => AllocateFloatingIpInput, { description: 'The tenant and the network. 租户与外部网络' })
    input: AllocateFloatingIpInput,
    @Ctx() ctx: Context,
  ): Promise<AllocateFloatingIpPayload> {
    return {
      floatingIp: await ctx.resources.floatingIps.allocate({
        tenantId: parseId(input.tenantId, 'tenantId'),
        externalNetworkId: parseCloudId(input.externalNetworkId, 'externalNetworkId'),
      }),
    };
  }

  @Mutation(() => AssociateFloatingIpPayload, {
    description:
      "Map a floating IP to a server; the server's network must be routed to the IP's external network (CONFLICT otherwise). 绑定浮动IP",
  })
  async associateFloatingIp(
    @Arg('input', () => AssociateFloatingIpInput, { description: 'The IP and the server. 浮动IP与主机' })
    input: AssociateFloatingIpInput,
    @Ctx() ctx: Context,
  ): Promise<AssociateFloatingIpPayload> {
    return {
      floatingIp: await ctx.resources.floatingIps.associate({
        floatingIpId: parseCloudId(input.floatingIpId, 'floatingIpId'),
        serverId: parseId(input.serverId, 'serverId'),
        ...(input.fixedAddress === undefined || input.fixedAddress === null
          ? {}
          : { fixedAddress: input.fixedAddress }),
      }),
    };
  }

  @Mutation(() => DisassociateFloatingIpPayload, {
    description: 'Unmap a floating IP from its server; it stays allocated to the tenant. 解绑浮动IP',
  })
  async disassociateFloatingIp(
    @Arg('input', () => DisassociateFloatingIpInput, { description: 'The IP. 浮动IP' })
    input: DisassociateFloatingIpInput,
    @Ctx() ctx: Context,
  ): Promise<DisassociateFloatingIpPayload> {
    return {
      floatingIp: await ctx.resources.floatingIps.disassociate(parseCloudId(input.floatingIpId, 'floatingIpId')),
    };
  }

  @Mutation(() => ReleaseFloatingIpPayload, {
    description: 'Give a floating IP back to the cloud, disassociating it first if it is associated. 释放浮动IP',
  })
  async releaseFloatingIp(
    @Arg('input', () => ReleaseFloatingIpInput, { description: 'The IP. 浮动IP' })
    input: ReleaseFloatingIpInput,
    @Ctx() ctx: Context,
  ): Promise<ReleaseFloatingIpPayload> {
    return {
      releasedFloatingIpId: await ctx.resources.floatingIps.release(parseCloudId(input.floatingIpId, 'floatingIpId')),
    };
  }
}
