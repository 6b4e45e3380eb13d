import { ArrayMaxSize } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseCloudId, parseId } from '../graphql/ids';
import { ServerRow } from './compute.repo';
import { Server } from './compute.types';

@InputType({ description: 'A server and the security groups it is to have, in place of its own. 设置主机防火墙参数' })
export class SetServerSecurityGroupsInput {
  @Field(() => ID, { description: 'The server. 主机ID' })
  serverId!: string;

  @Field(() => [ID], {
    description: "Groups of the server's tenant; an empty list leaves it no group (no traffic admitted). 防火墙ID列表",
  })
  @ArrayMaxSize(16)
  securityGroupIds!: string[];
}

@ObjectType({ description: 'The server with its new security groups. 设置主机防火墙结果' })
export class SetServerSecurityGroupsPayload {
  @Field(() => Server, { description: 'The server; see its securityGroups. 主机' })
  server!: ServerRow;
}

@Resolver()
export class ServerSecurityGroupsResolver {
  @Mutation(() => SetServerSecurityGroupsPayload, {
    description: "Replace a server's security groups, all or nothing. 设置主机防火墙",
  })
  async setServerSecurityGroups(
    @Arg('input', () => SetServerSecurityGroupsInput, { description: 'The server and its groups. 主机与防火墙' })
    input: SetServerSecurityGroupsInput,
    @Ctx() ctx: Context,
  ): Promise<SetServerSecurityGroupsPayload> {
    return {
      server: await ctx.resources.serverSecurityGroups.set(
        parseId(input.serverId, 'serverId'),
        input.securityGroupIds.map((id) => parseCloudId(id, 'securityGroupIds')),
      ),
    };
  }
}
