import './production-mode';
import 'reflect-metadata';
import { loadConfig } from './config';
import { redactUrl } from './db/client';
import { startCanopy } from './http/server';
import { createLogger } from './observability/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(process.env.CANOPY_LOG_LEVEL || 'info');
  const canopy = await startCanopy(config, { logger });
  logger.info(
    {
      url: `${canopy.url}/graphql`,
      explorer: config.graphiql ? `${canopy.url}/graphiql` : null,
      cloud: config.cloud,
      // A postgres:// URL may carry the password: never into the log.
      database: redactUrl(config.dbPath),
    },
    'Canopy is serving',
  );
  const stop = () => {
    canopy.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Canopy failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
