import { bi, UpstreamUnavailableError } from '../../errors';
import { Logger } from '../../observability/logger';
import { Clock } from '../../time/clock';
import { Dispatcher } from 'undici';
import { CloudConfig } from './clouds-yaml';
import { dispatcherFor, withDispatcher } from './tls';
import { authenticationRefused, toCanopyError } from './errors';
import { OpenStackCall, OpenStackError } from './openstack-error';

export type ServiceType = 'identity' | 'compute' | 'network' | 'volumev3' | 'image' | 'placement';

/** Catalog types each service may be registered under (openstacksdk's service-types-authority aliases). */
const TYPE_ALIASES: Record<ServiceType, string[]> = {
  identity: ['identity'],
  compute: ['compute'],
  network: ['network'],
  volumev3: ['block-storage', 'volumev3', 'volume'],
  image: ['image'],
  placement: ['placement'],
};

interface CatalogEntry {
  type: string;
  endpoints: Array<{ interface: string; region?: string; region_id?: string; url: string }>;
}

export interface Token {
  value: string;
  expiresAt: number;
  userId: string;
  projectId: string;
}

/**
 * Keystone v3 password authentication: one token per scope (the configured project, and each
 * tenant project Canopy creates servers and volumes in), cached and renewed `renewBeforeMs`
 * before it expires, or at once when a service answers 401. Concurrent callers share one
 * authentication. The password is sent to Keystone only, and never logged.
 */
export class TokenSession {
  /** Authentications made (tests pin renewal with it). */
  authentications = 0;
  private readonly tokens = new Map<string, { promise: Promise<Token>; token?: Token }>();
  private catalog: CatalogEntry[] | undefined;
  /** How to connect to the cloud's endpoints (its CA, a client certificate); shared by every request. */
  readonly dispatcher: Dispatcher | undefined;

  constructor(
    private readonly cloud: CloudConfig,
    private readonly options: { timeoutMs: number; renewBeforeMs: number; logger: Logger; clock: Clock },
  ) {
    this.dispatcher = dispatcherFor(cloud.tls);
  }

  /** A valid token for the project (undefined: the clouds.yaml project). */
  async token(projectId?: string): Promise<Token> {
    const key = projectId ?? '';
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached.promise.catch(() => undefined);
      if (this.tokens.get(key) === cached && token && token.expiresAt - this.options.renewBeforeMs > Date.now())
        return token;
      if (this.tokens.get(key) !== cached) return this.token(projectId);
    }
    const entry: { promise: Promise<Token>; token?: Token } = { promise: this.authenticate(projectId) };
    this.tokens.set(key, entry);
    entry.promise.then(
      (token) => (entry.token = token),
      () => this.tokens.get(key) === entry && this.tokens.delete(key),
    );
    return entry.promise;
  }

  /** Forgets a token a service refused (401), so the next call authenticates again. */
  invalidate(value: string): void {
    for (const [key, entry] of this.tokens) if (entry.token?.value === value) this.tokens.delete(key);
  }

  /** Forgets the token of a deleted project. */
  forget(projectId: string): void {
    this.tokens.delete(projectId);
  }

  /** Every cached token now counts as expired (tests: renewal without waiting an hour). */
  expireAll(): void {
    for (const entry of this.tokens.values()) if (entry.token) entry.token = { ...entry.token, expiresAt: 0 };
    for (const [key, entry] of this.tokens)
      this.tokens.set(key, {
        promise: entry.promise.then((token) => ({ ...token, expiresAt: 0 })),
        token: entry.token,
      });
  }

  /** The endpoint of a service for the configured region and interface. */
  async endpoint(service: ServiceType): Promise<string> {
    if (!this.catalog) await this.token();
    const entry = this.catalog!.find((e) => TYPE_ALIASES[service].includes(e.type) && this.pick(e));
    const url = entry && this.pick(entry)?.url;
    if (!url)
      throw new UpstreamUnavailableError(
        bi(
          `The cloud's catalog has no ${this.cloud.interface} ${service} endpoint${this.cloud.regionName ? ` in region ${this.cloud.regionName}` : ''}`,
          `云平台服务目录中没有 ${this.cloud.interface} 类型的 ${service} 端点${this.cloud.regionName ? `（区域 ${this.cloud.regionName}）` : ''}`,
        ),
      );
    return url.replace(/\/+$/, '');
  }

  private pick(entry: CatalogEntry) {
    const region = this.cloud.regionName;
    return entry.endpoints.find(
      (e) => e.interface === this.cloud.interface && (!region || e.region_id === region || e.region === region),
    );
  }

  private async authenticate(projectId: string | undefined): Promise<Token> {
    const { cloud } = this;
    const scope = projectId
      ? { project: { id: projectId } }
      : {
          project: cloud.project.id
            ? { id: cloud.project.id }
            : { name: cloud.project.name, domain: cloud.project.domain },
        };
    const body = {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: cloud.username, domain: cloud.userDomain, password: cloud.password } },
        },
        scope,
      },
    };
    const started = Date.now();
    const call: OpenStackCall = { service: 'identity', method: 'POST', path: '/auth/tokens' };
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 300 * 3 ** (attempt - 1)));
      this.authentications++;
      let response: Response;
      try {
        response = await fetch(
          `${cloud.authUrl}/auth/tokens`,
          withDispatcher(
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/json' },
              body: JSON.stringify(body),
              signal: this.options.clock.timeout(this.options.timeoutMs),
            },
            this.dispatcher,
          ),
        );
      } catch (error) {
        lastError = toCanopyError(OpenStackError.fromTransport(call, error));
        continue;
      }
      const text = await response.text();
      this.options.logger.debug(
        {
          cloud: 'openstack',
          service: 'identity',
          method: 'POST',
          path: '/auth/tokens',
          status: response.status,
          ms: Date.now() - started,
          scope: projectId ?? 'default',
        },
        'openstack auth',
      );
      if (response.status >= 500) {
        lastError = toCanopyError(OpenStackError.fromAnswer(call, response.status, response.headers, safeJson(text)));
        continue;
      }
      if (response.status !== 201) {
        const refusal = OpenStackError.fromAnswer(call, response.status, response.headers, safeJson(text));
        // Which file and cloud, and Keystone's words, are for the operator's log, not the tenant's error.
        const { serviceMessage, requestId } = refusal.failure;
        this.options.logger.warn(
          {
            cloud: 'openstack',
            service: 'identity',
            status: response.status,
            serviceMessage,
            upstreamRequestId: requestId,
            cloudsYaml: cloud.source,
            cloudName: cloud.name,
          },
          'openstack auth refused',
        );
        throw authenticationRefused(refusal);
      }
      const value = response.headers.get('x-subject-token');
      const token = (
        safeJson(text) as {
          token?: { expires_at: string; user: { id: string }; project?: { id: string }; catalog?: CatalogEntry[] };
        }
      ).token;
      if (!value || !token)
        throw new UpstreamUnavailableError(
          bi("The cloud's identity service answered without a token", '云平台认证服务未返回令牌'),
        );
      if (token.catalog) this.catalog = token.catalog;
      return {
        value,
        expiresAt: Date.parse(token.expires_at),
        userId: token.user.id,
        projectId: token.project?.id ?? '',
      };
    }
    throw lastError;
  }
}

export function safeJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
