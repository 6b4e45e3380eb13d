import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../auth/viewer';
import { connectionType } from '../graphql/connection';

export enum StaffRoleEnum {
  ADMIN = 'ADMIN',
  TELECOM = 'TELECOM',
  OPERATOR = 'OPERATOR',
}
registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: "A platform staff member's role. 平台人员角色",
  valuesConfig: {
    ADMIN: { description: 'Everything, everywhere. 平台管理员' },
    TELECOM: {
      description: 'Telecom staff: ticket review, acceptance, dispatch and confirmation; reads tenants. 电信人员',
    },
    OPERATOR: {
      description:
        'Platform operations: ticket receive, handle and maintain actions; reads tenants and their resources. 运维人员',
    },
  },
});

@ObjectType({ description: 'An enterprise customer: one OpenStack project, one group tree. 租户' })
export class Tenant {
  @Field(() => ID, { description: "The tenant's id. 租户ID" })
  id!: number;

  @Field(() => String, { description: 'Unique name; users log in as `name#tenant` with it. 租户名' })
  name!: string;

  @Field(() => String, { description: 'Free text about the tenant. 租户描述' })
  description!: string;

  @Field(() => String, { description: 'The telecom account manager in charge of this customer. 客户经理' })
  customerManager!: string;

  @Field(() => Boolean, { description: "A disabled tenant's users cannot log in. 是否启用" })
  enabled!: boolean;

  @Field(() => Date, { description: 'When the tenant was created. 创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: 'A group of people in a tenant (or of platform staff); groups nest without limit. 组' })
export class Group {
  @Field(() => ID, { description: "The group's id. 组ID" })
  id!: number;

  @Field(() => String, { description: "The group's name. 组名" })
  name!: string;

  @Field(() => String, { description: 'Free text about the group. 组描述' })
  description!: string;

  @Field(() => Date, { description: 'When the group was created. 创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: 'A person who can log in: platform staff (`name`) or a tenant user (`name#tenant`). 用户' })
export class User {
  @Field(() => ID, { description: "The user's id. 用户ID" })
  id!: number;

  @Field(() => String, { description: 'Login name, unique inside its tenant (or among platform staff). 用户名' })
  name!: string;

  @Field(() => String, { description: 'Free text about the user. 用户描述' })
  description!: string;

  @Field(() => Boolean, { description: 'A disabled user cannot log in and its sessions stop working. 是否启用' })
  enabled!: boolean;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'Set for platform staff only. 平台角色' })
  staffRole!: StaffRole | null;

  @Field(() => Date, { description: 'When the user was created. 创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: "A user's place in one group. 组成员关系" })
export class Membership {
  @Field(() => Group, { description: 'The group. 所在组' })
  group!: Group;

  @Field(() => Boolean, { description: 'Whether the user administers this group and its subtree. 是否为组管理员' })
  isAdmin!: boolean;
}

export const TenantConnection = connectionType(Tenant, 'Tenant', '租户');
export const UserConnection = connectionType(User, 'User', '用户');
