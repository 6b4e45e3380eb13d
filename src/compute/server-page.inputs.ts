import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListOrder, ListPageArgs } from '../graphql/paging';
import { ServerStatusEnum } from './compute.types';

@InputType({ description: 'Which servers a page lists; every given condition must hold. 主机筛选条件' })
export class ServerFilter {
  @Field(() => ServerStatusEnum, { nullable: true, description: 'Only servers in this status. 状态' })
  status?: ServerStatusEnum | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only servers whose name contains this text (case-insensitive). 名称包含',
  })
  @MaxLength(64, { message: 'nameContains must be at most 64 characters' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only servers assigned to this user. 分配给该用户' })
  assignedUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only servers of this flavor (its cloud id). 模板' })
  flavorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only servers booted from this image (its cloud id). 映像' })
  imageId?: string | null;
}

@ArgsType()
export class ServerPageArgs extends ListPageArgs {
  @Field(() => ServerFilter, { nullable: true, description: 'Which servers. 筛选条件' })
  @ValidateNested()
  filter?: ServerFilter | null;

  @Field(() => ListOrder, { nullable: true, description: 'The order; default oldest first. 排序' })
  orderBy?: ListOrder | null;
}
