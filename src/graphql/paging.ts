import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError, bi } from '../errors';
import { MaybePromise } from './maybe-promise';

/**
 * Forward paging for lists (`first` / `after`), newest first. Cursors are opaque to clients: they
 * encode the last row's id, and the next page is the rows older than it, so rows added meanwhile
 * never shift a page.
 */
@ObjectType({ description: 'Where a page ends and whether more follow. 分页信息' })
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on an empty page. 末尾游标',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more items follow. 是否有下一页' })
  hasNextPage!: boolean;
}

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}. 每页条数`,
  })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page. 游标' })
  after?: string | null;
}

/** The page size asked for; an explicit null means the default, as leaving it out does. */
export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

const PREFIX = 'cursor:';

export function encodeCursor(id: number): string {
  return Buffer.from(`${PREFIX}${id}`).toString('base64url');
}

/** The id inside a cursor; anything that is not a cursor we made is the client's mistake. */
export function decodeCursor(cursor: string | null | undefined): number | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString();
  const id =
    text.startsWith(PREFIX) && /^[1-9][0-9]{0,15}$/.test(text.slice(PREFIX.length))
      ? Number(text.slice(PREFIX.length))
      : NaN;
  if (!Number.isSafeInteger(id))
    throw new BadInputError('after', bi('after is not a cursor of this list', 'after 不是此列表的游标'));
  return id;
}

/** A page from rows fetched with one row to spare: the spare one only tells that more follow. */
export function toPage<T extends { id: number }>(
  rows: readonly T[],
  first: number,
): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { endCursor: last ? encodeCursor(last.id) : null, hasNextPage: rows.length > first } };
}

// ---- Connections of the resource lists (issue 15): keyset paging by a sort key and an id.

export const MAX_LIST_PAGE = 500;
export const DEFAULT_LIST_PAGE = 50;

const FIRST_RANGE = `first must be between 1 and ${MAX_LIST_PAGE}`;

@ArgsType()
export class ListPageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIST_PAGE,
    description: `Page size, 1 to ${MAX_LIST_PAGE}; default ${DEFAULT_LIST_PAGE}. 每页条数`,
  })
  @Min(1, { message: FIRST_RANGE })
  @Max(MAX_LIST_PAGE, { message: FIRST_RANGE })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page. 游标' })
  after?: string | null;
}

export enum ListOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ListOrderField, {
  name: 'ListOrderField',
  description: 'What a list is sorted by. 排序字段',
  valuesConfig: {
    NAME: { description: 'The name (ties by id). 名称' },
    CREATED_AT: { description: 'Creation time (ties by id). 创建时间' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction. 排序方向',
  valuesConfig: { ASC: { description: 'Ascending. 升序' }, DESC: { description: 'Descending. 降序' } },
});

@InputType({ description: 'How a list is sorted; default creation time, oldest first. 排序' })
export class ListOrder {
  @Field(() => ListOrderField, { description: 'The sort key. 排序字段' })
  field!: ListOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction. 排序方向' })
  direction!: OrderDirection;
}

/** A list's order, as the data layers take it. */
export interface Order {
  field: ListOrderField;
  direction: OrderDirection;
}

export const DEFAULT_ORDER: Order = { field: ListOrderField.CREATED_AT, direction: OrderDirection.ASC };

/** Where a keyset page starts: after the item with this sort value and id, in this order. */
export interface Keyset {
  /** A name, or a creation time in epoch milliseconds as text. */
  value: string;
  id: string;
}

const KEYSET_PREFIX = 'k1:';

function orderTag(order: Order): string {
  return `${order.field}.${order.direction}`;
}

export function keysetCursor(order: Order, key: Keyset): string {
  return Buffer.from(KEYSET_PREFIX + JSON.stringify([orderTag(order), key.value, key.id])).toString('base64url');
}

/**
 * The keyset inside `after`. A cursor we did not make, or one made for another order, is the
 * client's mistake (BAD_USER_INPUT on `after`): it cannot say where a page of this order starts.
 */
export function decodeKeyset(after: string | null | undefined, order: Order): Keyset | undefined {
  if (after === undefined || after === null) return undefined;
  const text = Buffer.from(after, 'base64url').toString();
  let parts: unknown;
  try {
    parts = text.startsWith(KEYSET_PREFIX) ? JSON.parse(text.slice(KEYSET_PREFIX.length)) : undefined;
  } catch {
    parts = undefined;
  }
  const ok =
    Array.isArray(parts) &&
    parts.length === 3 &&
    parts.every((part) => typeof part === 'string') &&
    parts[0] === orderTag(order) &&
    (order.field !== ListOrderField.CREATED_AT || /^-?[0-9]{1,16}$/.test(parts[1]));
  if (!ok) throw new BadInputError('after', bi('after is not a cursor of this list', 'after 不是此列表的游标'));
  const [, value, id] = parts as string[];
  return { value, id };
}

/** The keyset of an item with a name, a creation time and an id, in the given order. */
export function keyOf(order: Order, item: { name: string; createdAt: Date; id: string | number }): Keyset {
  return {
    value: order.field === ListOrderField.NAME ? item.name : String(item.createdAt.getTime()),
    id: String(item.id),
  };
}

/** A connection's value: edges and nodes of one page, where it ends, and a count when the source has one cheaply. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  /** Read only when the query asks for it (a getter), so an unasked count costs nothing. */
  readonly totalCount: MaybePromise<number | null>;
}

/**
 * A connection from the page's items and their cursors. `endCursor` may point past the last node
 * when items were scanned but not shown (another tenant's, or hidden from the viewer): the next
 * page starts after them.
 */
export function connection<T>(
  nodes: T[],
  cursorOf: (node: T) => string,
  more: { hasNextPage: boolean; scannedTo?: string | null },
  totalCount: () => MaybePromise<number | null> = () => null,
): Connection<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  const last = edges[edges.length - 1]?.cursor ?? null;
  return {
    edges,
    nodes,
    pageInfo: { endCursor: more.scannedTo ?? last, hasNextPage: more.hasNextPage },
    get totalCount() {
      return totalCount();
    },
  };
}

/** An item's keyset in an order: `keyOf`, or a list's own (networks have no creation time). */
export type KeyOf<T> = (order: Order, item: T) => Keyset;

/**
 * Keyset paging of a list held whole in memory (the lists a quota keeps short: networks, routers,
 * floating IPs; Canopy's tenants and group members): sorted by the order, then by id, and cut
 * after the cursor. One read of the list, whatever the page.
 */
export function pageInMemory<T>(items: readonly T[], order: Order, args: ListPageArgs, key: KeyOf<T>): Connection<T> {
  const first = listPageSize(args);
  const after = decodeKeyset(args.after, order);
  const sign = order.direction === OrderDirection.ASC ? 1 : -1;
  const compare = (a: Keyset, b: Keyset) => sign * (compareKeys(order, a.value, b.value) || compareText(a.id, b.id));
  const sorted = [...items].sort((a, b) => compare(key(order, a), key(order, b)));
  const rest = after ? sorted.filter((item) => compare(key(order, item), after) > 0) : sorted;
  return connection(
    rest.slice(0, first),
    (item) => keysetCursor(order, key(order, item)),
    { hasNextPage: rest.length > first },
    () => items.length,
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(order: Order, a: string, b: string): number {
  return order.field === ListOrderField.NAME ? compareText(a, b) : Number(a) - Number(b);
}

export function listPageSize(args: ListPageArgs): number {
  return args.first ?? DEFAULT_LIST_PAGE;
}

export function orderOf(given: ListOrder | null | undefined): Order {
  return given ? { field: given.field, direction: given.direction ?? OrderDirection.ASC } : DEFAULT_ORDER;
}

const NAME_ASC: Order = { field: ListOrderField.NAME, direction: OrderDirection.ASC };

/**
 * The order of a list whose items have no creation time in Canopy's model (networks, routers):
 * by name, default ascending; CREATED_AT is BAD_USER_INPUT on `orderBy`.
 */
export function nameOrderOf(given: ListOrder | null | undefined): Order {
  if (!given) return NAME_ASC;
  if (given.field !== ListOrderField.NAME)
    throw new BadInputError('orderBy', bi('this list sorts by NAME only', '此列表只能按名称排序'));
  return { field: ListOrderField.NAME, direction: given.direction ?? OrderDirection.ASC };
}

/** The keyset of an item sorted by name only (`nameOrderOf`). */
export function nameKeyOf(_order: Order, item: { name: string; id: string }): Keyset {
  return { value: item.name, id: item.id };
}
