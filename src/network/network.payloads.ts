import { Field, ID, ObjectType } from 'type-graphql';
import { Network, Router } from './network.types';

@ObjectType({ description: 'The new network. 创建网络结果' })
export class CreateNetworkPayload {
  @Field(() => Network, { description: 'The new network with its subnet. 新网络' })
  network!: Network;
}

@ObjectType({ description: 'The deleted network. 删除网络结果' })
export class DeleteNetworkPayload {
  @Field(() => ID, { description: 'The id of the deleted network. 已删除的网络ID' })
  deletedNetworkId!: string;
}

@ObjectType({ description: 'The new router. 创建路由器结果' })
export class CreateRouterPayload {
  @Field(() => Router, { description: 'The new router. 新路由器' })
  router!: Router;
}

@ObjectType({ description: 'The deleted router. 删除路由器结果' })
export class DeleteRouterPayload {
  @Field(() => ID, { description: 'The id of the deleted router. 已删除的路由器ID' })
  deletedRouterId!: string;
}

@ObjectType({ description: 'The router after the connection. 连接结果' })
export class ConnectRouterNetworkPayload {
  @Field(() => Router, { description: 'The router with its networks. 连接后的路由器' })
  router!: Router;
}

@ObjectType({ description: 'The router after the disconnection. 断开结果' })
export class DisconnectRouterNetworkPayload {
  @Field(() => Router, { description: 'The router with its remaining networks. 断开后的路由器' })
  router!: Router;
}
