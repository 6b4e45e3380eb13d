import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { MaybePromise } from './maybe-promise';
import { PageInfo } from './paging';

/**
 * The Relay connection and edge types of one list (`ServerConnection`, `ServerEdge`, …): edges
 * with their cursors, the nodes alone for clients that need no cursor per item, where the page
 * ends, and a count where the source counts cheaply (null where it cannot, e.g. a cloud filter).
 */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, zh: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} of a page and its cursor. ${zh}分页项` })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` to page on from this item. 游标' })
    cursor!: string;

    @Field(() => Node, { description: 'The item. 条目' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s. ${zh}分页列表` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page with their cursors. 本页条目及游标' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'The items of this page. 本页条目' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where the page ends and whether more follow. 分页信息' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: 'How many items the whole list has, where that is cheap to know; else null. 总数',
    })
    totalCount!: MaybePromise<number | null>;
  }
  return Connection;
}
