import { Field, ID, ObjectType } from 'type-graphql';
import { Volume, VolumeAttachment } from './storage.types';

@ObjectType({ description: 'The new volume. 创建硬盘结果' })
export class CreateVolumePayload {
  @Field(() => Volume, { description: 'The new volume. 新硬盘' })
  volume!: Volume;
}

@ObjectType({ description: 'The deleted volume. 删除硬盘结果' })
export class DeleteVolumePayload {
  @Field(() => ID, { description: 'The id of the deleted volume. 已删除的硬盘ID' })
  deletedVolumeId!: number;
}

@ObjectType({ description: 'The new attachment. 挂载结果' })
export class AttachVolumePayload {
  @Field(() => VolumeAttachment, { description: 'The attachment, with its id and device. 挂载' })
  attachment!: VolumeAttachment;
}

@ObjectType({ description: 'The undone attachment. 卸载结果' })
export class DetachVolumePayload {
  @Field(() => ID, { description: 'The id of the attachment undone. 已卸载的挂载ID' })
  detachedAttachmentId!: number;
}
