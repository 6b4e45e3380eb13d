import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.join(__dirname, '..', '..');

export interface Child {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the ready line. */
  startMs: number;
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms: unlike latency, not inflated by a busy machine. */
  cpuMs(): number;
  stop(): Promise<void>;
  /** Sends `message` over the IPC channel (started with `ipc`) and resolves with the child's next message. */
  ask<T>(message: string): Promise<T>;
}

/** CPU time a process has used so far (user + system), in ms; undefined once it is gone. */
export function cpuMsOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // /proc/<pid>/stat: utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Runs a bench entry (bench/serve.ts or bench/bare.ts) in its own process, so its memory is its
 * own and the load generator does not share its event loop; waits for its `{"url":…}` line.
 */
export async function startChild(entry: string, env: Record<string, string>, ipc = false): Promise<Child> {
  const started = Date.now();
  // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there when it stops (docs/PERFORMANCE.md).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '-r', '@swc-node/register', path.join(ROOT, 'bench', entry)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ipc ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready`)));
  });
  return {
    url,
    pid: child.pid!,
    startMs: Date.now() - started,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    cpuMs: () => cpuMsOf(child.pid!) ?? NaN,
    ask: <T>(message: string) =>
      new Promise<T>((resolve, reject) => {
        if (!child.send) return reject(new Error(`${entry} was started without an IPC channel`));
        child.once('message', (answer) => resolve(answer as T));
        child.send(message);
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
