import { Field, ID, ObjectType } from 'type-graphql';
import { Network, Router } from './network.types';

@ObjectType()
export class CreateNetworkPayload {
  @Field(() => Network)
  network!: Network;
}

@ObjectType()
export class DeleteNetworkPayload {
  @Field(() => ID)
  deletedNetworkId!: string;
}

@ObjectType()
export class CreateRouterPayload {
  @Field(() => Router)
  router!: Router;
}

@ObjectType()
export class DeleteRouterPayload {
  @Field(() => ID)
  deletedRouterId!: string;
}

@ObjectType()
export class ConnectRouterNetworkPayload {
  @Field(() => Router)
  router!: Router;
}

@ObjectType()
export class DisconnectRouterNetworkPayload {
  @Field(() => Router)
  router!: Router;
}
