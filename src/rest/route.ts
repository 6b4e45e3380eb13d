import { Param, Values } from './params';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One GraphQL operation a route runs, and how the route's parameters become its variables. */
export interface Operation {
  /** The GraphQL document: one named operation and the fragments it spreads. */
  document: string;
  params: Param[];
  /** Where the parameters go: the fields of the mutation's one `input`, or the operation's own variables. */
  into: 'input' | 'variables';
  /** What the route answers: a path into `data` (`group.users`), or a pick of it (an item of a list). */
  answer: string | ((data: Record<string, unknown>, values: Values) => unknown);
  /** Runs only when this parameter is given (a seed URL that serves two operations); the last one runs otherwise. */
  whenGiven?: string;
}

/** A route of the seed document: its URL (`<int:id>` path forms as the seed writes them) and method. */
export interface Route {
  method: Method;
  path: string;
  /** The seed's heading for it (its Chinese words), or headings when two sections share the URL: how the seed-coverage test finds the route. */
  seed: string | string[];
  /** The seed's own method when it is served under another (`DETELE`; a modification the seed wrote as GET). */
  seedMethod?: string;
  operations: Operation[];
  /** Why the route differs from the seed's words, for docs/REST.md and /openapi.json. */
  note?: string;
}

/** The GraphQL operation name a document declares (`mutation RestLogin(…)` → RestLogin). */
export function operationName(document: string): string {
  const match = /^\s*(?:query|mutation)\s+([A-Za-z0-9_]+)/.exec(document);
  if (!match) throw new Error(`A REST document must name its operation: ${document.slice(0, 60)}`);
  return match[1];
}

/** A document: the operation, then the fragments it uses (GraphQL refuses a document with unused ones). */
export function gql(operation: string, ...fragments: string[]): string {
  return [operation, ...fragments].join('\n');
}
