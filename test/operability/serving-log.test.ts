import { spawn } from 'node:child_process';
import { scratchPostgres, TestLocation } from '../helpers/database';

/**
 * The line Canopy logs when it starts names its database; a postgres:// URL may carry the
 * password (trust auth on this machine ignores it), which must not reach the log.
 */
describe('the serving log line', () => {
  let scratch: TestLocation;
  beforeAll(async () => {
    scratch = await scratchPostgres();
  });
  afterAll(() => scratch.remove());

  it('names a PostgreSQL database without its password', async () => {
    const url = new URL(scratch.location);
    url.password = 'never-log-this-secret';
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      env: { ...process.env, CANOPY_DB: url.toString(), CANOPY_PORT: '0', CANOPY_ADMIN_PASSWORD: 'log-test-admin' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const serving = seen.split('\n').find((l) => l.includes('Canopy is serving'));
          if (serving) resolve(serving);
        });
        child.once('exit', (code) => reject(new Error(`Canopy exited (${code}) before serving:\n${seen}`)));
      });
      expect(line).toContain(':***@');
      expect(line).not.toContain('never-log-this-secret');
    } finally {
      child.kill();
    }
  });
});
