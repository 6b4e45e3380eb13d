import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { Client } from 'pg';
import { CANOPY_TABLES, tablesInForeignKeyOrder } from '../../src/cli/tables';
import { pgTables } from '../../src/db/dialect-tables';
import { graphql } from '../gql';
import { GqlClient } from '../helpers/client';
import { scratchPostgres, TestLocation } from '../helpers/database';
import { CreateGroup, CreateTenant, DeleteGroup, Login, PlatformRootGroup, Viewer } from '../helpers/documents';
import { AuditEvents } from '../helpers/security.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { GetTicket } from '../helpers/tickets.documents';
import { login } from '../helpers/world';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const PASSWORD = 'demo-password-for-tests';

async function canopy(dbPath: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'src/cli/main.ts'), ...args],
    { cwd: ROOT, env: { ...process.env, CANOPY_DB: dbPath } },
  );
  return stdout;
}

async function sqlOn<R extends Record<string, unknown>>(url: string, ...statements: string[]): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let rows: R[] = [];
    for (const statement of statements) rows = (await client.query<R>(statement)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

const MovedTenants = graphql(`
  query MovedTenants {
    tenants(first: 10) {
      nodes {
        id
        name
        description
        customerManager
        enabled
        createdAt
        rootGroup {
          id
        }
        servers(first: 20) {
          nodes {
            id
            name
            serverType
            status
            createdAt
            assignedUser {
              id
              name
            }
          }
        }
        volumes(first: 20) {
          nodes {
            id
            name
            attachments {
              device
            }
          }
        }
      }
    }
  }
`);

const MovedGroup = graphql(`
  query MovedGroup($id: ID!) {
    group(id: $id) {
      id
      name
      description
      createdAt
      parent {
        id
      }
      children {
        id
      }
      users {
        nodes {
          id
          name
          description
          enabled
          staffRole
          createdAt
          memberships {
            isAdmin
            group {
              id
            }
          }
        }
      }
    }
  }
`);

/** Arrays of objects with ids sorted by id, at every depth: the views compare as sets where the API promises no order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item === 'object' && item !== null && 'id' in item)
      ? [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)))
      : items;
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, canonical(v)]));
  return value;
}

interface Views {
  tenants: unknown;
  /** Every group of every tree, the platform's too, with its users. */
  groups: unknown[];
  tickets: unknown[];
  audit: { id: string }[];
}

/** What the installation looks like through the API: tenants to users and servers, every ticket with its events, the audit. */
async function views(server: { url: string }, ticketIds: number[]): Promise<Views> {
  const admin = await login(server, 'admin', PASSWORD);
  const telecom = await login(server, 'wang.fang', PASSWORD);
  const tickets = [];
  for (const id of ticketIds) {
    const response = await telecom.request(GetTicket, { id: String(id) });
    tickets.push(response.data?.ticket ?? response.errors?.[0].extensions?.code);
  }
  const audit = [];
  for (let after: string | undefined; ;) {
    const page = (await admin.ok(AuditEvents, { first: 100, after })).auditEvents;
    audit.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? undefined;
  }
  const { tenants } = await admin.ok(MovedTenants);
  const groups = [];
  const roots = [
    (await admin.ok(PlatformRootGroup)).platformRootGroup.id,
    ...tenants.nodes.map((t) => t.rootGroup!.id),
  ];
  for (const queue = [...roots]; queue.length > 0;) {
    const { group } = await admin.ok(MovedGroup, { id: queue.shift()! });
    groups.push(canonical(group));
    queue.push(...group.children.map((c) => c.id).sort());
  }
  return { tenants: canonical(tenants), groups, tickets, audit };
}

const sqliteCounts = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return Object.fromEntries(
      tablesInForeignKeyOrder().map((t) => [
        t.name,
        (db.prepare(`select count(*) n from "${t.name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
};

const pgCounts = async (url: string) =>
  Object.fromEntries(
    await Promise.all(
      tablesInForeignKeyOrder().map(async (t) => {
        const [{ n }] = await sqlOn<{ n: number }>(url, `select count(*)::int n from "${t.name}"`);
        return [t.name, n] as const;
      }),
    ),
  );

describe('canopy db copy: a SQLite installation moved into PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-db-copy-'));
  const source = path.join(dir, 'canopy.db');
  const databases: TestLocation[] = [];
  const scratch = async () => {
    const database = await scratchPostgres();
    databases.push(database);
    return database.location;
  };
  let target: string;
  let output: string;
  let before: Views;
  let ticketIds: number[];
  /** The last group id SQLite gave (the group deleted before the copy: no row has it). */
  let groupsGiven: number;
  /** A session opened on SQLite, to be used on PostgreSQL. */
  let oldSession: GqlClient;

  beforeAll(async () => {
    // The seed's flow: tenants, groups, users with passwords, servers assigned, tickets walked
    // through both workflows, and the audit of it all; then a lockout, and a deleted group.
    await canopy(source, 'demo', '--password', PASSWORD);
    const server = await startTestServer({ dbFile: source });
    try {
      const tenantAdmin = await login(server, 'admin#acme', PASSWORD);
      const root = (await tenantAdmin.ok(Viewer)).viewer!.memberships[0].group.id;
      const temporary = (await tenantAdmin.ok(CreateGroup, { input: { parentGroupId: root, name: 'temporary' } }))
        .createGroup.group.id;
      await tenantAdmin.ok(DeleteGroup, { input: { groupId: temporary } });
      const anon = new GqlClient(server.url);
      for (let i = 0; i < 5; i++)
        await anon.request(Login, { input: { identification: 'sam#acme', password: 'not-the-password' } });
      expect(
        (await anon.fail(Login, { input: { identification: 'sam#acme', password: PASSWORD } })).extensions?.code,
      ).toBe('RATE_LIMITED');
      oldSession = await login(server, 'grace#acme', PASSWORD);
      const db = new SQLite(source, { readonly: true });
      ticketIds = (db.prepare('select id from tickets order by id').all() as { id: number }[]).map((t) => t.id);
      groupsGiven = (db.prepare("select seq from sqlite_sequence where name = 'groups'").get() as { seq: number }).seq;
      db.close();
      before = await views(server, ticketIds);
    } finally {
      await server.close();
    }
    target = await scratch();
    output = await canopy(source, 'db', 'copy', '--to', target);
  }, 180_000);

  afterAll(async () => {
    for (const database of databases) await database.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names every table the migrations make, on either backend, in its one list', async () => {
    const listed = Object.values(CANOPY_TABLES)
      .map((t) => getTableConfig(t).name)
      .sort();
    const db = new SQLite(source, { readonly: true });
    const inSqlite = (
      db
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'",
        )
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .sort();
    db.close();
    const inPostgres = (
      await sqlOn<{ name: string }>(
        target,
        "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
      )
    ).map((t) => t.name);
    expect(inSqlite).toEqual(listed);
    expect([...inPostgres].sort()).toEqual(listed);
  });

  it('prints the rows copied per table, every table, in foreign-key order, as many as SQLite holds', async () => {
    const printed = [...output.matchAll(/^ {2}(\w+) +(\d+)$/gm)].map(([, name, rows]) => [name, Number(rows)]);
    const order = tablesInForeignKeyOrder().map((t) => t.name);
    expect(printed.map(([name]) => name)).toEqual(order);
    const counts = sqliteCounts(source);
    expect(Object.fromEntries(printed)).toEqual(counts);
    expect(await pgCounts(target)).toEqual(counts);
    // Real content, not empty tables.
    for (const table of [
      'tenants',
      'groups',
      'users',
      'sessions',
      'servers',
      'tickets',
      'ticket_events',
      'audit_events',
    ])
      expect(counts[table]).toBeGreaterThan(0);
    expect(counts.login_failures).toBeGreaterThan(0);
    expect(order.indexOf('tenants')).toBeLessThan(order.indexOf('groups'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('sessions'));
    expect(order.indexOf('tickets')).toBeLessThan(order.indexOf('ticket_events'));
  });

  it('has every row of every table on PostgreSQL as on SQLite, value for value, as drizzle reads each side', async () => {
    const sqlite = new SQLite(source, { readonly: true });
    const client = new Client({ connectionString: target });
    await client.connect();
    try {
      const from = sqliteDrizzle(sqlite);
      const to = pgDrizzle(client);
      for (const [key, table] of Object.entries(CANOPY_TABLES) as [string, SQLiteTable][]) {
        const keys = Object.keys(getTableColumns(table));
        const order = (rows: Record<string, unknown>[]) =>
          rows.sort((a, b) =>
            JSON.stringify(keys.map((k) => a[k])).localeCompare(JSON.stringify(keys.map((k) => b[k]))),
          );
        const sqliteRows = order(await from.select().from(table));
        const pgTable = pgTables({ [key]: table })[key];
        const pgRows = order(await to.select().from(pgTable as never));
        expect({ table: key, rows: pgRows }).toEqual({ table: key, rows: sqliteRows });
      }
      // And in PostgreSQL's own types: booleans, timestamps to the millisecond, JSON.
      const [tenant] = await sqlOn<{ enabled: boolean; at: string }>(
        target,
        "select enabled, (extract(epoch from created_at) * 1000)::bigint::text as at from tenants where name = 'acme'",
      );
      const acme = sqlite.prepare("select enabled, created_at from tenants where name = 'acme'").get() as {
        enabled: number;
        created_at: number;
      };
      expect(tenant).toEqual({ enabled: acme.enabled === 1, at: String(acme.created_at) });
      const [json] = await sqlOn<{ kind: string }>(
        target,
        'select jsonb_typeof(security_groups) kind from sim_servers limit 1',
      );
      expect(json.kind).toBe('array');
    } finally {
      sqlite.close();
      await client.end();
    }
  });

  it('starts each id sequence past every id SQLite gave, a deleted last row included', async () => {
    const sqlite = new SQLite(source, { readonly: true });
    const given = new Map(
      (sqlite.prepare('select name, seq from sqlite_sequence').all() as { name: string; seq: number }[]).map((s) => [
        s.name,
        s.seq,
      ]),
    );
    const maxGroup = (sqlite.prepare('select max(id) n from groups').get() as { n: number }).n;
    sqlite.close();
    expect(given.get('groups')).toBeGreaterThan(maxGroup);
    const identities = await sqlOn<{ table_name: string; column_name: string }>(
      target,
      "select table_name, column_name from information_schema.columns where table_schema = 'public' and is_identity = 'YES'",
    );
    expect(identities.length).toBeGreaterThan(0);
    for (const { table_name: table, column_name: column } of identities) {
      const [{ seq }] = await sqlOn<{ seq: string }>(
        target,
        `select pg_get_serial_sequence('"${table}"', '${column}') seq`,
      );
      const [state] = await sqlOn<{ last_value: string; is_called: boolean }>(
        target,
        `select last_value, is_called from ${seq}`,
      );
      expect({ table, next: Number(state.last_value), called: state.is_called }).toEqual({
        table,
        next: (given.get(table) ?? 0) + 1,
        called: false,
      });
    }
  });

  it('refuses a database that already holds Canopy data, and leaves it as it was', async () => {
    const counts = await pgCounts(target);
    await expect(canopy(source, 'db', 'copy', '--to', target)).rejects.toThrow(/already holds Canopy data/);
    expect(await pgCounts(target)).toEqual(counts);
  });

  it('copies in one transaction: a failure part way leaves the target empty, ready for another try', async () => {
    const url = await scratch();
    await canopy(url, 'migrate');
    await sqlOn(
      url,
      `create function refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      'create trigger refuse before insert on audit_events for each statement execute function refuse()',
    );
    const failure = await canopy(source, 'db', 'copy', '--to', url).then(
      () => 'copied',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/canopy: audit_events: refused by the test; nothing was copied/);
    // The statement's parameters are the rows themselves: never printed.
    expect(failure).not.toMatch(/params|insert into/);
    expect(Object.values(await pgCounts(url)).every((n) => n === 0)).toBe(true);
    await sqlOn(url, 'drop trigger refuse on audit_events');
    expect(await canopy(source, 'db', 'copy', '--to', url)).toMatch(/^Copied /);
  });

  it('refuses a source that is not a Canopy SQLite file, and a target that is not a postgres:// URL', async () => {
    const url = await scratch();
    await expect(canopy(url, 'db', 'copy', '--to', url)).rejects.toThrow(/CANOPY_DB must name the SQLite file/);
    await expect(canopy(source, 'db', 'copy', '--to', path.join(dir, 'other.db'))).rejects.toThrow(
      /--to must be a postgres:\/\/ URL/,
    );
    await expect(canopy(path.join(dir, 'missing.db'), 'db', 'copy', '--to', url)).rejects.toThrow(/No database at/);
    const foreign = path.join(dir, 'foreign.db');
    new SQLite(foreign).exec('create table notes (body text)');
    await expect(canopy(foreign, 'db', 'copy', '--to', url)).rejects.toThrow(/is not a Canopy database/);
  });

  // The proof of the move: a Canopy on the PostgreSQL copy serves what the one on SQLite did.
  describe('a Canopy started on the copy', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ dbFile: target });
    }, 60_000);
    afterAll(() => server?.close());

    it('serves the same installation: the same passwords, tenants, groups, users, server assignments, tickets with their events, audit', async () => {
      const after = await views(server, ticketIds);
      expect(after.tenants).toEqual(before.tenants);
      expect(after.groups).toEqual(before.groups);
      expect(after.tickets).toEqual(before.tickets);
      // Reading the views logged in again, which added audit records of its own.
      const copied = new Set(before.audit.map((e) => e.id));
      expect(after.audit.filter((e) => copied.has(e.id))).toEqual(before.audit);
      for (const name of ['admin#globex', 'chen.jie', 'grace#acme'])
        expect((await (await login(server, name, PASSWORD)).ok(Viewer)).viewer?.name).toBe(name.split('#')[0]);
    });

    it('keeps the sessions and the lockouts: an old token still works, a locked account stays locked', async () => {
      expect((await new GqlClient(server.url, oldSession.token).ok(Viewer)).viewer?.name).toBe('grace');
      const anon = new GqlClient(server.url);
      expect(
        (await anon.fail(Login, { input: { identification: 'sam#acme', password: PASSWORD } })).extensions?.code,
      ).toBe('RATE_LIMITED');
    });

    it('gives new rows new ids, past every id SQLite gave', async () => {
      const admin = await login(server, 'admin', PASSWORD);
      const { createTenant } = await admin.ok(CreateTenant, {
        input: { name: 'after-the-move', adminPassword: PASSWORD },
      });
      expect(Number(createTenant.tenant.id)).toBe(4);
      const root = (await admin.ok(PlatformRootGroup)).platformRootGroup.id;
      const group = (await admin.ok(CreateGroup, { input: { parentGroupId: root, name: 'new-after-the-move' } }))
        .createGroup.group.id;
      // The new tenant's root group took the id after it, this group the next.
      expect(Number(group)).toBe(groupsGiven + 2);
    });
  });
});
