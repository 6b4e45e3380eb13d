import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { requireViewer } from '../auth/policy';
import type { Context } from './context';

/** What an anonymous caller may run: logging in, logging out (a no-op then), and asking who it is (null). */
const OPEN_TO_ANONYMOUS = new Set(['login', 'logout', 'viewer']);

/**
 * Every other Query and Mutation field asks for a session before its resolver runs, so no
 * operation can look an object up first and answer an anonymous caller NOT_FOUND instead of
 * UNAUTHENTICATED, telling which ids exist (the REST fuzz found deleteServer, then deleteGroup).
 * Done once here rather than remembered in each service.
 */
export function requireSessions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (OPEN_TO_ANONYMOUS.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        requireViewer(context.viewer);
        return resolve(source, args, context, info);
      };
    }
  }
  // A subscription asks when it starts (its events are checked again one by one: src/http/live.ts).
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    field.subscribe = (source, args, context: Context, info) => {
      requireViewer(context.viewer);
      return subscribe(source, args, context, info);
    };
  }
  return schema;
}
