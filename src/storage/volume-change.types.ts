import { Field, ID, ObjectType } from 'type-graphql';
import { VolumeRow } from './storage.repo';
import { Volume } from './storage.types';

@ObjectType({ description: 'A volume changed: its status, size or attachments; or it was deleted. 硬盘变更' })
export class VolumeChange {
  @Field(() => ID, { description: 'The volume that changed. 硬盘ID' })
  volumeId!: number;

  @Field(() => Volume, {
    nullable: true,
    description: 'The volume as the volume lists show it now; null once it is deleted. 变更后的硬盘（已删除时为空）',
  })
  volume!: VolumeRow | null;
}
