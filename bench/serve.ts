/** A Canopy server for benchmarks, configured by the environment; prints {"url":…} when ready. */
import '../src/production-mode';
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { startCanopy } from '../src/http/server';
import { createLogger } from '../src/observability/logger';

startCanopy(loadConfig(), { logger: createLogger('silent'), announce: () => undefined }).then(
  (canopy) => {
    process.stdout.write(`${JSON.stringify({ url: canopy.url })}\n`);
    process.once('SIGTERM', () => void canopy.close().then(() => process.exit(0)));
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
