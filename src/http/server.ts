import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import express, { Request, Response } from 'express';
import { ensurePlatformAdmin } from '../bootstrap';
import { CloudDriver } from '../cloud/driver';
import { CloudCallCounter, countingDriver } from '../cloud/counting';
import { createCloudDriver } from '../cloud';
import { Config } from '../config';
import { openDb, OpenedDb } from '../db/client';
import { Context } from '../graphql/context';
import { canopySchema } from '../graphql/schema';
import { EXPLORER_DIR } from '../paths';
import { identityServices } from '../identity';
import { AuthService } from '../identity/auth.service';
import { IdentityRepo } from '../identity/identity.repo';
import { ticketServices } from '../tickets';
import { TicketsRepo } from '../tickets/tickets.repo';
import { createApollo } from './apollo';
import { explorerRouter } from './explorer';

const SESSION_COOKIE = 'canopy_session';

/** What lives as long as the process: the database, the cloud driver, the repositories. */
export interface AppDeps {
  config: Config;
  db: OpenedDb;
  cloud: CloudDriver;
  identityRepo: IdentityRepo;
  auth: AuthService;
  ticketsRepo: TicketsRepo;
}

export interface Canopy {
  url: string;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Replaces the configured driver (tests pass a SimDriver they can inject faults into). */
  cloud?: (db: OpenedDb) => CloudDriver;
  log?: (line: string) => void;
}

/** Opens the database (migrating it), bootstraps the first ADMIN, and serves HTTP. */
export async function startCanopy(config: Config, options: StartOptions = {}): Promise<Canopy> {
  const log = options.log ?? ((line: string) => console.log(line));
  const db = openDb(config.dbPath);
  const cloud = options.cloud ? options.cloud(db) : createCloudDriver(config, db.db);
  const identityRepo = new IdentityRepo(db.db);
  const deps: AppDeps = { config, db, cloud, identityRepo, auth: new AuthService(identityRepo, config.sessionTtlHours), ticketsRepo: new TicketsRepo(db.db) };
  await ensurePlatformAdmin(identityRepo, config.adminPassword, log);

  const apollo = createApollo(await canopySchema(), { debugCalls: config.debugCalls, log });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(explorerRouter(EXPLORER_DIR));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: ({ req, res }) => buildContext(deps, req, res) }));

  const server = http.createServer(app);
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
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

async function buildContext(deps: AppDeps, req: Request, res: Response): Promise<Context> {
  const requestId = req.get('x-request-id')?.slice(0, 128) || randomUUID();
  res.setHeader('X-Request-ID', requestId);
  const token = bearerToken(req) ?? parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE];
  const viewer = await deps.auth.authenticate(token);
  const cloudCalls = new CloudCallCounter();
  const cloud = countingDriver(deps.cloud, cloudCalls);
  const identity = identityServices(deps.identityRepo, deps.auth, viewer, cloud);
  const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: deps.config.cookieSecure, path: '/' };
  return {
    requestId,
    viewer,
    cloudCalls,
    session: {
      token,
      set: (value, expiresAt) => res.cookie(SESSION_COOKIE, value, { ...cookie, expires: expiresAt }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookie),
    },
    identity,
    tickets: ticketServices(deps.ticketsRepo, viewer, identity),
  };
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}
