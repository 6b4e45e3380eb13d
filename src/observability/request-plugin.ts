import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError, Kind, OperationDefinitionNode } from 'graphql';
import { Viewer } from '../auth/viewer';
import { Logger } from './logger';
import { Metrics } from './metrics';

/** Apollo hands back the same parsed operation for a document it has seen: its label is kept with it. */
const labels = new WeakMap<OperationDefinitionNode, string>();

/** "query:tenants", "mutation:createTenant": bounded by the schema, unlike a client's operationName. */
function operationLabel(operation: OperationDefinitionNode | null | undefined): string {
  if (!operation) return 'unparsed';
  let label = labels.get(operation);
  if (label === undefined) {
    const fields = operation.selectionSet.selections
      .flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
      .sort();
    labels.set(operation, (label = `${operation.operation}:${fields.join(',') || 'fragment'}`));
  }
  return label;
}

/** Canopy's and Apollo's codes are strings; an error without one is unexpected. */
function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** What the plugin reads of a request's context; the whole Context is of the domain layer, above this one. */
export interface RequestLogContext {
  requestId: string;
  viewer: Viewer | undefined;
  cloudCalls?: { total: number };
}

/** One log line and one set of metrics per GraphQL request: operation, viewer, outcome, duration, cloud calls. */
export function requestLogPlugin<T extends RequestLogContext>(logger: Logger, metrics: Metrics): ApolloServerPlugin<T> {
  return {
    requestDidStart({ contextValue, request }) {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ response, operation, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const label = operationLabel(operation);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (body?.errors ?? []).map(codeOf);
          const outcome = codes.length === 0 ? 'ok' : codes[0];
          metrics.requests.inc({ operation: label, outcome });
          metrics.requestSeconds.observe({ operation: label }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          if (label === 'mutation:login')
            metrics.logins.inc({
              outcome: outcome === 'ok' ? 'ok' : outcome === 'RATE_LIMITED' ? 'rate_limited' : 'failed',
            });
          const viewer = contextValue.viewer;
          logger.info(
            {
              reqId: contextValue.requestId,
              operation: label,
              operationName: request.operationName,
              viewer: viewer
                ? { id: viewer.userId, name: viewer.name, tenantId: viewer.tenantId, staffRole: viewer.staffRole }
                : null,
              outcome,
              errorCodes: codes.length ? codes : undefined,
              unexpected: errors?.some((e) => !e.extensions?.code) || undefined,
              ms: Math.round(seconds * 1000),
              cloudCalls: contextValue.cloudCalls?.total,
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
