import { Field, ID, ObjectType } from 'type-graphql';
import { Volume } from './storage.types';

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

@ObjectType({ description: 'The extended volume. 硬盘扩容结果' })
export class ExtendVolumePayload {
  @Field(() => Volume, {
    description: 'The volume with its new size (extending, then available or in-use). 扩容后的硬盘',
  })
  volume!: Volume;
}
