import { Viewer } from '../auth/viewer';
import { CloudCallCounter } from '../cloud/counting';
import { IdentityServices } from '../identity';
import { TicketServices } from '../tickets';

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
  viewer: Viewer | undefined;
  cloudCalls: CloudCallCounter;
  session: SessionCookie;
  identity: IdentityServices;
  tickets: TicketServices;
}
