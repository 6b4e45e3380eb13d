import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/constraints';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseCookies, serialize, SerializeOptions } from 'cookie';
import proxyaddr from 'proxy-addr';
import { AuditService } from '../audit/audit.service';
import { Viewer } from '../auth/viewer';
import { CloudCallCounter, countingDriver } from '../cloud/counting';
import { resourceServices } from '../graph/resource-services';
import { Context } from '../graph/context';
import { identityServices } from '../identity';
import { createDefaultNetwork } from '../network/default-network';
import { Authenticated } from '../identity/auth.service';
import { ticketServices } from '../tickets';
import { languageOf } from './language';
import type { AppDeps } from './app-deps';

const SESSION_COOKIE = 'canopy_session';
/** A client's X-Request-ID is kept when it is a sane token, so its logs and ours line up. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Which proxies' X-Forwarded-For to believe (CANOPY_TRUST_PROXY, in express's `trust proxy` words). */
export function proxyTrust(setting: string | undefined): (address: string, hop: number) => boolean {
  return setting ? proxyaddr.compile(setting.split(',').map((entry) => entry.trim())) : () => false;
}

/** Gives the answer its request id before anything can refuse it: the client's when sane, else a new one. */
export function markRequest(req: IncomingMessage, res: ServerResponse): void {
  const given = header(req, 'x-request-id');
  res.setHeader('X-Request-ID', given && REQUEST_ID.test(given) ? given : randomUUID());
}

/** Builds one request's context: its id (set by markRequest), viewer, counted cloud driver and fresh services (fresh loaders). */
export async function buildContext(
  deps: AppDeps,
  trust: ReturnType<typeof proxyTrust>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Context> {
  const token = requestToken(req);
  const session = await authenticate(deps, token);
  const cookie: SerializeOptions = { httpOnly: true, sameSite: 'strict', secure: deps.config.cookieSecure, path: '/' };
  return contextFor(deps, session, {
    requestId: String(res.getHeader('X-Request-ID')),
    language: languageOf(req),
    clientIp: proxyaddr(req, trust),
    session: {
      token,
      set: (value, expiresAt) =>
        res.appendHeader('set-cookie', serialize(SESSION_COOKIE, value, { ...cookie, expires: expiresAt })),
      clear: () => res.appendHeader('set-cookie', serialize(SESSION_COOKIE, '', { ...cookie, expires: new Date(0) })),
    },
  });
}

/** The bearer token of the Authorization header, else the session cookie's. */
export function requestToken(req: IncomingMessage): string | undefined {
  const cookies = header(req, 'cookie');
  return bearerToken(req) ?? (cookies ? parseCookies(cookies)[SESSION_COOKIE] : undefined);
}

/** The session behind a token; without the database, a 503 (formatError gives it its code and message). */
export async function authenticate(deps: AppDeps, token: string | undefined): Promise<Authenticated | undefined> {
  return deps.auth.authenticate(token).catch((error: unknown) => {
    // No session without the database: 503, so a load balancer and a client both know to try again.
    if (isDatabaseUnavailable(error))
      throw new GraphQLError('database unavailable', {
        originalError: error as Error,
        extensions: { http: { status: 503 } },
      });
    throw error;
  });
}

/** What a context is made of besides the session: where the request came from, and its cookie. */
export interface RequestFacts {
  requestId: string;
  language: Context['language'];
  clientIp: string;
  session: Context['session'];
}

/** A context for one request (or one subscription event, src/http/live.ts) of an authenticated session, or none. */
export function contextFor(deps: AppDeps, session: Authenticated | undefined, request: RequestFacts): Context {
  const viewer = session?.viewer;
  const cloudCalls = new CloudCallCounter();
  const cloud = countingDriver(deps.cloud, {
    counter: cloudCalls,
    requestId: request.requestId,
    logger: deps.logger,
    metrics: deps.metrics,
  });
  const identity = identityServices(deps.identityRepo, deps.auth, session, cloud, (projectId, undo) =>
    createDefaultNetwork(cloud, projectId, undo),
  );
  // A ticket's request is carried out by the same services, for the ticket's agent (src/tickets/ticket.policy.ts).
  const resourcesFor = (as: Viewer | undefined) =>
    resourceServices({ compute: deps.computeRepo, storage: deps.storageRepo }, as, cloud, identity.loaders, {
      ttlSeconds: deps.config.consoleTtlSeconds,
      clock: deps.clock,
    });
  return {
    ...request,
    viewer,
    cloudCalls,
    identity,
    resources: resourcesFor(viewer),
    tickets: ticketServices({ tickets: deps.ticketsRepo, executions: deps.executionRepo }, viewer, identity, {
      resourcesFor,
      cloud,
      clock: deps.clock,
      requestId: request.requestId,
    }),
    audit: new AuditService(deps.auditRepo, viewer, deps.logger),
    publish: (event) => deps.bus.publish(event),
  };
}

function bearerToken(req: IncomingMessage): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
