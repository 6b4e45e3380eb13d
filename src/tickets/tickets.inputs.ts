import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../graphql/paging';
import { IsText } from '../graphql/validators';
import { ResourceRequestInput } from './request.inputs';
import { MaintainTicketActionType, TelecomTicketActionType, TenantTicketActionType } from './tickets.types';

/** Limits: a title or name 1–200 characters and not blank, content up to 10,000, extra up to 2,000. */
function IsTitle(optional = false): PropertyDecorator {
  return (target, key) => {
    if (optional) IsOptional()(target, key);
    Length(1, 200, { message: '$property must be 1 to 200 characters' })(target, key);
    Matches(/\S/, { message: '$property must not be blank' })(target, key);
  };
}
const IsContent = () => IsText(10_000);
const IsExtra = () => IsText(2_000);

// ---- v1
@InputType({ description: 'A new v1 ticket. 创建工单参数' })
export class CreateTicketInput {
  @Field(() => String, { description: '1 to 200 characters, not blank. 标题' })
  @IsTitle()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 10,000 characters. 内容' })
  @IsContent()
  content?: string;
}

@InputType({ description: 'The v1 ticket to cancel or delete. 取消工单参数' })
export class CancelTicketInput {
  @Field(() => ID, { description: 'The ticket. 工单ID' })
  ticketId!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'true cancels (default); false deletes, hiding the ticket. 取消或删除',
  })
  cancel?: boolean | null;
}

@InputType({ description: 'The v1 ticket to confirm. 确认工单参数' })
export class ConfirmTicketInput {
  @Field(() => ID, { description: 'A ticket in PENDING_CONFIRM. 工单ID' })
  ticketId!: string;
}

@InputType({ description: 'The v1 ticket to receive. 接收工单参数' })
export class ReceiveTicketInput {
  @Field(() => ID, { description: 'A ticket in PENDING_RECEIVE. 工单ID' })
  ticketId!: string;
}

@InputType({ description: 'The v1 ticket to mark handled. 处理工单参数' })
export class HandleTicketInput {
  @Field(() => ID, { description: 'A ticket in PENDING_HANDLE. 工单ID' })
  ticketId!: string;
}

@InputType({ description: 'The v1 ticket to review, and the verdict. 审查工单参数' })
export class ReviewTicketInput {
  @Field(() => ID, { description: 'A ticket in PENDING_REVIEW. 工单ID' })
  ticketId!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Whether the review passes; default true. 是否通过',
  })
  pass?: boolean | null;
}

// ---- v2
@InputType({ description: "A tenant user's v2 ticket. 租户工单操作参数" })
export class TenantTicketActionInput {
  @Field(() => TenantTicketActionType, {
    nullable: true,
    defaultValue: 'CREATE',
    description: 'Which kind of ticket to raise; default CREATE. 工单操作',
  })
  action?: TenantTicketActionType | null;

  @Field(() => String, { description: "The ticket's name (its title). 工单名" })
  @IsTitle()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Up to 10,000 characters. 工单内容' })
  @IsContent()
  content?: string;

  @Field(() => ResourceRequestInput, {
    nullable: true,
    description: 'CREATE only: what the platform should change, carried out when it takes the work. 资源申请',
  })
  @IsOptional()
  @ValidateNested()
  request?: ResourceRequestInput | null;
}

@InputType({ description: 'A telecom action on a v2 ticket, or a new provisioning ticket. 电信工单操作参数' })
export class TelecomTicketActionInput {
  @Field(() => TelecomTicketActionType, {
    nullable: true,
    defaultValue: 'ACCEPT',
    description: 'Default ACCEPT. 工单操作',
  })
  action?: TelecomTicketActionType | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For ACCEPT and CONFIRM: accept (default true) or not. 是否接受',
  })
  @IsOptional()
  result?: boolean;

  @Field(() => ID, { nullable: true, description: 'Required, except for CREATE. 工单ID' })
  ticketId?: string;

  @Field(() => String, { nullable: true, description: 'Kept on the event (e.g. the reply to a suggestion). 附加信息' })
  @IsExtra()
  extra?: string;

  @Field(() => String, { nullable: true, description: "CREATE only: the new ticket's name. 工单名" })
  @IsTitle(true)
  name?: string;

  @Field(() => String, { nullable: true, description: 'CREATE only. 工单内容' })
  @IsContent()
  content?: string;

  @Field(() => ID, { nullable: true, description: 'CREATE only: the tenant the ticket is raised for. 租户ID' })
  tenantId?: string;

  @Field(() => ResourceRequestInput, {
    nullable: true,
    description: 'CREATE only: what the platform should provision, carried out when it takes the work. 资源申请',
  })
  @IsOptional()
  @ValidateNested()
  request?: ResourceRequestInput | null;
}

@InputType({ description: "A platform operator's action on a v2 ticket. 运维工单操作参数" })
export class MaintainTicketActionInput {
  @Field(() => MaintainTicketActionType, { description: 'The action to take. 工单操作' })
  action!: MaintainTicketActionType;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For the accepting actions: accept (default true) or not. 是否接受',
  })
  @IsOptional()
  result?: boolean;

  @Field(() => ID, { description: 'The ticket. 工单ID' })
  ticketId!: string;

  @Field(() => String, { nullable: true, description: 'Kept on the event (e.g. what was done). 附加信息' })
  @IsExtra()
  extra?: string;
}

// ---- list arguments: the seed's filters, plus paging
@ArgsType()
export class V1TicketListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this ticket. 工单ID' })
  ticketId?: string | null;

  @Field(() => String, { nullable: true, description: 'A v1 status code, e.g. PENDING_REVIEW. 工单状态' })
  status?: string | null;
}

@ArgsType()
export class V2TicketListArgs extends PageArgs {
  @Field(() => [Int], { nullable: true, description: 'v2 status ids (1–8); none or empty: all. 多项状态' })
  @ArrayMaxSize(20)
  statusIds?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'v2 type ids (1–4); none or empty: all. 多项种类' })
  @ArrayMaxSize(20)
  typeIds?: number[] | null;
}
