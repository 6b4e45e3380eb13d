import { ArgsType, Field } from 'type-graphql';
import { ListOrder, ListPageArgs } from '../graphql/paging';

@ArgsType()
export class FloatingIpPageArgs extends ListPageArgs {
  @Field(() => ListOrder, {
    nullable: true,
    description: 'The order; NAME sorts by address (as text); default oldest first. 排序（名称即地址）',
  })
  orderBy?: ListOrder | null;
}
