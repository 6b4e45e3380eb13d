import { FieldNode, getNamedType, GraphQLObjectType, GraphQLResolveInfo, isObjectType } from 'graphql';
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

/** The fields a connection's query asks of its nodes, under `nodes` and under `edges { node }`. */
export function nodeFieldNames(info: GraphQLResolveInfo): Set<string> {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return new Set();
  const names = new Set<string>();
  const collect = (type: GraphQLObjectType, nodes: readonly FieldNode[]) =>
    collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
  for (const fieldNodes of collect(connection, info.fieldNodes).values()) {
    const name = fieldNodes[0].name.value;
    const field = connection.getFields()[name];
    const type = field && getNamedType(field.type);
    if (!type || !isObjectType(type)) continue;
    if (name === 'nodes') for (const nodes of collect(type, fieldNodes).values()) names.add(nodes[0].name.value);
    if (name === 'edges')
      for (const edgeField of collect(type, fieldNodes).values()) {
        const inner = type.getFields()[edgeField[0].name.value];
        const nodeType = inner && getNamedType(inner.type);
        if (edgeField[0].name.value === 'node' && nodeType && isObjectType(nodeType))
          for (const nodes of collect(nodeType, edgeField).values()) names.add(nodes[0].name.value);
      }
  }
  return names;
}
