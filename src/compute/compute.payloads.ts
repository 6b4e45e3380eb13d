import { Field, ID, ObjectType } from 'type-graphql';
import { Quota, Server } from './compute.types';

@ObjectType()
export class CreateServerPayload {
  @Field(() => Server)
  server!: Server;
}

@ObjectType()
export class DeleteServerPayload {
  @Field(() => ID)
  deletedServerId!: number;
}

@ObjectType()
export class ServerActionPayload {
  @Field(() => Server)
  server!: Server;
}

@ObjectType()
export class AssignServerPayload {
  @Field(() => Server)
  server!: Server;
}

@ObjectType()
export class UnassignServerPayload {
  @Field(() => Server)
  server!: Server;
}

@ObjectType()
export class UpdateQuotaPayload {
  @Field(() => Quota)
  quota!: Quota;
}
