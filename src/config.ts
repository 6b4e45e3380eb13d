/** Every setting Canopy reads from the environment, parsed once at start (PRODUCT.md "Configuration"). */
export type CloudKind = 'sim' | 'openstack';

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  cloud: CloudKind;
  /** Password for the first platform ADMIN; used only when the database is new. */
  adminPassword?: string;
  debugCalls: boolean;
  sessionTtlHours: number;
  /** Sets the Secure flag on the session cookie (turn on behind a TLS proxy). */
  cookieSecure: boolean;
  simLatencyMs: number;
  simBuildDelayMs: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cloud = env.CANOPY_CLOUD ?? 'sim';
  if (cloud !== 'sim' && cloud !== 'openstack') throw new Error(`CANOPY_CLOUD must be "sim" or "openstack", got "${cloud}"`);
  return {
    port: int(env, 'CANOPY_PORT', 4000),
    host: env.CANOPY_HOST || '127.0.0.1',
    dbPath: env.CANOPY_DB || './data/canopy.db',
    cloud,
    adminPassword: env.CANOPY_ADMIN_PASSWORD || undefined,
    debugCalls: env.CANOPY_DEBUG_CALLS === '1',
    sessionTtlHours: int(env, 'CANOPY_SESSION_TTL_HOURS', 12),
    cookieSecure: env.CANOPY_COOKIE_SECURE === '1',
    simLatencyMs: int(env, 'CANOPY_SIM_LATENCY_MS', 0),
    simBuildDelayMs: int(env, 'CANOPY_SIM_BUILD_DELAY_MS', 2000),
  };
}
