import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { hashPassword } from '../../src/auth/password';
import { isPostgresUrl, openDatabase, openDb } from '../../src/db/client';
import { USER_PASSWORD } from './tempdb';

/** [type, status] pairs: v1 (type 0, statuses 101–107) and v2 (types 1–4, statuses 1–8). */
const TICKET_KINDS: Array<[number, number]> = [
  ...[101, 102, 103, 104, 105, 106, 107].map((status): [number, number] => [0, status]),
  ...[1, 2, 3, 4].flatMap((type) => [1, 2, 3, 4, 5, 6, 7, 8].map((status): [number, number] => [type, status])),
];

export interface OperatorSize {
  tenants: number;
  users: number;
  /** All groups, the tenants' root groups included. */
  groups: number;
  /** Levels of the deepest trees, the root included. */
  depth: number;
  /** Work orders, each with its creation event and one more; a fifth of them in tenant t0. */
  tickets: number;
}

/** Where the rows go, one insert at a time; each table's inserts return the new row's id. */
interface Sink {
  project(id: string, name: string): void;
  tenant(name: string, projectId: string): number;
  /** A group below `parentPath` ('/' for a root); its own path is that and its id. */
  group(tenantId: number, parentId: number | null, name: string, parentPath: string): { id: number; path: string };
  user(tenantId: number, name: string, passwordHash: string): number;
  member(userId: number, groupId: number, isAdmin: boolean): void;
  ticket(row: {
    typeId: number;
    statusId: number;
    title: string;
    tenantId: number;
    creatorId: number;
    at: number;
  }): number;
  event(row: {
    ticketId: number;
    actorId: number;
    role: string;
    action: string;
    result: boolean | null;
    from: number | null;
    to: number;
    at: number;
  }): void;
}

/**
 * Fills a migrated database straight through SQL (the API would take hours for 100,000 users):
 * every tenant has a root group and an admin; the extra groups form chains `depth` deep under the
 * first tenants' roots; user 1 of each chain tenant administers the chain's first level. Every
 * user has the same password. Tickets go a fifth to t0 (a big tenant, whose admin's lists are
 * measured) and the rest round-robin; their types and statuses cycle through every v1 and v2
 * pair. Returns where the group-admin check is measured. The same rows, with the same ids, on
 * either backend: SQLite's by prepared statements in one transaction, PostgreSQL's in big
 * batches (seedPostgres).
 */
export async function seedOperator(
  location: string,
  size: OperatorSize,
): Promise<{ groupAdmin: string; deepestGroupId: number }> {
  const hash = await hashPassword(USER_PASSWORD);
  const deepestGroupId = isPostgresUrl(location)
    ? await seedPostgres(location, (sink) => fill(sink, size, hash))
    : await seedSqlite(location, (sink) => fill(sink, size, hash));
  return { groupAdmin: 'u1#t0', deepestGroupId };
}

/** The rows themselves, the same on both backends; returns the deepest group of tenant t0. */
function fill(sink: Sink, size: OperatorSize, hash: string): number {
  const chainTenants = Math.floor((size.groups - size.tenants) / (size.depth - 1));
  const usersPerTenant = Math.max(2, Math.floor(size.users / size.tenants));
  const admins: Array<{ tenantId: number; userId: number }> = [];
  let deepestGroupId = 0;
  for (let t = 0; t < size.tenants; t++) {
    const projectId = randomUUID().replace(/-/g, '');
    sink.project(projectId, `t${t}`);
    const tenantId = sink.tenant(`t${t}`, projectId);
    const groups: number[] = [];
    let path = '/';
    let parent: number | null = null;
    const levels = t < chainTenants ? size.depth : 1;
    for (let level = 0; level < levels; level++) {
      const group = sink.group(tenantId, parent, level === 0 ? `t${t}` : `level-${level}`, path);
      path = group.path;
      groups.push(group.id);
      parent = group.id;
    }
    if (t === 0) deepestGroupId = groups[groups.length - 1];
    for (let u = 0; u < usersPerTenant; u++) {
      const userId = sink.user(tenantId, `u${u}`, hash);
      const group = u === 0 ? groups[0] : u === 1 && groups.length > 1 ? groups[1] : groups[u % groups.length];
      sink.member(userId, group, u <= 1);
      if (u === 0) admins.push({ tenantId, userId });
    }
  }
  const start = Date.now() - size.tickets * 60_000;
  for (let n = 0; n < size.tickets; n++) {
    const { tenantId, userId } = n % 5 === 0 ? admins[0] : admins[n % admins.length];
    const [typeId, statusId] = TICKET_KINDS[n % TICKET_KINDS.length];
    const at = start + n * 60_000;
    const ticketId = sink.ticket({ typeId, statusId, title: `ticket ${n}`, tenantId, creatorId: userId, at });
    const first = typeId === 0 ? 101 : 1;
    sink.event({
      ticketId,
      actorId: userId,
      role: 'TENANT',
      action: 'CREATE',
      result: null,
      from: null,
      to: first,
      at,
    });
    sink.event({
      ticketId,
      actorId: 1,
      role: 'TELECOM',
      action: 'ACCEPT',
      result: true,
      from: first,
      to: statusId,
      at: at + 1000,
    });
  }
  return deepestGroupId;
}

const CONTENT = 'seeded by the benchmark';

/** Straight SQL on the SQLite file through better-sqlite3, in one transaction. */
async function seedSqlite(file: string, run: (sink: Sink) => number): Promise<number> {
  const { sqlite: connection, close } = openDb(file);
  const sqlite = connection!;
  const insertProject = sqlite.prepare('insert into sim_projects (id, name) values (?, ?)');
  const insertTenant = sqlite.prepare('insert into tenants (name, project_id) values (?, ?)');
  const insertGroup = sqlite.prepare('insert into groups (tenant_id, parent_id, name) values (?, ?, ?)');
  const setPath = sqlite.prepare('update groups set path = ? where id = ?');
  const insertUser = sqlite.prepare(
    'insert into users (tenant_id, name_scope, name, password_hash) values (?, ?, ?, ?)',
  );
  const insertMember = sqlite.prepare('insert into memberships (user_id, group_id, is_admin) values (?, ?, ?)');
  const insertTicket = sqlite.prepare(
    'insert into tickets (type_id, status_id, title, content, tenant_id, creator_id, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  const insertEvent = sqlite.prepare(
    'insert into ticket_events (ticket_id, actor_id, role, action, result, extra, from_status_id, to_status_id, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const id = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);
  const sink: Sink = {
    project: (projectId, name) => void insertProject.run(projectId, name),
    tenant: (name, projectId) => id(insertTenant.run(name, projectId)),
    group: (tenantId, parentId, name, parentPath) => {
      const groupId = id(insertGroup.run(tenantId, parentId, name));
      const path = `${parentPath}${groupId}/`;
      setPath.run(path, groupId);
      return { id: groupId, path };
    },
    user: (tenantId, name, passwordHash) => id(insertUser.run(tenantId, tenantId, name, passwordHash)),
    member: (userId, groupId, isAdmin) => void insertMember.run(userId, groupId, isAdmin ? 1 : 0),
    ticket: (t) => id(insertTicket.run(t.typeId, t.statusId, t.title, CONTENT, t.tenantId, t.creatorId, t.at, t.at)),
    event: (e) =>
      void insertEvent.run(
        e.ticketId,
        e.actorId,
        e.role,
        e.action,
        e.result === null ? null : e.result ? 1 : 0,
        null,
        e.from,
        e.to,
        e.at,
      ),
  };
  try {
    return sqlite.transaction(() => run(sink))();
  } finally {
    await close();
  }
}

/** Rows of one table gathered column by column, and how PostgreSQL takes them: `unnest` of one array per column. */
interface Batch {
  table: string;
  /** Column names and the SQL type of each column's array. */
  columns: Array<[string, string]>;
  /** What goes into the table from the unnested columns `c0`, `c1`…, in the order of `columns`. */
  select?: string;
  values: unknown[][];
}

/** Rows per statement: big enough that round trips do not count, small enough to keep each statement's arrays modest. */
const ROWS_PER_STATEMENT = 50_000;

/**
 * PostgreSQL: the database is migrated by opening it as Canopy does; the rows, numbered here as
 * SQLite numbers them (every table starts empty), are gathered in memory and inserted in big
 * multi-row statements (`insert … select from unnest($1::bigint[], …)`), parents before children,
 * in one transaction; then each identity sequence is set past its table's highest id, so the
 * rows Canopy inserts next (the platform ADMIN, sessions) get fresh ids, and VACUUM ANALYZE
 * leaves the statistics and visibility map a database in use would have from autovacuum.
 */
async function seedPostgres(url: string, run: (sink: Sink) => number): Promise<number> {
  const next = { tenants: 0, groups: 0, users: 0, tickets: 0, events: 0 };
  const batch = (table: string, columns: Array<[string, string]>, select?: string): Batch => ({
    table,
    columns,
    select,
    values: columns.map(() => []),
  });
  const at = (column: number) => `to_timestamp(c${column} / 1000.0)`;
  const projects = batch('sim_projects', [
    ['id', 'text'],
    ['name', 'text'],
  ]);
  const tenants = batch('tenants', [
    ['id', 'bigint'],
    ['name', 'text'],
    ['project_id', 'text'],
  ]);
  const groups = batch('groups', [
    ['id', 'bigint'],
    ['tenant_id', 'bigint'],
    ['parent_id', 'bigint'],
    ['name', 'text'],
    ['path', 'text'],
  ]);
  const users = batch('users', [
    ['id', 'bigint'],
    ['tenant_id', 'bigint'],
    ['name_scope', 'bigint'],
    ['name', 'text'],
    ['password_hash', 'text'],
  ]);
  const members = batch('memberships', [
    ['user_id', 'bigint'],
    ['group_id', 'bigint'],
    ['is_admin', 'boolean'],
  ]);
  const tickets = batch(
    'tickets',
    [
      ['id', 'bigint'],
      ['type_id', 'bigint'],
      ['status_id', 'bigint'],
      ['title', 'text'],
      ['content', 'text'],
      ['tenant_id', 'bigint'],
      ['creator_id', 'bigint'],
      ['version', 'bigint'],
      ['created_at', 'bigint'],
      ['updated_at', 'bigint'],
    ],
    `c0, c1, c2, c3, c4, c5, c6, c7, ${at(8)}, ${at(9)}`,
  );
  const events = batch(
    'ticket_events',
    [
      ['id', 'bigint'],
      ['ticket_id', 'bigint'],
      ['actor_id', 'bigint'],
      ['role', 'text'],
      ['action', 'text'],
      ['result', 'boolean'],
      ['extra', 'text'],
      ['from_status_id', 'bigint'],
      ['to_status_id', 'bigint'],
      ['at', 'bigint'],
    ],
    `c0, c1, c2, c3, c4, c5, c6, c7, c8, ${at(9)}`,
  );
  const add = (b: Batch, ...row: unknown[]) => row.forEach((value, i) => b.values[i].push(value));
  const sink: Sink = {
    project: (id, name) => add(projects, id, name),
    tenant: (name, projectId) => {
      add(tenants, ++next.tenants, name, projectId);
      return next.tenants;
    },
    group: (tenantId, parentId, name, parentPath) => {
      const id = ++next.groups;
      const path = `${parentPath}${id}/`;
      add(groups, id, tenantId, parentId, name, path);
      return { id, path };
    },
    user: (tenantId, name, passwordHash) => {
      add(users, ++next.users, tenantId, tenantId, name, passwordHash);
      return next.users;
    },
    member: (userId, groupId, isAdmin) => add(members, userId, groupId, isAdmin),
    ticket: (t) => {
      add(tickets, ++next.tickets, t.typeId, t.statusId, t.title, CONTENT, t.tenantId, t.creatorId, 1, t.at, t.at);
      return next.tickets;
    },
    event: (e) =>
      add(events, ++next.events, e.ticketId, e.actorId, e.role, e.action, e.result, null, e.from, e.to, e.at),
  };
  const deepestGroupId = run(sink);

  const { pool, close } = await openDatabase(url, { poolSize: 1 });
  try {
    const client: PoolClient = await pool!.connect();
    try {
      await client.query('begin');
      try {
        for (const b of [projects, tenants, groups, users, members, tickets, events]) await insert(client, b);
        for (const table of ['tenants', 'groups', 'users', 'tickets', 'ticket_events'])
          await client.query(
            `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from "${table}"))`,
          );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
      await client.query('vacuum analyze');
    } finally {
      client.release();
    }
  } finally {
    await close();
  }
  return deepestGroupId;
}

async function insert(client: PoolClient, b: Batch): Promise<void> {
  const names = b.columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = b.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const aliases = b.columns.map((_, i) => `c${i}`).join(', ');
  const text = `insert into "${b.table}" (${names}) select ${b.select ?? aliases} from unnest(${arrays}) as u(${aliases})`;
  const rows = b.values[0].length;
  for (let from = 0; from < rows; from += ROWS_PER_STATEMENT)
    await client.query(
      text,
      b.values.map((column) => column.slice(from, from + ROWS_PER_STATEMENT)),
    );
}
