import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The volume and the server to attach it to. 挂载硬盘参数' })
export class AttachVolumeInput {
  @Field(() => ID, { description: 'The tenant of both. 租户ID' })
  tenantId!: string;

  @Field(() => ID, { description: 'The server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => ID, { description: 'An available volume of the same tenant. 需要挂载的硬盘ID' })
  volumeId!: string;
}

@InputType({ description: 'The attachment to undo. 卸载硬盘参数' })
export class DetachVolumeInput {
  @Field(() => ID, { description: 'The tenant of both. 租户ID' })
  tenantId!: string;

  @Field(() => ID, { description: 'The server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => ID, { description: "The attachment's id, from attachVolume or server.attachments. 挂载ID" })
  attachId!: string;
}
