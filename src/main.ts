import 'reflect-metadata';
import { loadConfig } from './config';
import { startCanopy } from './http/server';

async function main(): Promise<void> {
  const config = loadConfig();
  const canopy = await startCanopy(config);
  console.log(`Canopy is serving ${canopy.url}/graphql (explorer: ${canopy.url}/graphiql), cloud: ${config.cloud}, database: ${config.dbPath}`);
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
