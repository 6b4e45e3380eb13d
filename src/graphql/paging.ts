import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadInputError, bi } from '../errors';

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
