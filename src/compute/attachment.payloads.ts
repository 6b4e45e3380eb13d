import { Field, ID, ObjectType } from 'type-graphql';
import { VolumeAttachment } from './attachment.types';

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
