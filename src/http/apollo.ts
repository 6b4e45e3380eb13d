import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLSchema, OperationTypeNode } from 'graphql';
import { Config } from '../config';
import { formatError } from '../graphql/format-error';
import { Context } from '../graph/context';
import { Logger } from '../observability/logger';
import { Metrics } from '../observability/metrics';
import { requestLogPlugin } from '../observability/request-plugin';
import { languagePlugin } from './language';
import { queryLimits } from './query-limits';

/** With CANOPY_DEBUG_CALLS=1 every response says how many cloud calls it cost, in how many rounds. */
const cloudCallsPlugin: ApolloServerPlugin<Context> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cloudCalls: contextValue.cloudCalls.total,
            cloudRounds: contextValue.cloudCalls.rounds,
          };
        }
        return Promise.resolve();
      },
    });
  },
};

/** Subscriptions run over WebSocket (src/http/live.ts); sent as a POST they are refused before execution. */
const subscriptionsOverSocketOnly: ApolloServerPlugin<Context> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation }) {
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return Promise.resolve();
        return Promise.reject(
          new GraphQLError('Subscriptions run over WebSocket (graphql-ws) on /graphql, not over HTTP POST', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } },
          }),
        );
      },
    });
  },
};

export function createApollo(
  schema: GraphQLSchema,
  config: Config,
  logger: Logger,
  metrics: Metrics,
): ApolloServer<Context> {
  const limits = queryLimits(config, schema);
  return new ApolloServer<Context>({
    schema,
    // Apollo's landing page loads from a CDN; Canopy serves its own explorer at /graphiql. Cache
    // control is off: no field has a cache hint, and its per-field hook wraps every resolver.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      languagePlugin(),
      subscriptionsOverSocketOnly,
      requestLogPlugin(logger, metrics),
      ...limits.plugins,
      ...(config.debugCalls ? [cloudCallsPlugin] : []),
    ],
    validationRules: limits.validationRules,
    introspection: config.introspection,
    // One operation per request: a batch would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error')),
  });
}
