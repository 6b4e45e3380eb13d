import { IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { VolumeStatus } from '../cloud/resources';
import { ListOrder, ListPageArgs } from '../graphql/paging';

const STATUSES: VolumeStatus[] = ['creating', 'available', 'in-use', 'extending', 'error'];

@InputType({ description: 'Which volumes a page lists; every given condition must hold. 硬盘筛选条件' })
export class VolumeFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only volumes in this Cinder status: creating, available, in-use, extending, error. 状态',
  })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: VolumeStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only volumes whose name contains this text (case-insensitive). 名称包含',
  })
  @MaxLength(64, { message: 'nameContains must be at most 64 characters' })
  nameContains?: string | null;
}

@ArgsType()
export class VolumePageArgs extends ListPageArgs {
  @Field(() => VolumeFilter, { nullable: true, description: 'Which volumes. 筛选条件' })
  @ValidateNested()
  filter?: VolumeFilter | null;

  @Field(() => ListOrder, { nullable: true, description: 'The order; default oldest first. 排序' })
  orderBy?: ListOrder | null;
}
