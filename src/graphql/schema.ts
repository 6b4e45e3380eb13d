import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../identity/auth.resolver';
import { GroupResolver } from '../identity/group.resolver';
import { TenantResolver } from '../identity/tenant.resolver';
import { UserResolver } from '../identity/user.resolver';

/** Every resolver of every domain; the emitted SDL of this schema is the committed schema.graphql. */
export const resolvers: NonEmptyArray<Function> = [AuthResolver, TenantResolver, GroupResolver, UserResolver];

export function canopySchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false } });
}
