import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../graphql/connection';

@ObjectType({ description: "A block storage volume: Canopy's id; size, status and name live from the cloud. 虚拟硬盘" })
export class Volume {
  @Field(() => ID, { description: "The volume's id (Canopy's own). 硬盘ID" })
  id!: number;

  @Field(() => Date, { description: 'When Canopy created the volume. 创建时间' })
  createdAt!: Date;
}

export const VolumeConnection = connectionType(Volume, 'Volume', '硬盘');
