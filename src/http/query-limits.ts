import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, GraphQLList, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { Config } from '../config';

/**
 * Limits on what one request may ask, against hostile or careless queries: depth, aliases,
 * directives and tokens by graphql-armor (run as validation rules, before execution); cost by
 * graphql-query-complexity, where every list multiplies the cost of what is under it.
 */
export function queryLimits(config: Config, schema: GraphQLSchema) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: 20 },
    maxTokens: { n: config.limits.maxTokens },
    costLimit: { enabled: false },
    // Suggestions ("did you mean …") would map the schema for someone who may not introspect it.
    blockFieldSuggestion: { enabled: !config.introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, costLimitPlugin(schema, config.limits.maxCost, config.limits.assumedListSize)], validationRules };
}

/** A list field costs `first` (when given) or the assumed list size, times what each item asks. */
function listMultiplier(assumedListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!isListType(getNullableType(field.type)) && !isConnection(field.type)) return undefined;
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : assumedListSize;
    return 1 + first * Math.max(childComplexity, 1);
  };
}

function isConnection(type: Parameters<typeof getNamedType>[0]): boolean {
  return !!getNamedType(type)?.name.endsWith('Connection') && !(getNullableType(type) instanceof GraphQLList);
}

function costLimitPlugin<T extends object>(schema: GraphQLSchema, maxCost: number, assumedListSize: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [listMultiplier(assumedListSize), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not coerce: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query too costly: estimated ${cost}, limit ${maxCost}. Ask for fewer nested lists or page with \`first\`.`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
