import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { AuditEventConnection, AuditEventsArgs } from './audit.types';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: "Every mutation, newest first: ADMIN all, a tenant admin its tenant's. 审计日志",
  })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context): Promise<AuditEventConnection> {
    return ctx.audit.list(args);
  }
}
