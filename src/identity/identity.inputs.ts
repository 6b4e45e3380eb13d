import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName, IsPassword, IsText } from '../graphql/validators';
import { StaffRoleEnum } from './identity.types';

@InputType()
export class LoginInput {
  @Field(() => String, { description: '`name` for platform staff, `name#tenant` for a tenant user. 用户名#租户名' })
  identification!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  @IsPassword()
  newPassword!: string;
}

@InputType()
export class CreateTenantInput {
  @Field(() => String)
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;

  @Field(() => String, { nullable: true })
  @IsText(200)
  customerManager?: string;

  @Field(() => Boolean, { nullable: true, description: 'Also create a default network, subnet and router on the first external network; default false. 创建默认网络' })
  @IsOptional()
  createDefaultNetwork?: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the tenant\'s first admin; default `admin`. 管理员名' })
  @IsOptional()
  @IsName()
  adminName?: string;

  @Field(() => String, { nullable: true, description: 'When missing, a strong password is generated and returned once. 管理员密码' })
  @IsOptional()
  @IsPassword()
  adminPassword?: string;

  @Field(() => String, { nullable: true })
  @IsText()
  adminDescription?: string;
}

@InputType()
export class UpdateTenantInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;

  @Field(() => String, { nullable: true })
  @IsText(200)
  customerManager?: string;

  @Field(() => Boolean, { nullable: true, description: 'Disabling a tenant ends its users\' sessions at once. 启用禁用' })
  @IsOptional()
  enabled?: boolean;
}

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  parentGroupId!: string;

  @Field(() => String)
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;
}

@InputType()
export class DeleteGroupInput {
  @Field(() => ID)
  groupId!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => ID, { description: 'The user\'s first group; its tenant is the user\'s tenant. 所属组' })
  groupId!: string;

  @Field(() => String)
  @IsName()
  name!: string;

  @Field(() => String)
  @IsPassword()
  password!: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true. 是否启用' })
  @IsOptional()
  enabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Administers the group; default false. 是否为该组管理员' })
  @IsOptional()
  isAdmin?: boolean;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'Required for (and only for) users of a platform group; ADMIN only. 平台角色' })
  @IsOptional()
  staffRole?: StaffRoleEnum;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { description: 'The membership to edit; added when the user is not yet in that group. 用户所在组' })
  groupId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: 'A new password ends the user\'s other sessions. 密码' })
  @IsOptional()
  @IsPassword()
  password?: string;

  @Field(() => String, { nullable: true })
  @IsText()
  description?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  enabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isAdmin?: boolean;
}

@InputType()
export class RemoveUserInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'Remove only this membership; without it the user is deleted (tenant admin or ADMIN). 如果不指定则删除用户' })
  groupId?: string;
}
