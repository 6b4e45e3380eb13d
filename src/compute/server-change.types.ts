import { Field, ID, ObjectType } from 'type-graphql';
import { ServerRow } from './compute.repo';
import { Server } from './compute.types';

@ObjectType({
  description:
    'A server changed: its status, power or task state, addresses, volumes or assignment; or it was deleted. 主机变更',
})
export class ServerChange {
  @Field(() => ID, { description: 'The server that changed. 主机ID' })
  serverId!: number;

  @Field(() => Server, {
    nullable: true,
    description: 'The server as server(id) shows it now; null once it is deleted. 变更后的主机（已删除时为空）',
  })
  server!: ServerRow | null;
}
