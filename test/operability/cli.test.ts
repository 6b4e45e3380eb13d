import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { CANOPY_TABLES } from '../../src/cli/tables';
import { scratchPostgres, TestLocation } from '../helpers/database';
import { GqlClient } from '../helpers/client';
import { GetTenant, Viewer } from '../helpers/documents';
import { startTestServer } from '../helpers/server';
import { createTenant, login } from '../helpers/world';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

// Each test starts the CLI several times (node with SWC compiling the sources), seconds apiece on a
// busy 2-core machine: a ceiling for a hung command, not a speed target.
jest.setTimeout(180_000);

/** Runs the `canopy` CLI from source, as `npm run canopy -- …` does. */
async function canopy(dbPath: string, ...args: string[]): Promise<string> {
  return canopyWith({}, dbPath, ...args);
}

async function canopyWith(env: Record<string, string>, dbPath: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'src/cli/main.ts'), ...args],
    { cwd: ROOT, env: { ...process.env, ...env, CANOPY_DB: dbPath } },
  );
  return stdout;
}

/** Runs SQL statements on the PostgreSQL database at `url`; the rows of the last. */
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

const tenantNames = async (url: string) =>
  (await sqlOn<{ name: string }>(url, 'select name from tenants order by id')).map((t) => t.name);

describe('the canopy CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrate creates and migrates a new database', async () => {
    expect(await canopy(path.join(dir, 'fresh.db'), 'migrate')).toMatch(/migrations applied, schema up to date/);
  });

  it("backs up a running server's database; the backup restored into a new file is served by a restarted server", async () => {
    const live = path.join(dir, 'live.db');
    const first = await startTestServer({ dbFile: live });
    const admin = await login(first, 'admin', first.adminPassword);
    const tenant = await createTenant(admin, first, 'backed-up');
    const backup = path.join(dir, 'backup.db');
    expect(await canopy(live, 'backup', backup)).toMatch(/Backed up/);
    await expect(canopy(live, 'backup', backup)).rejects.toThrow(/exists/);
    await first.close();

    const restored = path.join(dir, 'restored.db');
    expect(await canopy(restored, 'restore', backup)).toMatch(/Restored/);
    const second = await startTestServer({ dbFile: restored });
    try {
      const tenantAdmin = await login(second, 'admin#backed-up');
      expect((await tenantAdmin.ok(GetTenant, { id: tenant.id })).tenant.name).toBe('backed-up');
    } finally {
      await second.close();
    }
  });

  it('restore refuses a file that is not a Canopy database', async () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    await expect(canopy(path.join(dir, 'target.db'), 'restore', junk)).rejects.toThrow();
  });

  it('admin-reset gives a locked-out operator a new password and ends the old sessions', async () => {
    const db = path.join(dir, 'reset.db');
    const server = await startTestServer({ dbFile: db });
    try {
      const before = await login(server, 'admin', server.adminPassword);
      const output = await canopy(db, 'admin-reset');
      const password = /shown only this once: (\S+)/.exec(output)?.[1];
      expect(password).toHaveLength(24);
      expect((await before.ok(Viewer)).viewer).toBeNull();
      expect((await (await login(server, 'admin', password)).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
      expect(await canopy(db, 'admin-reset', '--name', 'rescue', '--password', 'rescue-password-1')).toMatch(
        /Created platform ADMIN "rescue"/,
      );
      expect((await (await login(server, 'rescue', 'rescue-password-1')).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
    } finally {
      await server.close();
    }
  });
});

describe('the canopy CLI on PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-cli-pg-'));
  const databases: TestLocation[] = [];
  const scratch = async () => {
    const database = await scratchPostgres();
    databases.push(database);
    return database.location;
  };
  /** A migrated database with a tenant, a user and a session in it. */
  const filled = async () => {
    const url = await scratch();
    await canopy(url, 'migrate');
    await sqlOn(
      url,
      "insert into tenants (name, project_id) values ('backed-up', 'project-1')",
      "insert into users (tenant_id, name, password_hash, name_scope) values (1, 'ann', 'hash', 1)",
      "insert into sessions (token_hash, user_id, expires_at) values ('token-hash', 1, now() + interval '1 day')",
    );
    return url;
  };
  afterAll(async () => {
    for (const database of databases) await database.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrate migrates an empty database, then finds nothing left to apply', async () => {
    const url = await scratch();
    const journal = JSON.parse(fs.readFileSync(path.join(ROOT, 'drizzle/pg/meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    const applied = `${journal.entries.length} migrations applied, schema up to date`;
    expect(await canopy(url, 'migrate')).toContain(applied);
    expect(await canopy(url, 'migrate')).toContain(applied);
    const tables = await sqlOn<{ n: number }>(
      url,
      "select count(*)::int n from information_schema.tables where table_schema = 'public'",
    );
    expect(tables[0].n).toBe(Object.keys(CANOPY_TABLES).length);
  });

  it('backs up with pg_dump; restore puts the content of the backup back, into the same database or a new one, then migrates', async () => {
    const url = await filled();
    const backup = path.join(dir, 'canopy.dump');
    expect(await canopy(url, 'backup', backup)).toMatch(
      /^Backed up postgres:\/\/\S+ to \S+ \(\d+ bytes, pg_dump custom format\)/,
    );
    await expect(canopy(url, 'backup', backup)).rejects.toThrow(/exists; choose a new file/);
    // What happens after the backup is undone by restoring it.
    await sqlOn(url, "insert into tenants (name, project_id) values ('after', 'project-2')", 'delete from sessions');
    expect(await canopy(url, 'restore', backup)).toMatch(/^Restored .* \d+ migrations applied, schema up to date/);
    expect(await tenantNames(url)).toEqual(['backed-up']);
    expect(await sqlOn(url, 'select token_hash from sessions')).toEqual([{ token_hash: 'token-hash' }]);
    // The id sequences came back with the rows: the next tenant does not collide.
    expect(
      await sqlOn(url, "insert into tenants (name, project_id) values ('next', 'project-3') returning id"),
    ).toEqual([{ id: '2' }]);

    const fresh = await scratch();
    expect(await canopy(fresh, 'restore', backup)).toMatch(/Restored/);
    expect(await tenantNames(fresh)).toEqual(['backed-up']);
  });

  it("backs up a running server's database; the backup restored into a new database is served by a restarted server", async () => {
    const live = await scratch();
    const first = await startTestServer({ dbFile: live });
    const admin = await login(first, 'admin', first.adminPassword);
    const tenant = await createTenant(admin, first, 'backed-up');
    const backup = path.join(dir, 'live.dump');
    try {
      expect(await canopy(live, 'backup', backup)).toMatch(/Backed up/);
    } finally {
      await first.close();
    }
    const restored = await scratch();
    expect(await canopy(restored, 'restore', backup)).toMatch(/Restored/);
    const second = await startTestServer({ dbFile: restored });
    try {
      // The session opened before the backup is in it.
      const again = new GqlClient(second.url, admin.token);
      expect((await again.ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
      const tenantAdmin = await login(second, 'admin#backed-up');
      expect((await tenantAdmin.ok(GetTenant, { id: tenant.id })).tenant.name).toBe('backed-up');
    } finally {
      await second.close();
    }
  });

  it('admin-reset gives a PostgreSQL installation a new ADMIN password and ends the old sessions', async () => {
    const url = await scratch();
    const server = await startTestServer({ dbFile: url });
    try {
      const before = await login(server, 'admin', server.adminPassword);
      const password = /shown only this once: (\S+)/.exec(await canopy(url, 'admin-reset'))?.[1];
      expect(password).toHaveLength(24);
      expect((await before.ok(Viewer)).viewer).toBeNull();
      expect((await (await login(server, 'admin', password)).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
    } finally {
      await server.close();
    }
  });

  it('passes pg_dump, pg_restore and psql the URL without its password, which travels in PGPASSWORD', async () => {
    const url = await filled();
    const shims = path.join(dir, 'shims');
    const log = path.join(dir, 'tools.log');
    fs.mkdirSync(shims);
    for (const tool of ['pg_dump', 'pg_restore', 'psql']) {
      const real = (await run('sh', ['-c', `command -v ${tool}`])).stdout.trim();
      fs.writeFileSync(
        path.join(shims, tool),
        `#!/bin/sh\necho "${tool} $* PGPASSWORD=$PGPASSWORD" >> '${log}'\nexec '${real}' "$@"\n`,
        { mode: 0o755 },
      );
    }
    // This machine's PostgreSQL trusts loopback, so the password is carried but not checked.
    const parsed = new URL(url);
    parsed.password = 's3cret/p@ss';
    const env = { PATH: `${shims}:${process.env.PATH ?? ''}` };
    const backup = path.join(dir, 'with-password.dump');
    expect(await canopyWith(env, parsed.toString(), 'backup', backup)).toContain(':***@');
    expect(await canopyWith(env, parsed.toString(), 'restore', backup)).toMatch(/Restored/);
    const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['pg_dump', 'pg_restore', 'psql']));
    for (const line of calls) {
      const [args, password] = line.split(' PGPASSWORD=');
      expect(args).not.toContain('s3cret');
      // pg_restore only reads the file and writes SQL; the tools that connect get the password.
      if (!args.startsWith('pg_restore')) expect(password).toBe('s3cret/p@ss');
    }
  });

  it('restore refuses what is not a Canopy backup, and a backup cut short changes nothing', async () => {
    const url = await filled();
    const attempt = (file: string) => canopy(url, 'restore', file);
    const junk = path.join(dir, 'junk.dump');
    fs.writeFileSync(junk, 'not a backup at all');
    await expect(attempt(junk)).rejects.toThrow(/is not a Canopy backup/);
    const sqliteFile = path.join(dir, 'sqlite.db');
    await canopy(sqliteFile, 'migrate');
    await expect(attempt(sqliteFile)).rejects.toThrow(/is a SQLite database, not a Canopy backup for PostgreSQL/);
    const other = await scratch();
    const foreign = path.join(dir, 'foreign.dump');
    await sqlOn(other, 'create table notes (body text)');
    await run('pg_dump', ['--format=custom', `--file=${foreign}`, `--dbname=${other}`]);
    await expect(attempt(foreign)).rejects.toThrow(/of a database without Canopy's migrations/);

    const backup = path.join(dir, 'whole.dump');
    await canopy(url, 'backup', backup);
    await sqlOn(url, "insert into tenants (name, project_id) values ('after', 'project-2')");
    // Cut inside the last table's data: pg_restore reads the contents, then fails while writing the SQL.
    const cut = path.join(dir, 'cut.dump');
    const whole = fs.readFileSync(backup);
    fs.writeFileSync(cut, whole.subarray(0, whole.length - 16));
    await expect(attempt(cut)).rejects.toThrow(/failed; .* is unchanged/);
    expect(await tenantNames(url)).toEqual(['backed-up', 'after']);
  });

  it('restore refuses while anything else is connected to the database (a server still running)', async () => {
    const url = await filled();
    const backup = path.join(dir, 'busy.dump');
    await canopy(url, 'backup', backup);
    const server = new Client({ connectionString: url });
    await server.connect();
    try {
      await expect(canopy(url, 'restore', backup)).rejects.toThrow(/has 1 other connection: stop Canopy/);
    } finally {
      await server.end();
    }
  });

  it('a SQLite restore refuses a PostgreSQL backup', async () => {
    const url = await filled();
    const backup = path.join(dir, 'for-sqlite.dump');
    await canopy(url, 'backup', backup);
    await expect(canopy(path.join(dir, 'target.db'), 'restore', backup)).rejects.toThrow(/is a PostgreSQL backup/);
  });
});
