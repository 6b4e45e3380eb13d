import 'reflect-metadata';
import {
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { canopySchema } from '../../src/graph/schema';

/** GraphiQL shows descriptions to frontend teams in China and abroad: each must say it in both languages. */
const ENGLISH = /[A-Za-z]{2,}/;
const CHINESE = /[\u4e00-\u9fff]/;

function bilingual(description: string | null | undefined): boolean {
  return !!description && ENGLISH.test(description.replace(/[\u4e00-\u9fff]/g, '')) && CHINESE.test(description);
}

/** Every described element of the schema, as a `Type.field(arg)` path with its description. */
function* elements(schema: GraphQLSchema): Generator<[string, string | null | undefined]> {
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    yield [type.name, type.description];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        yield [`${type.name}.${field.name}`, field.description];
        for (const arg of field.args) yield [`${type.name}.${field.name}(${arg.name})`, arg.description];
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) yield [`${type.name}.${field.name}`, field.description];
    if (isEnumType(type)) for (const value of type.getValues()) yield [`${type.name}.${value.name}`, value.description];
  }
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value in English and Chinese', async () => {
    const offenders = [...elements(await canopySchema())]
      .filter(([, description]) => !bilingual(description))
      .map(([path]) => path);
    if (offenders.length)
      console.log(`Without an English and a Chinese description (${offenders.length}):\n${offenders.join('\n')}`);
    expect(offenders).toEqual([]);
  });
});
