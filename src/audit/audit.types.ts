import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs, PageInfo } from '../graphql/paging';

@ObjectType({ description: 'One id a mutation named or made, e.g. serverId 7. 操作对象' })
export class AuditTarget {
  @Field(() => String, { description: 'Which id it is, e.g. serverId. 标识名称' })
  name!: string;

  @Field(() => ID, { description: 'The id itself. 标识值' })
  id!: string;
}

@ObjectType({ description: 'One mutation: who, which tenant, what, on which ids, and how it ended. 审计记录' })
export class AuditEvent {
  @Field(() => ID, { description: "The record's id. 记录ID" })
  id!: number;

  @Field(() => Date, { description: 'When the mutation ended. 时间' })
  at!: Date;

  @Field(() => String, { description: 'The X-Request-ID of the request, as in the server log. 请求ID' })
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a request without a session (a failed login). 操作人' })
  actorId!: number | null;

  @Field(() => ID, { nullable: true, description: 'Null for platform-wide operations. 租户' })
  tenantId!: number | null;

  @Field(() => String, { description: 'The mutation, e.g. createServer. 操作' })
  operation!: string;

  @Field(() => [AuditTarget], { description: 'The ids the mutation named or made; never other input values. 操作对象' })
  targets!: AuditTarget[];

  @Field(() => String, { description: '`ok`, or the error code it failed with. 结果' })
  outcome!: string;
}

@ObjectType({ description: 'A page of audit events, newest first. 审计记录列表' })
export class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'The events of this page. 本页记录' })
  nodes!: AuditEvent[];

  @Field(() => PageInfo, { description: 'Where the next page starts. 分页信息' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Every given condition must hold. 筛选条件' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'A tenant admin may only name its own. 租户' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this user did. 操作人' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'A mutation name, e.g. createServer. 操作' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: '`ok` or an error code. 结果' })
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time. 起始时间' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'At or before this time. 结束时间' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions the events must meet. 筛选条件' })
  filter?: AuditEventFilter | null;
}
