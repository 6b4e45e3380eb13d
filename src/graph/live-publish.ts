import { defaultFieldResolver, getNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { LiveEvent } from '../live/bus';
import type { Context } from './context';

/**
 * Mutations after which sessions may have ended: their sockets read them again at once instead of
 * at the next periodic check (docs/LIVE.md).
 */
const SESSION_MUTATIONS = new Set(['logout', 'changePassword', 'updateUser', 'removeUser', 'updateTenant']);

interface Row {
  id: number;
  tenantId: number;
}

/**
 * Every mutation tells subscribers what it changed once it has succeeded: by then each of its
 * transactions has committed, and a mutation that failed (rolled back, or undone) tells nothing.
 * What changed is read off the payload by its schema types (a Server, a Volume, a Ticket, an
 * attachment's server and volume, a deleted id) and off the input (the server or volume it named:
 * a floating IP's server, a detached volume), so no service has to remember it.
 */
export function publishChanges(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const payloadType = getNamedType(field.type);
    if (!(payloadType instanceof GraphQLObjectType)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: { input?: Record<string, unknown> }, context: Context, info) => {
      const payload = (await resolve(source, args, context, info)) as Record<string, unknown> | null;
      const events = await changesOf(field.name, payloadType, payload, args.input, context);
      for (const event of events) context.publish(event);
      return payload;
    };
  }
  return schema;
}

async function changesOf(
  mutation: string,
  payloadType: GraphQLObjectType,
  payload: Record<string, unknown> | null,
  input: Record<string, unknown> | undefined,
  context: Context,
): Promise<LiveEvent[]> {
  const servers = new Map<number, number>();
  const volumes = new Map<number, number>();
  const events: LiveEvent[] = [];
  for (const [name, field] of Object.entries(payloadType.getFields())) {
    const value = payload?.[name] as Record<string, unknown> | undefined | null;
    if (value === undefined || value === null) continue;
    const type = getNamedType(field.type).name;
    if (type === 'Server') add(servers, value as unknown as Row);
    else if (type === 'Volume') add(volumes, value as unknown as Row);
    else if (type === 'Ticket') events.push({ kind: 'ticket', id: (value as unknown as Row).id });
    else if (type === 'VolumeAttachment') {
      add(servers, value.server as Row);
      add(volumes, value.volume as Row);
    }
  }
  const tenantId = idOf(input?.tenantId);
  const deletedServer = idOf(payload?.deletedServerId);
  const deletedVolume = idOf(payload?.deletedVolumeId);
  if (deletedServer !== undefined && tenantId !== undefined)
    events.push({ kind: 'server', tenantId, id: deletedServer, gone: true });
  if (deletedVolume !== undefined && tenantId !== undefined)
    events.push({ kind: 'volume', tenantId, id: deletedVolume, gone: true });
  const namedServer = idOf(input?.serverId);
  const namedVolume = idOf(input?.volumeId);
  if (namedServer !== undefined && namedServer !== deletedServer && !servers.has(namedServer)) {
    const owner = await context.resources.servers.tenantIdOf(namedServer);
    if (owner !== undefined) servers.set(namedServer, owner);
  }
  if (namedVolume !== undefined && namedVolume !== deletedVolume && !volumes.has(namedVolume)) {
    const owner = await context.resources.volumes.tenantIdOf(namedVolume);
    if (owner !== undefined) volumes.set(namedVolume, owner);
  }
  for (const [id, owner] of servers) events.push({ kind: 'server', tenantId: owner, id });
  for (const [id, owner] of volumes) events.push({ kind: 'volume', tenantId: owner, id });
  if (SESSION_MUTATIONS.has(mutation)) events.push({ kind: 'sessions' });
  return events;
}

function add(rows: Map<number, number>, row: Row | undefined): void {
  if (row && typeof row.id === 'number' && typeof row.tenantId === 'number') rows.set(row.id, row.tenantId);
}

/** Ids travel as strings in inputs and as numbers in payloads. */
function idOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}
