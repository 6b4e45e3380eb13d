import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLSchema,
  isListType,
  OperationTypeNode,
} from 'graphql';
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
  const estimators = [listMultiplier(config.limits.assumedListSize), simpleEstimator({ defaultComplexity: 1 })];
  return {
    plugins: [...plugins, costLimitPlugin(schema, config.limits.maxCost, config.limits.assumedListSize)],
    validationRules,
    /** The cost refusal for an operation outside Apollo (a subscription over WebSocket), or undefined when within the limit. */
    costRefusal(
      document: DocumentNode,
      operationName: string | undefined,
      variables: Record<string, unknown> | undefined,
    ): GraphQLError | undefined {
      let cost: number;
      try {
        cost = getComplexity({ schema, query: document, operationName, variables, estimators });
      } catch {
        return undefined;
      }
      return cost > config.limits.maxCost ? tooCostly(cost, config.limits.maxCost) : undefined;
    },
  };
}

function tooCostly(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `Query too costly: estimated ${cost}, limit ${maxCost}. Ask for fewer nested lists or page with \`first\`.`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'QUERY_TOO_COSTLY',
        cost,
        maxCost,
        http: { status: 400 },
      },
    },
  );
}

/** A list field costs `first` (when given) or the assumed list size, times what each item asks. */
function listMultiplier(assumedListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // A connection's `nodes` and `edges` are its page, already counted by the connection's `first`.
    if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return childComplexity;
    if (!isListType(getNullableType(field.type)) && !isConnection(field.type)) return undefined;
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : assumedListSize;
    return 1 + first * Math.max(childComplexity, 1);
  };
}

function isConnection(type: Parameters<typeof getNamedType>[0]): boolean {
  return !!getNamedType(type)?.name.endsWith('Connection') && !(getNullableType(type) instanceof GraphQLList);
}

/**
 * Clients send the same few documents again and again, and Apollo hands back the same parsed
 * DocumentNode for each: its cost is computed once per document, operation and variables (a
 * schema walk per request was a tenth of a small query's time). Entries per document are capped,
 * as variables are the client's to vary. Only queries: a mutation's variables may hold passwords,
 * which must not linger in memory as cache keys.
 */
const COSTS_PER_DOCUMENT = 32;

function costLimitPlugin<T extends object>(
  schema: GraphQLSchema,
  maxCost: number,
  assumedListSize: number,
): ApolloServerPlugin<T> {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const estimators = [listMultiplier(assumedListSize), simpleEstimator({ defaultComplexity: 1 })];
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    cache: boolean,
  ): number | undefined => {
    const key = cache ? `${operationName ?? ''}\n${variables ? JSON.stringify(variables) : ''}` : undefined;
    let known = costs.get(document);
    const cached = key === undefined ? undefined : known?.get(key);
    if (cached !== undefined) return cached;
    let cost: number;
    try {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators });
    } catch {
      // Variables that do not coerce: execution refuses them (BAD_USER_INPUT) before any resolver runs.
      return undefined;
    }
    if (key === undefined) return cost;
    if (!known || known.size >= COSTS_PER_DOCUMENT) costs.set(document, (known = new Map<string, number>()));
    known.set(key, cost);
    return cost;
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation }) {
          const cost = costOf(
            document,
            request.operationName,
            request.variables,
            operation?.operation === OperationTypeNode.QUERY,
          );
          if (cost !== undefined && cost > maxCost) {
            // Rejected, not thrown, as from an async hook: Apollo still calls the other plugins' hooks.
            return Promise.reject(tooCostly(cost, maxCost));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
