import { ChildProcess, spawn } from 'node:child_process';
import { Client } from 'pg';
export { redactUrl } from '../db/client';

/**
 * How PostgreSQL's own tools (pg_dump, pg_restore, psql) reach the database of a postgres:// URL
 * without its password showing in `ps`: `--dbname` gets the URL with the password taken out, and
 * the password travels in the child's environment (PGPASSWORD), which other users cannot read.
 * libpq itself parses the rest of the URL (host, port, user, sslmode and the other parameters),
 * so it means what it means to node-postgres. No password in the URL: the tools find one where
 * libpq looks (PGPASSWORD already set, ~/.pgpass), and never prompt (--no-password).
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  let password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  const inQuery = parsed.searchParams.get('password');
  if (inQuery !== null) {
    password = inQuery;
    parsed.searchParams.delete('password');
  }
  return {
    dbname: parsed.toString(),
    env: password === undefined ? process.env : { ...process.env, PGPASSWORD: password },
  };
}

/** Starts one of PostgreSQL's client tools, found on PATH. */
export function startTool(tool: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(tool, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Resolves when `child` ends: its exit code (null when killed), and what it wrote on stderr. */
export function finished(tool: string, child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${tool} not found on PATH: install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client) of the server's major version or newer`,
            )
          : error,
      ),
    );
    child.on('close', (code) => resolve({ code, stderr: stderr.trim() }));
  });
}

/** Runs a tool to its end; its stdout, or an error with its stderr when it fails. */
export async function runTool(tool: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const child = startTool(tool, args, env);
  child.stdin?.end();
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const { code, stderr } = await finished(tool, child);
  if (code !== 0) throw new Error(stderr || `${tool} failed (exit code ${String(code)})`);
  return stdout;
}

/** Runs `work` on a connection of its own to the database at `url`, closed after. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
