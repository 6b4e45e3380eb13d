import { createHash, randomUUID } from 'node:crypto';
import { Logger } from '../../observability/logger';
import { Clock } from '../../time/clock';
import { toCanopyError } from './errors';
import { OpenStackError } from './openstack-error';
import { safeJson, ServiceType, TokenSession } from './session';
import { withDispatcher } from './tls';

export type Query = Array<[string, string | number | boolean]>;

export interface CallOptions {
  query?: Query;
  body?: unknown;
  /** Scope the token to this project (Nova and Cinder create in the token's project). */
  projectId?: string;
  /** What a 404 is about, for NOT_FOUND's message. */
  kind?: string;
  id?: string;
  /** Statuses that are answers, not errors (e.g. 404 for an idempotent delete or a batch get). */
  accept?: number[];
  /** A later microversion for this one call (Cinder's 3.42, extending an attached volume), e.g. `volume 3.42`. */
  microversion?: string;
}

export interface HttpSettings {
  timeoutMs: number;
  /** Attempts for idempotent reads (GET) on a connection error or a 5xx. */
  attempts: number;
  backoffMs: number;
  logger: Logger;
  /** Where `timeoutMs` is measured. */
  clock: Clock;
}

/** Microversions Canopy speaks, sent on every call to the service. */
const VERSION_HEADERS: Partial<Record<ServiceType, Record<string, string>>> = {
  // 2.46: the last microversion whose server body names its flavor by id (2.47 embeds a copy).
  compute: { 'OpenStack-API-Version': 'compute 2.46', 'X-OpenStack-Nova-API-Version': '2.46' },
  // 3.27: the attachments API (an attachment's volume, for detaching by attachment id).
  volumev3: { 'OpenStack-API-Version': 'volume 3.27' },
};

/** OpenStack's request id format (oslo.middleware accepts an inbound global id only in this form). */
export function openstackRequestId(canopyRequestId: string | undefined): string {
  if (!canopyRequestId) return `req-${randomUUID()}`;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(canopyRequestId))
    return `req-${canopyRequestId.toLowerCase()}`;
  const h = createHash('sha1').update(canopyRequestId).digest('hex');
  return `req-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The transport shared by every request: counts HTTP calls (tests pin them). */
export class OpenStackHttp {
  requests = 0;
  constructor(
    readonly session: TokenSession,
    readonly settings: HttpSettings,
  ) {}

  /** A client whose every call carries this Canopy request id. */
  bind(requestId?: string): Api {
    return new Api(this, requestId);
  }
}

/**
 * Calls to OpenStack APIs for one Canopy request: the token and endpoint from the session,
 * `X-OpenStack-Request-ID` from Canopy's request id, a timeout per attempt, retries of reads
 * on connection errors and 5xx with backoff, one re-authentication on 401, and every failure
 * typed (`OpenStackError`) and mapped to Canopy's errors. Each call is logged with both ids and
 * the service's own; a refusal's line also has the service's message; never a token or a body.
 */
export class Api {
  readonly osRequestId: string;
  constructor(
    private readonly http: OpenStackHttp,
    readonly requestId: string | undefined,
  ) {
    this.osRequestId = openstackRequestId(requestId);
  }

  get<T>(service: ServiceType, path: string, options: CallOptions = {}) {
    return this.call<T>(service, 'GET', path, options);
  }
  post<T>(service: ServiceType, path: string, options: CallOptions = {}) {
    return this.call<T>(service, 'POST', path, options);
  }
  put<T>(service: ServiceType, path: string, options: CallOptions = {}) {
    return this.call<T>(service, 'PUT', path, options);
  }
  patch<T>(service: ServiceType, path: string, options: CallOptions = {}) {
    return this.call<T>(service, 'PATCH', path, options);
  }
  delete(service: ServiceType, path: string, options: CallOptions = {}) {
    return this.call<unknown>(service, 'DELETE', path, { accept: [404], ...options });
  }

  /** Every page of a list: Nova/Neutron/Cinder `<key>_links` rel=next, Glance `next`. */
  async all<T>(service: ServiceType, path: string, key: string, options: CallOptions = {}): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    let query = options.query;
    while (next) {
      const { body }: { body: Record<string, unknown> } = await this.get<Record<string, unknown>>(service, next, {
        ...options,
        query,
      });
      items.push(...((body[key] as T[] | undefined) ?? []));
      const link: string | undefined =
        (body[`${key}_links`] as Array<{ rel: string; href: string }> | undefined)?.find((l) => l.rel === 'next')
          ?.href ?? (body.next as string | undefined);
      next = link;
      query = undefined;
    }
    return items;
  }

  async call<T>(
    service: ServiceType,
    method: string,
    path: string,
    options: CallOptions,
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const { session, settings } = this.http;
    const base = await session.endpoint(service);
    const url = new URL(
      /^https?:/.test(path)
        ? path
        : path.startsWith('/v2/') && service === 'image'
          ? base.replace(/\/v2$/, '') + path
          : base + path,
    );
    for (const [k, v] of options.query ?? []) url.searchParams.append(k, String(v));
    const attempts = method === 'GET' ? settings.attempts : 1;
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      const token = await session.token(options.projectId);
      const started = Date.now();
      this.http.requests++;
      let response: Response;
      try {
        const init: RequestInit = {
          method,
          headers: {
            accept: 'application/json',
            'x-auth-token': token.value,
            'x-openstack-request-id': this.osRequestId,
            ...(options.body !== undefined
              ? {
                  'content-type':
                    service === 'image' && method === 'PATCH'
                      ? 'application/openstack-images-v2.1-json-patch'
                      : 'application/json',
                }
              : {}),
            ...VERSION_HEADERS[service],
            ...(options.microversion ? { 'OpenStack-API-Version': options.microversion } : {}),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: settings.clock.timeout(settings.timeoutMs),
        };
        response = await fetch(url, withDispatcher(init, session.dispatcher));
      } catch (error) {
        const failure = OpenStackError.fromTransport({ service, method, path: url.pathname }, error);
        this.log('warn', {
          service,
          method,
          path: url.pathname,
          attempt,
          ms: Date.now() - started,
          error: failure.failure.transport ?? (error as { name?: string }).name ?? 'error',
        });
        if (attempt < attempts) {
          await this.backoff(attempt);
          continue;
        }
        throw toCanopyError(failure);
      }
      const body = safeJson(await response.text()) as T;
      const upstream =
        response.headers.get('x-openstack-request-id') ?? response.headers.get('x-compute-request-id') ?? undefined;
      const answered = response.status < 300 || options.accept?.includes(response.status);
      const fields = {
        service,
        method,
        path: url.pathname,
        status: response.status,
        attempt,
        ms: Date.now() - started,
        upstreamRequestId: upstream,
      };
      if (answered) {
        this.log('debug', fields);
        return { status: response.status, body, headers: response.headers };
      }
      const failure = OpenStackError.fromAnswer(
        { service, method, path: url.pathname },
        response.status,
        response.headers,
        body,
      );
      // A refusal is logged at info (a failure at warn) with the service's words, so the default level shows what the tenant's error hides.
      this.log(response.status >= 500 ? 'warn' : 'info', {
        ...fields,
        type: failure.failure.type,
        serviceMessage: failure.failure.serviceMessage,
      });
      if (response.status === 401 && !reauthenticated) {
        reauthenticated = true;
        session.invalidate(token.value);
        attempt--;
        continue;
      }
      if (response.status >= 500 && attempt < attempts) {
        await this.backoff(attempt);
        continue;
      }
      throw toCanopyError(failure, { kind: options.kind, id: options.id });
    }
  }

  private backoff(attempt: number): Promise<void> {
    const ms = this.http.settings.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  private log(level: 'debug' | 'info' | 'warn', fields: Record<string, unknown>): void {
    this.http.settings.logger[level](
      { reqId: this.requestId, osRequestId: this.osRequestId, cloud: 'openstack', ...fields },
      'openstack call',
    );
  }
}
