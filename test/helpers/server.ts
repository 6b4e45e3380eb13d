import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Canopy, startCanopy } from '../../src/http/server';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { createLogger, Logger } from '../../src/observability/logger';

export interface TestServer {
  url: string;
  adminPassword: string;
  canopy: Canopy;
  /** The simulated cloud behind the server, for fault injection. */
  sim: SimDriver;
  dbFile: string;
  close(): Promise<void>;
}

/** A real Canopy on loopback (random port) over a fresh SQLite file and the simulated cloud. */
export async function startTestServer(opts: { adminPassword?: string; env?: Record<string, string>; dbFile?: string; logger?: Logger } = {}): Promise<TestServer> {
  const dir = opts.dbFile ? path.dirname(opts.dbFile) : fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-test-'));
  const dbFile = opts.dbFile ?? path.join(dir, 'canopy.db');
  const adminPassword = opts.adminPassword ?? 'admin-password-for-tests';
  const config = loadConfig({ CANOPY_PORT: '0', CANOPY_HOST: '127.0.0.1', CANOPY_DB: dbFile, CANOPY_ADMIN_PASSWORD: adminPassword, CANOPY_SIM_BUILD_DELAY_MS: '0', ...opts.env });
  let sim: SimDriver | undefined;
  const canopy = await startCanopy(config, {
    logger: opts.logger ?? createLogger('silent'),
    announce: () => undefined,
    cloud: (db) => (sim = new SimDriver(db.db, { latencyMs: config.simLatencyMs, buildDelayMs: config.simBuildDelayMs })),
  });
  return {
    url: canopy.url,
    adminPassword,
    canopy,
    sim: sim as SimDriver,
    dbFile,
    async close() {
      await canopy.close();
      if (!opts.dbFile) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
