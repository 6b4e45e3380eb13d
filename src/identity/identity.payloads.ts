import { Field, ID, ObjectType } from 'type-graphql';
import { Group, Tenant, User } from './identity.types';

@ObjectType({ description: 'A new session. 登录结果' })
export class LoginPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; also set as an HttpOnly cookie. 令牌' })
  token!: string;

  @Field(() => Date, { description: 'When the session ends at the latest. 过期时间' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The logged-in user. 当前用户' })
  viewer!: User;
}

@ObjectType({ description: 'The session has ended. 登出结果' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'Always true. 是否成功' })
  ok!: boolean;
}

@ObjectType({ description: 'The password was changed. 修改密码结果' })
export class ChangePasswordPayload {
  @Field(() => Boolean, { description: 'Always true. 是否成功' })
  ok!: boolean;
}

@ObjectType({ description: 'The new tenant and its admin. 创建租户结果' })
export class CreateTenantPayload {
  @Field(() => Tenant, { description: 'The new tenant. 新租户' })
  tenant!: Tenant;

  @Field(() => User, { description: "The tenant's first admin, an admin of its root group. 租户管理员" })
  admin!: User;

  @Field(() => String, {
    nullable: true,
    description: 'The generated admin password, shown this once; null when one was given. 生成的管理员密码',
  })
  adminPassword!: string | null;
}

@ObjectType({ description: 'The changed tenant. 修改租户结果' })
export class UpdateTenantPayload {
  @Field(() => Tenant, { description: 'The tenant after the change. 修改后的租户' })
  tenant!: Tenant;
}

@ObjectType({ description: 'The new group. 创建组结果' })
export class CreateGroupPayload {
  @Field(() => Group, { description: 'The new group. 新组' })
  group!: Group;
}

@ObjectType({ description: 'The changed group. 修改组结果' })
export class UpdateGroupPayload {
  @Field(() => Group, { description: 'The group after the change. 修改后的组' })
  group!: Group;
}

@ObjectType({ description: 'The deleted group. 删除组结果' })
export class DeleteGroupPayload {
  @Field(() => ID, { description: 'The id of the deleted group. 已删除的组ID' })
  deletedGroupId!: number;
}

@ObjectType({ description: 'The new user. 创建用户结果' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new user. 新用户' })
  user!: User;
}

@ObjectType({ description: 'The changed user. 修改用户结果' })
export class UpdateUserPayload {
  @Field(() => User, { description: 'The user after the change. 修改后的用户' })
  user!: User;
}

@ObjectType({ description: 'What was removed. 移除用户结果' })
export class RemoveUserPayload {
  @Field(() => ID, { description: 'The id of the user removed or deleted. 被移除的用户ID' })
  removedUserId!: number;

  @Field(() => Boolean, {
    description: 'True when the user was deleted, false when one membership was removed. 是否删除了用户',
  })
  deleted!: boolean;
}
