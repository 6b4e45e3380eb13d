import { Field, ID, ObjectType } from 'type-graphql';
import { ServerRow } from '../compute/compute.repo';
import { AttachmentRow, VolumeRow } from './storage.repo';

@ObjectType({ description: 'A block storage volume: Canopy\'s id; size, status and name live from the cloud. 虚拟硬盘' })
export class Volume {
  @Field(() => ID, { description: 'The volume\'s id (Canopy\'s own). 硬盘ID' })
  id!: number;

  @Field(() => Date, { description: 'When Canopy created the volume. 创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: 'A volume attached to a server (the seed\'s attachment id). 挂载' })
export class VolumeAttachment {
  @Field(() => ID, { description: 'The attachment\'s id, as detachVolume takes it. 挂载ID' })
  id!: number;

  @Field(() => String, { description: 'Where the volume shows in the server, e.g. /dev/vdb. 设备名' })
  device!: string;
}

/** What a VolumeAttachment resolves from: Canopy's row, its server and volume rows, and the cloud's device. */
export interface AttachmentView {
  id: number;
  row: AttachmentRow;
  server: ServerRow;
  volume: VolumeRow;
  device: string;
}
