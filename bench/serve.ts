/**
 * A Canopy server for benchmarks, configured by the environment; prints {"url":…} when ready.
 * Started with an IPC channel (startChild's `ipc`), it answers the message "stats" with its
 * OpenStack driver's HTTP request count, which the devcloud bench reads around each page.
 */
import '../src/production-mode';
import 'reflect-metadata';
import { OpenStackDriver } from '../src/cloud/openstack/driver';
import { loadConfig } from '../src/config';
import { startCanopy } from '../src/http/server';
import { createLogger } from '../src/observability/logger';

startCanopy(loadConfig(), { logger: createLogger('silent'), announce: () => undefined }).then(
  (canopy) => {
    process.stdout.write(`${JSON.stringify({ url: canopy.url })}\n`);
    process.once('SIGTERM', () => void canopy.close().then(() => process.exit(0)));
    const { cloud } = canopy.deps;
    process.on('message', (message) => {
      if (message === 'stats' && cloud instanceof OpenStackDriver) process.send?.(cloud.stats);
    });
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
