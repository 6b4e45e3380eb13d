import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { CloudDriver } from '../../src/cloud/driver';
import { Canopy, startCanopy } from '../../src/http/server';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { createLogger, Logger } from '../../src/observability/logger';
import { Clock } from '../../src/time/clock';
import { removeProjects } from './cleanup';
import { freshLocation } from './database';
import { ON_OPENSTACK } from './target';

export interface TestServer {
  url: string;
  adminPassword: string;
  canopy: Canopy;
  /** The simulated cloud behind the server, for fault injection (sim-only tests; throws on OpenStack). */
  sim: SimDriver;
  /** The cloud driver behind the server, whichever it is. */
  cloud: CloudDriver;
  /** The database: a SQLite file, or a postgres:// URL under `npm run test:pg`. */
  dbFile: string;
  close(): Promise<void>;
}

/**
 * A real Canopy on loopback (random port) over a fresh database (SQLite file, or PostgreSQL under
 * `npm run test:pg`) and the cloud under test: the
 * simulated cloud, or with CANOPY_TEST_CLOUD=openstack the OpenStack of OS_CLOUD, where each
 * server's projects get a unique name prefix and are removed, with what is in them, on close.
 * `clock` is shared by the simulated cloud and sessions, so a test moves time for both. `cloud`
 * puts a driver of the test's own in front (e.g. the OpenStack driver against a fake cloud).
 */
export async function startTestServer(
  opts: {
    adminPassword?: string;
    env?: Record<string, string>;
    dbFile?: string;
    logger?: Logger;
    clock?: Clock;
    cloud?: () => CloudDriver;
  } = {},
): Promise<TestServer> {
  const fresh = opts.dbFile ? undefined : await freshLocation();
  const dbFile = opts.dbFile ?? fresh!.location;
  const adminPassword = opts.adminPassword ?? 'admin-password-for-tests';
  const cloudEnv = ON_OPENSTACK
    ? { ...process.env, CANOPY_CLOUD: 'openstack', CANOPY_OS_PROJECT_PREFIX: `ct-${randomBytes(3).toString('hex')}-` }
    : {};
  const config = loadConfig({
    ...cloudEnv,
    CANOPY_PORT: '0',
    CANOPY_HOST: '127.0.0.1',
    CANOPY_DB: dbFile,
    CANOPY_ADMIN_PASSWORD: adminPassword,
    CANOPY_SIM_BUILD_DELAY_MS: '0',
    // The OpenStack poller's requests go through the same HTTP counter the pinned counts read: it
    // waits a day unless a test asks for it (test/openstack/live.test.ts sets its own interval).
    CANOPY_LIVE_POLL_MS: String(24 * 3_600_000),
    ...opts.env,
  });
  let sim: SimDriver | undefined;
  // A server that fails to start still leaves its database behind to drop.
  const canopy = await startCanopy(config, {
    logger: opts.logger ?? createLogger('silent'),
    announce: () => undefined,
    clock: opts.clock,
    cloud:
      opts.cloud ??
      (ON_OPENSTACK
        ? undefined
        : (db) =>
            (sim = new SimDriver(db.db, {
              latencyMs: config.simLatencyMs,
              buildDelayMs: config.simBuildDelayMs,
              capacity: config.simCapacity,
              consoleBases: config.simConsoleBases,
              clock: opts.clock,
            }))),
  }).catch(async (error: unknown) => {
    await fresh?.remove();
    throw error;
  });
  const cloud = canopy.deps.cloud;
  return {
    url: canopy.url,
    adminPassword,
    canopy,
    get sim(): SimDriver {
      if (!sim) throw new Error('This test needs the simulated cloud (server.sim); mark it describeSim/itSim');
      return sim;
    },
    cloud,
    dbFile,
    async close() {
      const projects =
        ON_OPENSTACK && !opts.dbFile && !opts.cloud
          ? (await canopy.deps.identityRepo.listTenants()).map((t) => t.projectId)
          : [];
      await canopy.close();
      await removeProjects(cloud, projects);
      await fresh?.remove();
    },
  };
}
