import { ArgsType, Field } from 'type-graphql';
import { ListOrder, ListPageArgs } from '../graphql/paging';

/** A page of networks or routers: Canopy keeps no creation time of them, so they sort by name only. */
@ArgsType()
export class NamedPageArgs extends ListPageArgs {
  @Field(() => ListOrder, {
    nullable: true,
    description: 'The order: NAME only (CREATED_AT is BAD_USER_INPUT); default by name, ascending. 排序（仅名称）',
  })
  orderBy?: ListOrder | null;
}
