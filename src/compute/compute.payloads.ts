import { Field, ID, ObjectType } from 'type-graphql';
import { Quota, Server } from './compute.types';

@ObjectType({ description: 'The new server. 创建主机结果' })
export class CreateServerPayload {
  @Field(() => Server, { description: 'The new server, usually in BUILD at first. 新主机' })
  server!: Server;
}

@ObjectType({ description: 'The deleted server. 删除主机结果' })
export class DeleteServerPayload {
  @Field(() => ID, { description: 'The id of the deleted server. 已删除的主机ID' })
  deletedServerId!: number;
}

@ObjectType({ description: 'The server after the command. 主机操作结果' })
export class ServerActionPayload {
  @Field(() => Server, { description: "The server; its status shows the command's effect. 操作后的主机" })
  server!: Server;
}

@ObjectType({ description: 'The server being resized. 调整主机配置结果' })
export class ResizeServerPayload {
  @Field(() => Server, { description: 'The server, RESIZE and then VERIFY_RESIZE, with the new flavor. 调整中的主机' })
  server!: Server;
}

@ObjectType({ description: 'The server with its new flavor kept. 确认配置调整结果' })
export class ConfirmResizePayload {
  @Field(() => Server, { description: 'The server, back in the state it was resized from. 确认后的主机' })
  server!: Server;
}

@ObjectType({ description: 'The server going back to its old flavor. 撤销配置调整结果' })
export class RevertResizePayload {
  @Field(() => Server, { description: 'The server with its old flavor (RESIZE while it reverts). 撤销后的主机' })
  server!: Server;
}

@ObjectType({ description: 'The assigned server. 分配主机结果' })
export class AssignServerPayload {
  @Field(() => Server, { description: 'The server with its assigned user. 分配后的主机' })
  server!: Server;
}

@ObjectType({ description: 'The server taken back. 取消分配结果' })
export class UnassignServerPayload {
  @Field(() => Server, { description: 'The server, now without an assigned user. 取消分配后的主机' })
  server!: Server;
}

@ObjectType({ description: "The tenant's quotas after the change. 修改配额结果" })
export class UpdateQuotaPayload {
  @Field(() => Quota, { description: 'Limits and usage. 配额' })
  quota!: Quota;
}
