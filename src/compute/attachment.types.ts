import { Field, ID, ObjectType } from 'type-graphql';
import { VolumeRow } from '../storage/storage.repo';
import { AttachmentRow, ServerRow } from './compute.repo';

@ObjectType({ description: "A volume attached to a server (the seed's attachment id). 挂载" })
export class VolumeAttachment {
  @Field(() => ID, { description: "The attachment's id, as detachVolume takes it. 挂载ID" })
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
