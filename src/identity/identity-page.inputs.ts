import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ListOrder, ListPageArgs } from '../graphql/paging';

@InputType({ description: 'Which tenants a page lists; every given condition must hold. 租户筛选条件' })
export class TenantFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only tenants whose name contains this text (case-insensitive). 名称包含',
  })
  @IsOptional()
  @MaxLength(64, { message: 'nameContains must be at most 64 characters' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only enabled (true) or disabled (false) tenants. 是否启用' })
  enabled?: boolean | null;
}

@ArgsType()
export class TenantPageArgs extends ListPageArgs {
  @Field(() => TenantFilter, { nullable: true, description: 'Which tenants. 筛选条件' })
  @ValidateNested()
  filter?: TenantFilter | null;

  @Field(() => ListOrder, { nullable: true, description: 'The order; default oldest first. 排序' })
  orderBy?: ListOrder | null;
}

@ArgsType()
export class UserPageArgs extends ListPageArgs {
  @Field(() => ListOrder, { nullable: true, description: 'The order; default oldest first. 排序' })
  orderBy?: ListOrder | null;
}
