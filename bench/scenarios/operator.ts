import { Backend, BACKEND_NAMES, benchDb } from '../lib/backend';
import { startChild } from '../lib/child';
import { call, load, loginToken } from '../lib/load';
import { OperatorSize, seedOperator } from '../lib/seed-operator';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, USER_PASSWORD } from '../lib/tempdb';

/** What a console's ticket list shows per row. */
const TICKET_PAGE =
  'nodes { id title type { name } status { name } tenant { name } creator { name } createdAt } pageInfo { endCursor hasNextPage }';

export interface OperatorResult {
  backend: Backend;
  label: string;
  size: OperatorSize;
  groupCheckP95: number;
  telecomTicketsP95: number;
  tenantTicketsP95: number;
  dbMb: number;
  startMs: number;
  rssMb: number;
}

/**
 * Items 4 and 5: a group admin reading a group seven levels below its own (the authorization
 * check walks no tree: it is a prefix test on materialised paths), the database's size on disk,
 * and the server's start time and memory with that data. Of item 4's tickets: the first page of
 * telecomTickets (ADMIN holds TELECOM: every v2 ticket) and of tenantTickets filtered by one status
 * (the admin of the tenant with a fifth of all tickets). The same data and requests on either backend.
 */
export async function operator(
  backend: Backend,
  label: string,
  size: OperatorSize,
  requests: number,
): Promise<OperatorResult> {
  const db = await benchDb(backend, 'operator');
  try {
    const { groupAdmin, deepestGroupId } = await seedOperator(db.location, size);
    const dbMb = await db.sizeMb();
    const canopy = await startChild('serve.ts', {
      CANOPY_DB: db.location,
      CANOPY_PORT: '0',
      CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
    });
    try {
      const p95 = async (token: string, query: string) => {
        await call(canopy.url, query, undefined, token);
        await load({ url: canopy.url, token, query, connections: 1, amount: Math.min(200, requests) });
        const result = await load({ url: canopy.url, token, query, connections: 1, amount: requests });
        if (result.errors > 0) throw new Error(`${query}: ${result.errors} errors`);
        return result.p95;
      };
      const groupCheckP95 = await p95(
        await loginToken(canopy.url, groupAdmin, USER_PASSWORD),
        `{ group(id: "${deepestGroupId}") { id name } }`,
      );
      const telecomTicketsP95 = await p95(
        await loginToken(canopy.url, 'admin', ADMIN_PASSWORD),
        `{ telecomTickets { ${TICKET_PAGE} } }`,
      );
      const tenantTicketsP95 = await p95(
        await loginToken(canopy.url, 'u0#t0', USER_PASSWORD),
        `{ tenantTickets(statusIds: [1]) { ${TICKET_PAGE} } }`,
      );
      return {
        backend,
        label,
        size,
        groupCheckP95,
        telecomTicketsP95,
        tenantTicketsP95,
        dbMb,
        startMs: canopy.startMs,
        rssMb: canopy.rssMb(),
      };
    } finally {
      await canopy.stop();
    }
  } finally {
    await db.remove();
  }
}

export function operatorTable(results: OperatorResult[]): string {
  return table(
    [
      'backend',
      'operator',
      'tenants',
      'users',
      'groups (depth)',
      'tickets',
      'group-admin check p95 ms',
      'telecomTickets p95 ms',
      'tenantTickets by status p95 ms',
      'database MB',
      'start ms',
      'RSS MB',
    ],
    results.map((r) => [
      BACKEND_NAMES[r.backend],
      r.label,
      r.size.tenants,
      r.size.users,
      `${r.size.groups} (${r.size.depth})`,
      r.size.tickets,
      r.groupCheckP95,
      r.telecomTicketsP95,
      r.tenantTicketsP95,
      r.dbMb,
      r.startMs,
      r.rssMb,
    ]),
  );
}
