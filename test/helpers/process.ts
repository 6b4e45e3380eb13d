import { ChildProcess, spawn } from 'node:child_process';

export interface CanopyProcess {
  url: string;
  child: ChildProcess;
  stop(): void;
}

/** Canopy as a real OS process (`node src/main.ts`), on the given database file and environment. */
export async function spawnCanopy(dbFile: string, env: Record<string, string> = {}): Promise<CanopyProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    env: { ...process.env, CANOPY_DB: dbFile, CANOPY_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('Canopy did not log that it was serving within 20 s'));
    }, 20_000);
    // Its structured log line: {"msg":"Canopy is serving","url":"http://127.0.0.1:port/graphql",…}
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /"url":"(http:\/\/[^/"]+)\/graphql"/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Canopy exited (${code})`)));
  });
  return { url, child, stop: () => child.kill() };
}
