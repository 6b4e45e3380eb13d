import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName, IsPassword, IsText } from '../graphql/validators';
import { StaffRoleEnum } from './identity.types';

@InputType({ description: 'Credentials for `login`. 登录参数' })
export class LoginInput {
  @Field(() => String, { description: '`name` for platform staff, `name#tenant` for a tenant user. 用户名#租户名' })
  identification!: string;

  @Field(() => String, { description: "The user's password. 用户密码" })
  password!: string;
}

@InputType({ description: 'Your current and your new password. 修改密码参数' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Your password now. 当前密码' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password; it must meet the password rules. 新密码' })
  @IsPassword()
  newPassword!: string;
}

@InputType({ description: 'A new tenant and its first admin. 创建租户参数' })
export class CreateTenantInput {
  @Field(() => String, { description: "Unique tenant name, the part after `#` in its users' logins. 租户名" })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the tenant. 租户描述' })
  @IsText()
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The telecom account manager in charge of this customer. 客户经理',
  })
  @IsText(200)
  customerManager?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Also create a default network, subnet and router on the first external network; default false. 创建默认网络',
  })
  @IsOptional()
  createDefaultNetwork?: boolean;

  @Field(() => String, { nullable: true, description: "Name of the tenant's first admin; default `admin`. 管理员名" })
  @IsOptional()
  @IsName()
  adminName?: string;

  @Field(() => String, {
    nullable: true,
    description: 'When missing, a strong password is generated and returned once. 管理员密码',
  })
  @IsOptional()
  @IsPassword()
  adminPassword?: string;

  @Field(() => String, { nullable: true, description: 'Free text about the first admin. 管理员描述' })
  @IsText()
  adminDescription?: string;
}

@InputType({ description: 'Changes to a tenant; fields left out stay as they are. 修改租户参数' })
export class UpdateTenantInput {
  @Field(() => ID, { description: 'The tenant to change. 需要修改的租户ID' })
  tenantId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New unique tenant name; its users then log in with it. 新租户名',
  })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description. 租户描述' })
  @IsText()
  description?: string;

  @Field(() => String, { nullable: true, description: 'New account manager. 客户经理' })
  @IsText(200)
  customerManager?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Disabling a tenant ends its users' sessions at once. 启用禁用",
  })
  @IsOptional()
  enabled?: boolean;
}

@InputType({ description: 'A new subgroup. 创建组参数' })
export class CreateGroupInput {
  @Field(() => ID, { description: 'The group to create it under. 父组ID' })
  parentGroupId!: string;

  @Field(() => String, { description: "The group's name. 组名" })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the group. 组描述' })
  @IsText()
  description?: string;
}

@InputType({ description: 'Changes to a group; fields left out stay as they are. 修改组参数' })
export class UpdateGroupInput {
  @Field(() => ID, { description: 'The group to change. 需要修改的组ID' })
  groupId!: string;

  @Field(() => String, { nullable: true, description: 'New name. 新组名' })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description. 新描述' })
  @IsText()
  description?: string;
}

@InputType({ description: 'The group to delete. 删除组参数' })
export class DeleteGroupInput {
  @Field(() => ID, { description: 'An empty, non-root group. 需要删除的组ID' })
  groupId!: string;
}

@InputType({ description: 'A new user and its first membership. 创建用户参数' })
export class CreateUserInput {
  @Field(() => ID, { description: "The user's first group; its tenant is the user's tenant. 所属组" })
  groupId!: string;

  @Field(() => String, { description: 'Login name, unique inside the tenant. 用户名' })
  @IsName()
  name!: string;

  @Field(() => String, { description: "The user's password. 密码" })
  @IsPassword()
  password!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the user. 用户描述' })
  @IsText()
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true. 是否启用' })
  @IsOptional()
  enabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Administers the group; default false. 是否为该组管理员' })
  @IsOptional()
  isAdmin?: boolean;

  @Field(() => StaffRoleEnum, {
    nullable: true,
    description: 'Required for (and only for) users of a platform group; ADMIN only. 平台角色',
  })
  @IsOptional()
  staffRole?: StaffRoleEnum;
}

@InputType({
  description: 'Changes to a user and one of its memberships; fields left out stay as they are. 修改用户参数',
})
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user to change. 用户ID' })
  userId!: string;

  @Field(() => ID, { description: 'The membership to edit; added when the user is not yet in that group. 用户所在组' })
  groupId!: string;

  @Field(() => String, { nullable: true, description: 'New login name, unique inside the tenant. 新用户名' })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: "A new password ends the user's other sessions. 密码" })
  @IsOptional()
  @IsPassword()
  password?: string;

  @Field(() => String, { nullable: true, description: 'New description. 用户描述' })
  @IsText()
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'Disabling a user ends its sessions at once. 是否启用' })
  @IsOptional()
  enabled?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the user administers the group named by groupId. 是否为该组管理员',
  })
  @IsOptional()
  isAdmin?: boolean;
}

@InputType({ description: 'The user, and optionally the one membership, to remove. 移除用户参数' })
export class RemoveUserInput {
  @Field(() => ID, { description: 'The user to remove. 用户ID' })
  userId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Remove only this membership; without it the user is deleted (tenant admin or ADMIN). 如果不指定则删除用户',
  })
  groupId?: string;
}
