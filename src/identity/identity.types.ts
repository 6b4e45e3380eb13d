import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../auth/viewer';

export enum StaffRoleEnum {
  ADMIN = 'ADMIN',
  TELECOM = 'TELECOM',
  OPERATOR = 'OPERATOR',
}
registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: 'A platform staff member\'s role. 平台人员角色',
  valuesConfig: {
    ADMIN: { description: 'Everything, everywhere. 平台管理员' },
    TELECOM: { description: 'Telecom staff: ticket review, acceptance, dispatch and confirmation; reads tenants. 电信人员' },
    OPERATOR: { description: 'Platform operations: ticket receive, handle and maintain actions; reads tenants and their resources. 运维人员' },
  },
});

@ObjectType({ description: 'An enterprise customer: one OpenStack project, one group tree. 租户' })
export class Tenant {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'The telecom account manager in charge of this customer. 客户经理' })
  customerManager!: string;

  @Field(() => Boolean, { description: 'A disabled tenant\'s users cannot log in. 是否启用' })
  enabled!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A group of people in a tenant (or of platform staff); groups nest without limit. 组' })
export class Group {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A person who can log in: platform staff (`name`) or a tenant user (`name#tenant`). 用户' })
export class User {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'A disabled user cannot log in and its sessions stop working. 是否启用' })
  enabled!: boolean;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'Set for platform staff only. 平台角色' })
  staffRole!: StaffRole | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A user\'s place in one group. 组成员关系' })
export class Membership {
  @Field(() => Group)
  group!: Group;

  @Field(() => Boolean, { description: 'Whether the user administers this group and its subtree. 是否为组管理员' })
  isAdmin!: boolean;
}
