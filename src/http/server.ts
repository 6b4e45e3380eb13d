import http from 'node:http';
import { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import { AuditRepo } from '../audit/audit.repo';
import { ensurePlatformAdmin } from '../bootstrap';
import { CloudDriver } from '../cloud/driver';
import { createCloudDriver } from '../cloud';
import { ComputeRepo } from '../compute/compute.repo';
import { Config } from '../config';
import { openDatabase, OpenedDb } from '../db/client';
import { canopySchema } from '../graph/schema';
import { EXPLORER_DIR } from '../paths';
import { LoginLimiter } from '../auth/login-limiter';
import { AuthService } from '../identity/auth.service';
import { IdentityRepo } from '../identity/identity.repo';
import { createLogger, Logger } from '../observability/logger';
import { createMetrics } from '../observability/metrics';
import { StorageRepo } from '../storage/storage.repo';
import { ExecutionRepo } from '../tickets/execution.repo';
import { TicketsRepo } from '../tickets/tickets.repo';
import { Clock, systemClock } from '../time/clock';
import { AppDeps } from './app-deps';
import { createApollo } from './apollo';
import { buildContext, markRequest, proxyTrust } from './context';
import { explorerRouter } from './explorer';
import { graphqlHandler, inProcessGraphql, readBody } from './graphql-handler';
import { healthRouter } from './health';
import { liveServer } from './live';
import { publishCloudChanges } from './cloud-changes';
import { InProcessBus, PostgresBus } from '../live/bus';
import { jsonErrors, notFound } from './json-errors';
import { languageOf } from './language';
import { restApi } from '../rest/handler';
import { openapiDocument } from '../rest/openapi';
import { ROUTES } from '../rest/routes';

export interface Canopy {
  url: string;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Replaces the configured driver (tests pass a SimDriver they can inject faults into). */
  cloud?: (db: OpenedDb) => CloudDriver;
  logger?: Logger;
  /** Where sessions and console expiries read the time (tests pass a ManualClock to move it without waiting). */
  clock?: Clock;
  /** Where the first ADMIN's generated password is shown, once (never into the structured log). */
  announce?: (line: string) => void;
}

/** Opens the database (migrating it), bootstraps the first ADMIN, and serves HTTP. */
export async function startCanopy(config: Config, options: StartOptions = {}): Promise<Canopy> {
  const logger = options.logger ?? createLogger('info');
  const metrics = createMetrics();
  const db = await openDatabase(config.dbPath, {
    onStatement: () => metrics.dbStatements.inc(),
    synchronous: config.dbSynchronous,
    poolSize: config.dbPool,
  });
  const cloud = options.cloud ? options.cloud(db) : createCloudDriver(config, db.db, logger);
  const identityRepo = new IdentityRepo(db.db);
  const loginLimiter = new LoginLimiter(db, config.login);
  const sweeper = setInterval(
    () =>
      void loginLimiter.sweep().catch((error: unknown) => logger.error({ err: error }, 'login failure sweep failed')),
    3_600_000,
  ).unref();
  const clock = options.clock ?? systemClock;
  const auth = new AuthService(
    identityRepo,
    { ttlHours: config.sessionTtlHours, idleMinutes: config.sessionIdleMinutes },
    loginLimiter,
    clock,
  );
  const bus = db.pool
    ? await PostgresBus.open(
        config.dbPath,
        (channel, payload) => db.pool!.query('select pg_notify($1, $2)', [channel, payload]),
        (error) => logger.warn({ err: error }, 'live updates: PostgreSQL LISTEN/NOTIFY failed'),
      )
    : new InProcessBus();
  const deps: AppDeps = {
    config,
    db,
    cloud,
    identityRepo,
    auth,
    logger,
    metrics,
    computeRepo: new ComputeRepo(db.db),
    storageRepo: new StorageRepo(db.db),
    ticketsRepo: new TicketsRepo(db.db),
    executionRepo: new ExecutionRepo(db.db),
    auditRepo: new AuditRepo(db.db),
    bus,
    clock,
  };
  const stopCloudChanges = publishCloudChanges(deps);
  await ensurePlatformAdmin(
    identityRepo,
    config.adminPassword,
    options.announce ?? ((line) => process.stdout.write(`${line}\n`)),
  );

  const schema = await canopySchema();
  const apollo = createApollo(schema, config, logger, metrics);
  await apollo.start();

  // express serves the small routes (health, metrics, the explorer); /graphql goes to Apollo
  // without it, since the hot path is the small query (src/http/graphql-handler.ts).
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRouter(deps));
  if (config.graphiql) app.use(explorerRouter(EXPLORER_DIR));
  app.use(notFound);
  app.use(jsonErrors);
  const trust = proxyTrust(config.trustProxy);
  const context = (req: http.IncomingMessage, res: http.ServerResponse) => buildContext(deps, trust, req, res);
  const unexpected = (error: unknown) => logger.error({ err: error }, 'unexpected error');
  const graphql = graphqlHandler(apollo, { maxBodyBytes: config.limits.maxBodyBytes, context, unexpected });
  // The seed's REST API: each route one GraphQL request through the same Apollo server (docs/REST.md).
  const rest = restApi(ROUTES, {
    execute: inProcessGraphql(apollo, context),
    readBody: (req) => readBody(req, config.limits.maxBodyBytes),
    language: languageOf,
    unexpected,
    openapi: openapiDocument(ROUTES),
  });
  // CORS only when origins are allowed: without it browsers on other origins are refused anyway.
  const allowOrigins =
    config.corsOrigins.length > 0 ? cors({ origin: config.corsOrigins, credentials: true, maxAge: 600 }) : undefined;
  const onGraphql: http.RequestListener = allowOrigins
    ? (req, res) => allowOrigins(req, res, () => graphql(req, res))
    : graphql;
  const onRest: http.RequestListener = allowOrigins
    ? (req, res) => allowOrigins(req, res, () => rest.handle(req, res))
    : (req, res) => rest.handle(req, res);

  const server = http.createServer(
    {
      requestTimeout: config.limits.requestTimeoutMs,
      headersTimeout: Math.min(config.limits.requestTimeoutMs, 60_000),
    },
    (req, res) => {
      const path = (req.url ?? '/').split('?', 1)[0];
      markRequest(req, res);
      if (path === '/graphql' || path === '/graphql/') onGraphql(req, res);
      else if (rest.serves(path)) onRest(req, res);
      else app(req, res);
    },
  );
  // Idle connections stay open 65 s, past the 60 s idle timeout of common proxies and load
  // balancers, so the client closes first. A server that closes first races a client reusing the
  // connection: the request meets a reset (node's default of 5 s did, under load: docs/TESTING.md).
  server.keepAliveTimeout = 65_000;
  const live = liveServer(deps, schema, server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    deps,
    async close() {
      clearInterval(sweeper);
      stopCloudChanges();
      await live.close();
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bus.close();
      await db.close();
    },
  };
}
