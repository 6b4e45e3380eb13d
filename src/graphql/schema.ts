import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { auditMutations } from '../audit/audit.schema';
import { AuthResolver } from '../identity/auth.resolver';
import { GroupResolver } from '../identity/group.resolver';
import { TenantResolver } from '../identity/tenant.resolver';
import { UserResolver } from '../identity/user.resolver';
import { TenantResourcesResolver } from '../cloud/tenant-resources.resolver';
import { CatalogResolver } from '../compute/catalog.resolver';
import { ServerResolver } from '../compute/server.resolver';
import { NetworkResolver } from '../network/network.resolver';
import { RouterResolver } from '../network/router.resolver';
import { VolumeAttachmentResolver, VolumeResolver } from '../storage/volume.resolver';
import { TicketEventResolver, TicketResolver } from '../tickets/ticket.resolver';
import { TicketV1Resolver } from '../tickets/v1.resolver';
import { TicketV2Resolver } from '../tickets/v2.resolver';

/** Every resolver of every domain; the emitted SDL of this schema is the committed schema.graphql. */
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  TenantResolver,
  GroupResolver,
  UserResolver,
  // cloud resources
  TenantResourcesResolver,
  ServerResolver,
  CatalogResolver,
  NetworkResolver,
  RouterResolver,
  VolumeResolver,
  VolumeAttachmentResolver,
  // tickets
  TicketResolver,
  TicketEventResolver,
  TicketV1Resolver,
  TicketV2Resolver,
  AuditResolver,
];

/** Every mutation of the schema leaves an audit record (src/audit/audit.schema.ts). */
export async function canopySchema(): Promise<GraphQLSchema> {
  return auditMutations(await buildSchema({ resolvers, validate: { forbidUnknownValues: false } }));
}
