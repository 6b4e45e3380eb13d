import { defaultFieldResolver, GraphQLError, GraphQLSchema } from 'graphql';
import { CanopyError } from '../errors';
import type { Context } from '../graph/context';
import { AuditEntry, runAudited } from './audit.context';

/** Client-given ids are recorded as sent, but bounded: an id field is no place to store a payload. */
const MAX_ID_LENGTH = 64;
const MAX_IDS = 20;

/**
 * Wraps every Mutation field of the schema so that each run leaves one audit record: appended by
 * the repository inside the change's transaction on success, here after a failure, and here after
 * a success that changed nothing in Canopy's database (cloud-only changes). A new mutation is
 * audited without any code of its own.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args: Record<string, unknown>, context: Context, info) => {
      const entry = newEntry(field.name, args, context);
      return runAudited(entry, async () => {
        try {
          const result = await resolve(source, args, context, info);
          if (!entry.recorded) await context.audit.appendAfter(entry, 'ok');
          return result;
        } catch (error) {
          await context.audit.appendAfter(entry, outcomeOf(error));
          throw error;
        }
      });
    };
  }
  return schema;
}

function newEntry(operation: string, args: Record<string, unknown>, context: Context): AuditEntry {
  const viewer = context.viewer;
  const targets = idsIn(args.input);
  const tenantFixed = viewer !== undefined && viewer.staffRole === null;
  const named = /^[1-9][0-9]{0,15}$/.test(targets.tenantId ?? '') ? Number(targets.tenantId) : null;
  return {
    operation,
    requestId: context.requestId,
    actorId: viewer?.userId ?? null,
    tenantFixed,
    tenantId: tenantFixed ? (viewer?.tenantId ?? null) : named,
    targets,
    recorded: false,
  };
}

/** Only the input's ids (`id`, `…Id`, `…Ids`): never a name, a text, a password or a token. */
function idsIn(input: unknown): Record<string, string> {
  const ids: Record<string, string> = {};
  if (typeof input !== 'object' || input === null) return ids;
  for (const [name, value] of Object.entries(input)) {
    if (/^(id|.*Id)$/.test(name) && (typeof value === 'string' || typeof value === 'number'))
      ids[name] = String(value).slice(0, MAX_ID_LENGTH);
    if (/Ids$/.test(name) && Array.isArray(value))
      ids[name] = value
        .slice(0, MAX_IDS)
        .map((id) => String(id).slice(0, MAX_ID_LENGTH))
        .join(',');
  }
  return ids;
}

function outcomeOf(error: unknown): string {
  if (error instanceof CanopyError) return error.code;
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error.extensions.code;
  return 'INTERNAL_SERVER_ERROR';
}
