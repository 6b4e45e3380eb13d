import { getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
// graphql-js's own field collection (fragments, aliases, @skip/@include), marked internal but a
// stable module of graphql 16, which package.json pins.
import { collectSubfields } from 'graphql/execution/collectFields';

/** The names of the fields the query asks under the field being resolved. */
export function subfieldNames(info: GraphQLResolveInfo): Set<string> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return new Set();
  const fields = collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes);
  return new Set([...fields.values()].map((nodes) => nodes[0].name.value));
}
