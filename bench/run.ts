/**
 * `npm run bench`: runs every scenario, prints one report and writes it to docs/PERFORMANCE.md.
 * `npm run bench -- --smoke`: tiny sizes and durations, only to prove the suite still works (CI).
 * `npm run bench -- --only=servers,durability`: just those scenarios (while working on one; no report written).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { durability } from './scenarios/durability';
import { loginLoad } from './scenarios/login';
import { operator, operatorTable } from './scenarios/operator';
import { serversPage } from './scenarios/servers';
import { throughput } from './scenarios/throughput';

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const runs = (name: string) => !only || only.includes(name);
  const seconds = smoke ? 1 : 10;
  // Other work on the machine skews every figure: the report says how busy it was.
  const loadAtStart = os.loadavg()[0];
  const sections: string[] = [];
  const say = (title: string, body: string) => {
    const text = `### ${title}\n\n${body}\n`;
    sections.push(text);
    process.stdout.write(`\n${text}`);
  };

  if (runs('servers')) {
    const servers = await serversPage(smoke ? [10, 100] : [10, 100, 1000, 5000], 20, smoke ? 1000 : 10_000);
    say(
      'The servers page of one tenant (target: cloud calls constant; p50 < 150 ms at 20 ms per call and 1,000 servers)',
      servers.markdown,
    );
  }

  if (runs('throughput')) {
    const tp = await throughput(seconds);
    say('Throughput of a small authenticated query, against a bare Apollo Server (target ratio ≥ 0.5)', tp.markdown);
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
    const small = await operator(
      'small',
      { tenants: 10, users: 100, groups: 24, depth: 8, tickets: 100 },
      smoke ? 50 : 2000,
    );
    const large = smoke
      ? await operator('smoke', { tenants: 200, users: 2000, groups: 400, depth: 8, tickets: 5000 }, 50)
      : await operator('large', { tenants: 10_000, users: 100_000, groups: 20_000, depth: 8, tickets: 200_000 }, 2000);
    say(
      'A large operator: group-admin check, ticket lists, database size, start time (target p95 < 20 ms each, flat in size)',
      operatorTable([small, large]),
    );
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const load = `Load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`;
  const report = `## Results (${smoke ? 'smoke run' : 'full run'}, ${new Date().toISOString().slice(0, 10)})\n\nMachine: ${machine}. ${load}.\n\n${sections.join('\n')}`;
  if (!smoke && !only) writeReport(report);
}

/** Replaces the generated part of docs/PERFORMANCE.md, keeping the hand-written part above it. */
function writeReport(report: string): void {
  const file = path.join(__dirname, '..', 'docs', 'PERFORMANCE.md');
  const marker = '<!-- bench results below are written by `npm run bench` -->';
  const head = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(marker)[0] : '# Performance\n\n';
  fs.writeFileSync(file, `${head}${marker}\n\n${report}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
