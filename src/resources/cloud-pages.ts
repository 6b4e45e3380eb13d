import { PageQuery } from '../cloud/resources';
import { Keyset, keyOf, keysetCursor, ListOrderField, Order, OrderDirection } from '../graphql/paging';

/**
 * The most cloud pages one connection page reads when Canopy's own rules leave some cloud items
 * out (a member sees SHARED and its assigned servers; `assignedUserId`; items Canopy did not
 * make): a page costs at most this many cloud list calls, and may come back short, with
 * `hasNextPage` and an `endCursor` past what it scanned (docs/CLOUD.md "Pages").
 */
export const SCAN_ROUNDS = 3;

/** The cloud's sort key and direction for an order. */
export function cloudSort(order: Order): PageQuery['sort'] {
  return {
    key: order.field === ListOrderField.NAME ? 'name' : 'createdAt',
    dir: order.direction === OrderDirection.ASC ? 'asc' : 'desc',
  };
}

interface Live {
  id: string;
  name: string;
  createdAt: Date;
}

/** One connection page read from the cloud's pages: the kept items with their rows and cursors. */
export interface ScannedPage<L, R> {
  page: Array<{ row: R; live: L; cursor: string }>;
  hasNextPage: boolean;
  /** Where the next page starts when the scan stopped before a full page. */
  scannedTo?: string;
}

/**
 * Reads cloud pages of `first + 1` after `after` until `first + 1` items are kept, the cloud has
 * no more, or SCAN_ROUNDS calls were made. `rowsOf` gives Canopy's rows of the items (one SQL
 * statement per call), `shows` whether the viewer sees an item.
 */
export async function scanCloudPages<L extends Live, R>(options: {
  first: number;
  order: Order;
  after: Keyset | undefined;
  fetch: (after: Keyset | undefined, limit: number) => Promise<L[]>;
  rowsOf: (items: L[]) => Promise<ReadonlyArray<R | Error | undefined>>;
  shows: (row: R) => boolean;
}): Promise<ScannedPage<L, R>> {
  const { first, order } = options;
  const kept: Array<{ row: R; live: L }> = [];
  let after = options.after;
  let exhausted = false;
  let scanned: Keyset | undefined;
  for (let round = 0; round < SCAN_ROUNDS && kept.length <= first && !exhausted; round++) {
    const items = await options.fetch(after, first + 1);
    const rows = await options.rowsOf(items);
    items.forEach((live, i) => {
      const row = rows[i];
      if (row instanceof Error) throw row;
      if (row !== undefined && options.shows(row)) kept.push({ row, live });
    });
    exhausted = items.length <= first;
    if (items.length > 0) after = scanned = keyOf(order, items[items.length - 1]);
  }
  const full = kept.length > first;
  return {
    page: kept.slice(0, first).map(({ row, live }) => ({ row, live, cursor: keysetCursor(order, keyOf(order, live)) })),
    hasNextPage: full || !exhausted,
    scannedTo: full || exhausted || !scanned ? undefined : keysetCursor(order, scanned),
  };
}
