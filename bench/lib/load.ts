import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  /** How long the load ran, s. */
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Every response's time, ms, ascending: what lets rounds be merged (mergeLoads). */
  times: number[];
}

export interface LoadOptions {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  connections: number;
  /** Either a number of requests or a duration in seconds. */
  amount?: number;
  seconds?: number;
}

/**
 * Posts one GraphQL document as fast as `connections` allow (autocannon), loopback only. Latency
 * percentiles are computed from every response's time (autocannon's own table has no p95).
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  return summary([await run(options)]);
}

/**
 * The same load spread over several servers (replicas of one database): `connections` in all,
 * shared out as evenly as they go, one autocannon per server, all at once; one result for the lot.
 */
export async function loadSpread(options: Omit<LoadOptions, 'url'> & { urls: string[] }): Promise<LoadResult> {
  const { urls, ...rest } = options;
  if (options.connections < urls.length)
    throw new Error(`${options.connections} connections for ${urls.length} servers`);
  const share = (i: number) =>
    Math.floor(options.connections / urls.length) + (i < options.connections % urls.length ? 1 : 0);
  return summary(
    await Promise.all(
      urls.map((url, i) =>
        run({
          ...rest,
          url,
          connections: share(i),
          ...(rest.amount ? { amount: Math.max(1, Math.round((rest.amount * share(i)) / options.connections)) } : {}),
        }),
      ),
    ),
  );
}

interface Run {
  result: autocannon.Result;
  times: number[];
}

async function run(options: LoadOptions): Promise<Run> {
  if (!/^http:\/\/(127\.|localhost|\[::1\])/.test(options.url))
    throw new Error(`Benchmarks target loopback only, not ${options.url}`);
  const times: number[] = [];
  const instance = autocannon({
    url: `${options.url}/graphql`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: options.query, variables: options.variables }),
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
  }) as unknown as Promise<autocannon.Result> & { on(event: 'response', listener: (...args: never[]) => void): void };
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    times.push(responseTime),
  );
  return { result: await instance, times };
}

function summary(runs: Run[]): LoadResult {
  // Runs started together: their longest duration is the time all of them took.
  return mergeLoads(
    [Math.max(...runs.map((r) => r.result.duration))],
    runs.flatMap((r) => r.times),
    runs.reduce((sum, r) => sum + r.result.errors + r.result.non2xx, 0),
  );
}

/** Loads run one after another (rounds of one measurement) as one: their requests over their summed time. */
export function mergeRounds(rounds: LoadResult[]): LoadResult {
  return mergeLoads(
    rounds.map((r) => r.seconds),
    rounds.flatMap((r) => r.times),
    rounds.reduce((sum, r) => sum + r.errors, 0),
  );
}

function mergeLoads(durations: number[], responseTimes: number[], errors: number): LoadResult {
  const times = [...responseTimes].sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : NaN);
  const seconds = durations.reduce((sum, d) => sum + d, 0);
  return {
    requests: times.length,
    seconds,
    rps: seconds > 0 ? times.length / seconds : 0,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
    times,
  };
}

/** One GraphQL call, for setup (login, seeding through the API). */
export async function call<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<T> {
  return (await callWithExtensions<T>(url, query, variables, token)).data;
}

/** One GraphQL call that also returns the response's extensions (cloudCalls with CANOPY_DEBUG_CALLS=1). */
export async function callWithExtensions<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<{ data: T; extensions: Record<string, unknown> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[]; extensions?: Record<string, unknown> };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return { data: body.data as T, extensions: body.extensions ?? {} };
}

export async function loginToken(url: string, identification: string, password: string): Promise<string> {
  const data = await call<{ login: { token: string } }>(
    url,
    'mutation($i: LoginInput!) { login(input: $i) { token } }',
    { i: { identification, password } },
  );
  return data.login.token;
}

/** A tenant `acme` made by the platform ADMIN, and its admin's token: where most scenarios start. */
export async function acmeAdminToken(url: string, adminPassword: string, userPassword: string): Promise<string> {
  const admin = await loginToken(url, 'admin', adminPassword);
  await call(
    url,
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }',
    { i: { name: 'acme', adminPassword: userPassword } },
    admin,
  );
  return loginToken(url, 'admin#acme', userPassword);
}
