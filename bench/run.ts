/**
 * `npm run bench`: runs every scenario, prints one report and writes it to docs/PERFORMANCE.md.
 * `npm run bench -- --smoke`: tiny sizes and durations, only to prove the suite still works (CI).
 * `npm run bench -- --only=servers,durability` (or live, pages): just those scenarios (while working on one; no report written).
 * `npm run bench -- --db=sqlite` (or postgres): the scenarios that run on either backend (servers,
 * pages, operator) on that one only, replicas (PostgreSQL's, beside one SQLite replica) only with
 * PostgreSQL; the default is both, and only then is the report written. PostgreSQL is the server
 * at CANOPY_BENCH_PG (default this machine's loopback, as the tests'); each scenario makes a
 * database of its own there and drops it.
 * `npm run bench -- --cloud openstack`: only the servers page on the devcloud beside bare Nova and
 * Skyline (bench/scenarios/openstack-servers.ts; needs `npm run devcloud -- up` and `-- skyline-up`),
 * at 10, 100 and 500 servers (`--sizes=10,100` for fewer); prints its tables, writes no report.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend, BACKEND_NAMES, checkPostgres, dropLeftovers, SetupError } from './lib/backend';
import { durability } from './scenarios/durability';
import { liveFanOut } from './scenarios/live';
import { loginLoad } from './scenarios/login';
import { operator, OperatorResult, operatorTable } from './scenarios/operator';
import { deepPages, PagesRow, pagesTable } from './scenarios/pages';
import { replicaThroughput } from './scenarios/replicas';
import { devcloudTables, openstackServersPage } from './scenarios/openstack-servers';
import { serversPage, ServersRow, serversTable } from './scenarios/servers';
import { throughput } from './scenarios/throughput';

/** `--name value` or `--name=value`. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0) return process.argv[at + 1];
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function onDevcloud(): Promise<void> {
  const sizes = (option('sizes') ?? '10,100,500').split(',').map(Number);
  const loadAtStart = os.loadavg()[0];
  const started = Date.now();
  const rows = await openstackServersPage(sizes, {
    minRounds: 10,
    maxRounds: 40,
    budgetMs: 120_000,
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
  });
  const load = `load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`;
  process.stdout.write(
    `\n### The servers page on the devcloud, beside bare Nova and Skyline (${new Date().toISOString().slice(0, 16)}Z, ${((Date.now() - started) / 60_000).toFixed(1)} min, ${load})\n\n${devcloudTables(rows)}\n`,
  );
}

async function main(): Promise<void> {
  const cloud = option('cloud');
  if (cloud !== undefined && cloud !== 'sim') {
    if (cloud !== 'openstack') throw new SetupError(`--cloud is sim or openstack, not "${cloud}"`);
    return onDevcloud();
  }
  const smoke = process.argv.includes('--smoke');
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const runs = (name: string) => !only || only.includes(name);
  const db = process.argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length) ?? 'both';
  if (db !== 'sqlite' && db !== 'postgres' && db !== 'both')
    throw new SetupError(`--db is sqlite, postgres or both, not "${db}"`);
  const backends: Backend[] = db === 'both' ? ['sqlite', 'postgres'] : [db];
  if (only?.includes('replicas') && !backends.includes('postgres'))
    throw new SetupError('replicas runs on PostgreSQL: not with --db=sqlite');
  const onPostgres = backends.includes('postgres') && ['servers', 'pages', 'replicas', 'operator'].some(runs);
  // Before any scenario: a bench that cannot reach PostgreSQL says so and fails, rather than half-running.
  if (onPostgres) await checkPostgres();
  const seconds = smoke ? 1 : 10;
  // Other work on the machine skews every figure: the report says how busy it was.
  const loadAtStart = os.loadavg()[0];
  const sections: string[] = [];
  const say = (title: string, body: string) => {
    const text = `### ${title}\n\n${body}\n`;
    sections.push(text);
    process.stdout.write(`\n${text}`);
  };

  try {
    if (runs('servers')) {
      const rows: ServersRow[] = [];
      for (const backend of backends)
        rows.push(
          ...(await serversPage(backend, smoke ? [10, 100] : [10, 100, 1000, 5000], 20, smoke ? 1000 : 10_000)),
        );
      say(
        `The servers page of one tenant, on ${backends.map((b) => BACKEND_NAMES[b]).join(' and ')} (target: cloud calls constant; p50 < 150 ms at 20 ms per call and 1,000 servers)`,
        serversTable(rows),
      );
    }

    if (runs('pages')) {
      const rows: PagesRow[] = [];
      // The deep page starts after four fifths of the tenant: after 40,000 of 50,000.
      const depth = (size: number) => (size * 4) / 5;
      const sizes = smoke ? [100, 1000] : [5000, 50_000];
      for (const backend of backends) rows.push(...(await deepPages(backend, sizes, depth, 20, smoke ? 300 : 5000)));
      say(
        `Deep pages: 50 servers of a tenant of ${sizes.map((n) => n.toLocaleString('en')).join(' and ')} (sim, seeded in bulk), the first page and the page after four fifths, on ${backends.map((b) => BACKEND_NAMES[b]).join(' and ')} (target: p50 < 60 ms at 20 ms per call at any depth; cloud calls and server memory flat in tenant size)`,
        pagesTable(rows),
      );
    }

    if (runs('throughput')) {
      const tp = await throughput(seconds);
      say('Throughput of a small authenticated query, against a bare Apollo Server (target ratio ≥ 0.5)', tp.markdown);
    }

    if (runs('replicas') && backends.includes('postgres')) {
      const replicas = await replicaThroughput([1, 2, 3], seconds, smoke ? 1 : 3);
      say(
        'The same query on 1, 2 and 3 Canopy replicas of one PostgreSQL database, beside one replica on SQLite (target: one PostgreSQL replica ≥ 0.7 of one SQLite replica)',
        replicas.markdown,
      );
    }

    if (runs('live')) {
      const live = await liveFanOut(smoke ? 10 : 1000, smoke ? 2 : 10);
      say(
        'Live updates: one server command fanned out to every serverChanged subscriber of one tenant (SQLite), from sending the mutation to each receipt',
        live.markdown,
      );
    }

    if (runs('login')) {
      const login = await loginLoad(seconds);
      say('Logins at full rate, and other queries meanwhile (target p99 < 50 ms)', login.markdown);
    }

    if (runs('durability')) {
      const writes = await durability(seconds);
      say(
        'What durability costs: one write transaction at full rate, FULL (default) against NORMAL synchronous (no target; docs/OPERATIONS.md)',
        writes.markdown,
      );
    }

    if (runs('operator')) {
      const results: OperatorResult[] = [];
      for (const backend of backends)
        results.push(
          await operator(
            backend,
            'small',
            { tenants: 10, users: 100, groups: 24, depth: 8, tickets: 100 },
            smoke ? 50 : 2000,
          ),
        );
      for (const backend of backends)
        results.push(
          smoke
            ? await operator(backend, 'smoke', { tenants: 200, users: 2000, groups: 400, depth: 8, tickets: 5000 }, 50)
            : await operator(
                backend,
                'large',
                { tenants: 10_000, users: 100_000, groups: 20_000, depth: 8, tickets: 200_000 },
                2000,
              ),
        );
      say(
        'A large operator: group-admin check, ticket lists, database size, start time (target p95 < 20 ms each, flat in size)',
        operatorTable(results),
      );
    }
  } finally {
    if (onPostgres) await dropLeftovers();
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const load = `Load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`;
  const report = `## Results (${smoke ? 'smoke run' : 'full run'}, ${new Date().toISOString().slice(0, 10)})\n\nMachine: ${machine}. ${load}.\n\n${sections.join('\n')}`;
  if (!smoke && !only && db === 'both') writeReport(report);
}

/** Replaces the generated part of docs/PERFORMANCE.md, keeping the hand-written part above it. */
function writeReport(report: string): void {
  const file = path.join(__dirname, '..', 'docs', 'PERFORMANCE.md');
  const marker = '<!-- bench results below are written by `npm run bench` -->';
  const head = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(marker)[0] : '# Performance\n\n';
  fs.writeFileSync(file, `${head}${marker}\n\n${report}`);
}

main().catch((error: unknown) => {
  const text =
    error instanceof SetupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`bench failed: ${text}\n`);
  process.exit(1);
});
