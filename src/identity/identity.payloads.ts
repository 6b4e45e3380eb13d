import { Field, ID, ObjectType } from 'type-graphql';
import { Group, Tenant, User } from './identity.types';

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; also set as an HttpOnly cookie. 令牌' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  viewer!: User;
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean)
  ok!: boolean;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Boolean)
  ok!: boolean;
}

@ObjectType()
export class CreateTenantPayload {
  @Field(() => Tenant)
  tenant!: Tenant;

  @Field(() => User)
  admin!: User;

  @Field(() => String, { nullable: true, description: 'The generated admin password, shown this once; null when one was given. 生成的管理员密码' })
  adminPassword!: string | null;
}

@ObjectType()
export class UpdateTenantPayload {
  @Field(() => Tenant)
  tenant!: Tenant;
}

@ObjectType()
export class CreateGroupPayload {
  @Field(() => Group)
  group!: Group;
}

@ObjectType()
export class UpdateGroupPayload {
  @Field(() => Group)
  group!: Group;
}

@ObjectType()
export class DeleteGroupPayload {
  @Field(() => ID)
  deletedGroupId!: number;
}

@ObjectType()
export class CreateUserPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class UpdateUserPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
export class RemoveUserPayload {
  @Field(() => ID)
  removedUserId!: number;

  @Field(() => Boolean, { description: 'True when the user was deleted, false when one membership was removed. 是否删除了用户' })
  deleted!: boolean;
}
