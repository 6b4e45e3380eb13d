import { GraphQLScalarType, GraphQLSchema } from 'graphql';
import { buildSchema, BuildSchemaOptions, GraphQLISODateTime } from 'type-graphql';
import { requireSessions } from './session-guard';
import { AuditResolver } from '../audit/audit.resolver';
import { auditMutations } from '../audit/audit.schema';
import { AuthResolver } from '../identity/auth.resolver';
import { GroupResolver } from '../identity/group.resolver';
import { TenantResolver } from '../identity/tenant.resolver';
import { UserResolver } from '../identity/user.resolver';
import { VolumeAttachmentResolver, VolumeServersResolver } from '../compute/attachment.resolver';
import { CatalogResolver } from '../compute/catalog.resolver';
import { ServerConsoleResolver } from '../compute/server-console.resolver';
import { FloatingIpResolver } from '../compute/floating-ip.resolver';
import { KeyPairResolver } from '../compute/key-pair.resolver';
import { ServerSecurityGroupsResolver } from '../compute/server-security-groups.resolver';
import { ServerResolver } from '../compute/server.resolver';
import { NetworkResolver } from '../network/network.resolver';
import { RouterResolver } from '../network/router.resolver';
import { SecurityGroupResolver } from '../network/security-group.resolver';
import { VolumeResolver } from '../storage/volume.resolver';
import { TicketEventResolver, TicketResolver } from '../tickets/ticket.resolver';
import { TicketV1Resolver } from '../tickets/v1.resolver';
import { TicketV2Resolver } from '../tickets/v2.resolver';
import {
  ServerTicketResolver,
  TicketOutcomeResolver,
  TicketRequestResolver,
  VolumeTicketResolver,
} from '../tickets/request.resolver';
import { TenantResourcesResolver } from './tenant-resources.resolver';
import { ServerChangeResolver } from '../compute/server-change.resolver';
import { VolumeChangeResolver } from '../storage/volume-change.resolver';
import { TicketChangeResolver } from '../tickets/ticket-change.resolver';
import { publishChanges } from './live-publish';

/** Every resolver of every domain; the emitted SDL of this schema is the committed schema.graphql. */
export const resolvers: BuildSchemaOptions['resolvers'] = [
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
  SecurityGroupResolver,
  ServerSecurityGroupsResolver,
  ServerConsoleResolver,
  FloatingIpResolver,
  KeyPairResolver,
  VolumeResolver,
  VolumeServersResolver,
  VolumeAttachmentResolver,
  // tickets
  TicketResolver,
  TicketEventResolver,
  TicketV1Resolver,
  TicketV2Resolver,
  TicketRequestResolver,
  TicketOutcomeResolver,
  ServerTicketResolver,
  VolumeTicketResolver,
  AuditResolver,
  // live updates
  ServerChangeResolver,
  VolumeChangeResolver,
  TicketChangeResolver,
];

/**
 * type-graphql asks for a PubSub once any subscription exists, though each of Canopy's brings its
 * own `subscribe` (the replica's event bus, src/http/live.ts); this one is never used.
 */
const unusedPubSub = {
  publish: () => {
    throw new Error('Canopy subscriptions bring their own subscribe');
  },
  subscribe: () => {
    throw new Error('Canopy subscriptions bring their own subscribe');
  },
};

/** type-graphql's date scalar, described in both languages like every other element (GraphiQL shows it). */
const DateTimeISO = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  description: 'A date and time in UTC, ISO 8601, e.g. 2026-03-01T08:30:00.000Z. 日期时间（UTC，ISO 8601 格式）',
});

/** Every mutation of the schema leaves an audit record (src/audit/audit.schema.ts). */
export async function canopySchema(): Promise<GraphQLSchema> {
  // The session check runs inside the audit wrapper: an anonymous attempt is still recorded.
  // Changes are published once the mutation has succeeded, inside the audit wrapper too.
  const schema = auditMutations(
    publishChanges(
      requireSessions(
        await buildSchema({
          resolvers,
          scalarsMap: [{ type: Date, scalar: DateTimeISO }],
          validate: { forbidUnknownValues: false },
          pubSub: unusedPubSub,
        }),
      ),
    ),
  );
  // type-graphql makes the root types itself and takes no description for them.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'What a client can read. 查询';
  if (mutation) mutation.description = 'What a client can change. 变更操作';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'What a client can follow, over WebSocket (graphql-ws). 订阅';
  return schema;
}
