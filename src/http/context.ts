import { randomUUID } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { CloudCallCounter, countingDriver } from '../cloud/counting';
import { resourceServices } from '../cloud/services';
import { Context } from '../graphql/context';
import { identityServices } from '../identity';
import { ticketServices } from '../tickets';
import { languageOf } from './language';
import type { AppDeps } from './server';

const SESSION_COOKIE = 'canopy_session';
/** A client's X-Request-ID is kept when it is a sane token, so its logs and ours line up. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds one request's context: its id, viewer, counted cloud driver and fresh services (fresh loaders). */
export async function buildContext(deps: AppDeps, req: Request, res: Response): Promise<Context> {
  const given = req.get('x-request-id');
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-ID', requestId);
  const token = bearerToken(req) ?? parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE];
  const session = await deps.auth.authenticate(token);
  const viewer = session?.viewer;
  const cloudCalls = new CloudCallCounter();
  const cloud = countingDriver(deps.cloud, { counter: cloudCalls, requestId, logger: deps.logger, metrics: deps.metrics });
  const identity = identityServices(deps.identityRepo, deps.auth, session, cloud);
  const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: deps.config.cookieSecure, path: '/' };
  return {
    requestId,
    language: languageOf(req),
    clientIp: req.ip ?? 'unknown',
    viewer,
    cloudCalls,
    session: {
      token,
      set: (value, expiresAt) => res.cookie(SESSION_COOKIE, value, { ...cookie, expires: expiresAt }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookie),
    },
    identity,
    resources: resourceServices({ compute: deps.computeRepo, storage: deps.storageRepo }, viewer, cloud, identity.loaders),
    tickets: ticketServices(deps.ticketsRepo, viewer, identity),
    audit: new AuditService(deps.auditRepo, viewer, deps.logger),
  };
}

function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
}
