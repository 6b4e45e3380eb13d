import { Field, ID, ObjectType } from 'type-graphql';
import { Volume, VolumeAttachment } from './storage.types';

@ObjectType()
export class CreateVolumePayload {
  @Field(() => Volume)
  volume!: Volume;
}

@ObjectType()
export class DeleteVolumePayload {
  @Field(() => ID)
  deletedVolumeId!: number;
}

@ObjectType()
export class AttachVolumePayload {
  @Field(() => VolumeAttachment)
  attachment!: VolumeAttachment;
}

@ObjectType()
export class DetachVolumePayload {
  @Field(() => ID)
  detachedAttachmentId!: number;
}
