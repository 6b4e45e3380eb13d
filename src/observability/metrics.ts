import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics (prom-client), one registry per server. Labels are bounded: operations are
 * named by their root fields (from the schema), never by the client's free-form operationName.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'canopy_' });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    requests: new Counter({
      name: 'canopy_graphql_requests_total',
      help: 'GraphQL requests by operation and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'canopy_graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation',
      labelNames: ['operation'],
      buckets: seconds,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'canopy_graphql_errors_total',
      help: 'GraphQL errors by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    cloudCalls: new Counter({
      name: 'canopy_cloud_calls_total',
      help: 'Cloud driver calls by operation and outcome',
      labelNames: ['driver', 'operation', 'outcome'],
      registers: [registry],
    }),
    cloudSeconds: new Histogram({
      name: 'canopy_cloud_call_duration_seconds',
      help: 'Cloud driver call latency by operation',
      labelNames: ['driver', 'operation'],
      buckets: seconds,
      registers: [registry],
    }),
    logins: new Counter({
      name: 'canopy_logins_total',
      help: 'Login attempts by outcome (ok, failed, rate_limited, disabled)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    dbStatements: new Counter({
      name: 'canopy_db_statements_total',
      help: 'SQL statements executed',
      registers: [registry],
    }),
    liveSockets: new Gauge({
      name: 'canopy_live_sockets',
      help: 'Open GraphQL WebSocket connections (graphql-ws)',
      registers: [registry],
    }),
    liveSubscriptions: new Gauge({
      name: 'canopy_live_subscriptions',
      help: 'Running subscriptions',
      registers: [registry],
    }),
    liveDropped: new Counter({
      name: 'canopy_live_dropped_sockets_total',
      help: 'Sockets Canopy closed, by reason (session_ended, too_slow)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    liveEvents: new Counter({
      name: 'canopy_live_events_total',
      help: 'Subscription events delivered',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
