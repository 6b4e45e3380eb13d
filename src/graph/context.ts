import { AuditService } from '../audit/audit.service';
import { Viewer } from '../auth/viewer';
import type { Language } from '../errors';
import { CloudCallCounter } from '../cloud/counting';
import { ResourceServices } from './resource-services';
import { IdentityServices } from '../identity';
import { TicketServices } from '../tickets';
import { LivePublish, LiveStreams } from '../live/stream';

/** Sets and clears the session cookie on the HTTP response of this request. */
export interface SessionCookie {
  /** The token this request came with (header or cookie), for logout. */
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Everything a resolver may reach for one request; built fresh per request (loaders cache per request). */
export interface Context {
  requestId: string;
  /** The language of messages in this response, from Accept-Language. */
  language: Language;
  /** The client's address (from X-Forwarded-For only when CANOPY_TRUST_PROXY says so). */
  clientIp: string;
  viewer: Viewer | undefined;
  cloudCalls: CloudCallCounter;
  session: SessionCookie;
  identity: IdentityServices;
  /** Servers, networks, routers, volumes and their attachments, catalog and quotas. */
  resources: ResourceServices;
  /** Work orders: v1 and v2 workflows. */
  tickets: TicketServices;
  /** The audit log: records of failed and cloud-only mutations, and `auditEvents`. */
  audit: AuditService;
  /** Tells subscribers what a mutation changed, after it committed (src/graph/live-publish.ts). */
  publish: LivePublish;
  /** On a WebSocket only: the events subscriptions are made of. */
  live?: LiveStreams;
}
