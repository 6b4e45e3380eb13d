import fs from 'node:fs';
import path from 'node:path';
import { finished, libpqConnection, redactUrl, runTool, startTool, withClient } from './libpq';
import { tablesInForeignKeyOrder } from './tables';

/** What every Canopy database holds: drizzle's record of the migrations applied, in its own schema. */
const MIGRATIONS_TABLE = /^\d+; \d+ \d+ TABLE drizzle __drizzle_migrations /m;
const SQLITE_HEADER = 'SQLite format 3\0';

/** Whether the file's first bytes are `header`. */
export function fileStartsWith(file: string, header: string): boolean {
  const head = Buffer.alloc(header.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === header;
}

async function assertCanopyDatabase(url: string): Promise<void> {
  const found = await withClient(url, async (client) => {
    const { rows } = await client.query<{ found: boolean }>(
      "select to_regclass('drizzle.__drizzle_migrations') is not null as found",
    );
    return rows[0].found;
  });
  if (!found) throw new Error(`No Canopy database at ${redactUrl(url)} (it has no migrations)`);
}

/**
 * pg_dump's custom format (-Fc: compressed, restored by pg_restore), taken in one snapshot, so it
 * is consistent while the server runs.
 */
export async function backupPostgres(url: string, target: string): Promise<string> {
  if (fs.existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  await assertCanopyDatabase(url);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const { dbname, env } = libpqConnection(url);
  try {
    await runTool('pg_dump', ['--format=custom', '--no-password', `--file=${target}`, `--dbname=${dbname}`], env);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return `Backed up ${redactUrl(url)} to ${target} (${fs.statSync(target).size} bytes, pg_dump custom format)`;
}

/** Refuses anything but a pg_dump archive of a Canopy database, with a word on what it is instead. */
async function assertCanopyBackup(backup: string): Promise<void> {
  if (!fs.existsSync(backup)) throw new Error(`No backup at ${backup}`);
  if (fileStartsWith(backup, SQLITE_HEADER))
    throw new Error(
      `${backup} is a SQLite database, not a Canopy backup for PostgreSQL: restore it into a SQLite file, then move that with canopy db copy`,
    );
  let contents: string;
  try {
    contents = await runTool('pg_restore', ['--list', backup]);
  } catch (error) {
    throw new Error(`${backup} is not a Canopy backup: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!MIGRATIONS_TABLE.test(contents))
    throw new Error(
      `${backup} is not a Canopy backup: a pg_dump archive, but of a database without Canopy's migrations`,
    );
}

/**
 * Replaces the content of the database at `url` with a backup, in one transaction: Canopy's tables
 * (those of this version, and those of the backup) and drizzle's migrations are dropped, then the
 * backup's are created and filled. pg_restore only writes the SQL (no connection of its own);
 * psql runs it. The caller migrates after.
 */
export async function restorePostgres(backup: string, url: string): Promise<void> {
  await assertCanopyBackup(backup);
  const others = await withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    return rows[0].n;
  });
  if (others > 0)
    throw new Error(
      `${redactUrl(url)} has ${others} other connection${others === 1 ? '' : 's'}: stop Canopy (every replica) before restoring`,
    );
  const { dbname, env } = libpqConnection(url);
  const dump = startTool('pg_restore', ['--file=-', '--clean', '--if-exists', '--no-owner', '--no-privileges', backup]);
  const psql = startTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--no-password', '--file=-', `--dbname=${dbname}`],
    env,
  );
  dump.stdin?.end();
  const dumped = finished('pg_restore', dump);
  const ran = finished('psql', psql);
  // psql stopping at an error closes its input; what pg_restore still writes has nowhere to go.
  psql.stdin?.on('error', () => undefined);
  psql.on('close', (code) => code !== 0 && dump.kill());
  const tables = tablesInForeignKeyOrder()
    .map((t) => `public."${t.name}"`)
    .join(', ');
  // The transaction is opened here and committed only once pg_restore has written the whole backup:
  // a backup cut short ends psql's input without a COMMIT, and PostgreSQL rolls it all back.
  psql.stdin?.write(
    `BEGIN;\nSET LOCAL client_min_messages = warning;\nDROP SCHEMA IF EXISTS drizzle CASCADE;\nDROP TABLE IF EXISTS ${tables} CASCADE;\n`,
  );
  dump.stdout?.pipe(psql.stdin!, { end: false });
  const restored = await dumped.catch((error: unknown) => {
    psql.kill();
    throw error;
  });
  if (restored.code === 0) psql.stdin?.end('COMMIT;\n');
  else psql.kill();
  const applied = await ran;
  if (applied.code !== 0)
    throw new Error(
      `Restoring ${backup} failed; ${redactUrl(url)} is unchanged: ${applied.stderr || restored.stderr || `psql exit code ${String(applied.code)}`}`,
    );
  if (restored.code !== 0)
    throw new Error(`Restoring ${backup} failed; ${redactUrl(url)} is unchanged: ${restored.stderr}`);
}
