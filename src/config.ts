/** Every setting Canopy reads from the environment, parsed once at start (PRODUCT.md "Configuration"). */
import type { Synchronous } from './db/client';
import { DEFAULT_POOL_SIZE } from './db/postgres-client';

export type CloudKind = 'sim' | 'openstack';

/** The simulated cloud's console bases: those the devcloud's Nova has (scripts/devcloud/config.sh). */
export const DEFAULT_CONSOLE_BASES = {
  NOVNC: 'http://127.0.0.1:6080/vnc_auto.html',
  SERIAL: 'ws://127.0.0.1:6083/',
} as const;

/** The simulated cloud's size in all, before what its servers and volumes take. */
export interface SimCapacityTotals {
  vcpus: number;
  ramMb: number;
  diskGb: number;
  volumeGb: number;
}

/** A small cloud of a few hosts, large enough for the demo and the tests (docs/CLOUD.md "Capacity"). */
export const DEFAULT_SIM_CAPACITY: SimCapacityTotals = {
  vcpus: 256,
  ramMb: 1_048_576,
  diskGb: 10_000,
  volumeGb: 20_000,
};

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path, or a postgres:// URL for PostgreSQL (CANOPY_DB). */
  dbPath: string;
  /** PostgreSQL connections per process (CANOPY_DB_POOL). */
  dbPool: number;
  /** SQLite's synchronous mode: FULL (durable, default) or NORMAL (faster writes, may lose the last commits on power loss). */
  dbSynchronous: Synchronous;
  cloud: CloudKind;
  /** Password for the first platform ADMIN; used only when the database is new. */
  adminPassword?: string;
  debugCalls: boolean;
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  /** Sets the Secure flag on the session cookie (turn on behind a TLS proxy). */
  cookieSecure: boolean;
  simLatencyMs: number;
  simBuildDelayMs: number;
  /** The simulated cloud's size in all: vCPUs, RAM, root disk, volume storage (CANOPY_SIM_CAPACITY_*). */
  simCapacity: SimCapacityTotals;
  /** The simulated cloud's console URL bases; an empty setting: that type is not offered. */
  simConsoleBases: { NOVNC?: string; SERIAL?: string };
  /**
   * How long a console URL's token lives, in seconds: the cloud's own (Nova's [consoleauth]
   * token_ttl, 600 by default), since Nova's answer does not carry it; createServerConsole's expiresAt.
   */
  consoleTtlSeconds: number;
  /** Hostile-query limits (docs/SECURITY.md). */
  limits: {
    maxBodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    /** Estimated cost ceiling; every list counts as `assumedListSize` items unless `first` says otherwise. */
    maxCost: number;
    assumedListSize: number;
    requestTimeoutMs: number;
  };
  introspection: boolean;
  graphiql: boolean;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins: string[];
  /** Express's `trust proxy`: set when behind a reverse proxy, so client addresses come from X-Forwarded-For. */
  trustProxy: string | undefined;
  login: { maxFailuresPerAccount: number; maxFailuresPerSource: number; lockoutSeconds: number };
  /** Subscriptions over WebSocket (docs/LIVE.md). */
  live: {
    /** Subscriptions one session may hold open on one replica at once. */
    maxSubscriptionsPerSession: number;
    /** Events waiting for one slow socket before it is closed (4429). */
    maxQueuedEvents: number;
    /** How often every socket's session is read again, so an expired or disabled one closes. */
    recheckMs: number;
    /** How often the OpenStack poller asks Nova and Cinder what changed. */
    pollMs: number;
  };
  /** CANOPY_CLOUD=openstack: where the clouds.yaml is (as openstacksdk looks), and how tenants become projects. */
  openstack: {
    cloudName?: string;
    configFile?: string;
    domain: string;
    memberRole: string;
    projectPrefix: string;
    timeoutMs: number;
    waitMs: number;
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = int(env, name, fallback);
  if (value === 0) throw new Error(`${name} must be at least 1`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
}

/** Unset: the default; empty: none (the type is not offered); else a URL. */
function consoleBase(env: NodeJS.ProcessEnv, name: string, fallback: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw === '') return undefined;
  if (!URL.canParse(raw)) throw new Error(`${name} must be a URL or empty, got "${raw}"`);
  return raw;
}

function synchronous(env: NodeJS.ProcessEnv): Synchronous {
  const raw = (env.CANOPY_DB_SYNCHRONOUS || 'FULL').toUpperCase();
  if (raw !== 'FULL' && raw !== 'NORMAL')
    throw new Error(`CANOPY_DB_SYNCHRONOUS must be FULL or NORMAL, got "${env.CANOPY_DB_SYNCHRONOUS}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cloud = env.CANOPY_CLOUD ?? 'sim';
  if (cloud !== 'sim' && cloud !== 'openstack')
    throw new Error(`CANOPY_CLOUD must be "sim" or "openstack", got "${cloud}"`);
  return {
    port: int(env, 'CANOPY_PORT', 4000),
    host: env.CANOPY_HOST || '127.0.0.1',
    dbPath: env.CANOPY_DB || './data/canopy.db',
    dbSynchronous: synchronous(env),
    dbPool: positive(env, 'CANOPY_DB_POOL', DEFAULT_POOL_SIZE),
    cloud,
    adminPassword: env.CANOPY_ADMIN_PASSWORD || undefined,
    debugCalls: env.CANOPY_DEBUG_CALLS === '1',
    sessionTtlHours: int(env, 'CANOPY_SESSION_TTL_HOURS', 12),
    sessionIdleMinutes: int(env, 'CANOPY_SESSION_IDLE_MINUTES', 60),
    cookieSecure: env.CANOPY_COOKIE_SECURE === '1',
    simLatencyMs: int(env, 'CANOPY_SIM_LATENCY_MS', 0),
    simBuildDelayMs: int(env, 'CANOPY_SIM_BUILD_DELAY_MS', 2000),
    simCapacity: {
      vcpus: int(env, 'CANOPY_SIM_CAPACITY_VCPUS', DEFAULT_SIM_CAPACITY.vcpus),
      ramMb: int(env, 'CANOPY_SIM_CAPACITY_RAM_MB', DEFAULT_SIM_CAPACITY.ramMb),
      diskGb: int(env, 'CANOPY_SIM_CAPACITY_DISK_GB', DEFAULT_SIM_CAPACITY.diskGb),
      volumeGb: int(env, 'CANOPY_SIM_CAPACITY_VOLUME_GB', DEFAULT_SIM_CAPACITY.volumeGb),
    },
    simConsoleBases: {
      NOVNC: consoleBase(env, 'CANOPY_SIM_NOVNC_URL', DEFAULT_CONSOLE_BASES.NOVNC),
      SERIAL: consoleBase(env, 'CANOPY_SIM_SERIAL_URL', DEFAULT_CONSOLE_BASES.SERIAL),
    },
    consoleTtlSeconds: positive(env, 'CANOPY_CONSOLE_TTL_SECONDS', 600),
    limits: {
      maxBodyBytes: int(env, 'CANOPY_MAX_BODY_BYTES', 1_000_000),
      maxDepth: int(env, 'CANOPY_MAX_DEPTH', 12),
      maxAliases: int(env, 'CANOPY_MAX_ALIASES', 30),
      maxTokens: int(env, 'CANOPY_MAX_TOKENS', 5000),
      maxCost: int(env, 'CANOPY_MAX_COST', 50_000),
      assumedListSize: int(env, 'CANOPY_ASSUMED_LIST_SIZE', 10),
      requestTimeoutMs: int(env, 'CANOPY_REQUEST_TIMEOUT_MS', 30_000),
    },
    introspection: flag(env, 'CANOPY_INTROSPECTION', true),
    graphiql: flag(env, 'CANOPY_GRAPHIQL', true),
    corsOrigins: (env.CANOPY_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env.CANOPY_TRUST_PROXY || undefined,
    login: {
      maxFailuresPerAccount: int(env, 'CANOPY_LOGIN_MAX_FAILURES', 5),
      maxFailuresPerSource: int(env, 'CANOPY_LOGIN_MAX_FAILURES_PER_SOURCE', 50),
      lockoutSeconds: int(env, 'CANOPY_LOGIN_LOCKOUT_SECONDS', 900),
    },
    live: {
      maxSubscriptionsPerSession: positive(env, 'CANOPY_LIVE_MAX_SUBSCRIPTIONS', 20),
      maxQueuedEvents: positive(env, 'CANOPY_LIVE_MAX_QUEUE', 100),
      recheckMs: positive(env, 'CANOPY_LIVE_RECHECK_MS', 5_000),
      pollMs: positive(env, 'CANOPY_LIVE_POLL_MS', 10_000),
    },
    openstack: {
      cloudName: env.OS_CLOUD || undefined,
      configFile: env.OS_CLIENT_CONFIG_FILE || undefined,
      domain: env.CANOPY_OS_DOMAIN || 'Default',
      memberRole: env.CANOPY_OS_MEMBER_ROLE || 'member',
      projectPrefix: env.CANOPY_OS_PROJECT_PREFIX ?? '',
      timeoutMs: int(env, 'CANOPY_OS_TIMEOUT_MS', 30_000),
      waitMs: int(env, 'CANOPY_OS_WAIT_MS', 120_000),
    },
  };
}
