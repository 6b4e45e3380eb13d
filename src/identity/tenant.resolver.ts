import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { CreateTenantInput, UpdateTenantInput } from './identity.inputs';
import { CreateTenantPayload, UpdateTenantPayload } from './identity.payloads';
import { GroupRow, TenantRow } from './identity.repo';
import { TenantPageArgs } from './identity-page.inputs';
import { Group, Tenant, TenantConnection } from './identity.types';

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => Tenant, { description: 'One tenant. 获取单个租户' })
  tenant(@Arg('id', () => ID, { description: "The tenant's id. 租户ID" }) id: string, @Ctx() ctx: Context) {
    return ctx.identity.tenants.get(parseId(id, 'id'));
  }

  @Query(() => TenantConnection, {
    description: 'All tenants (staff); a tenant user gets its own; a page at a time. 获取所有租户',
  })
  tenants(@Args(() => TenantPageArgs) args: TenantPageArgs, @Ctx() ctx: Context) {
    return ctx.identity.tenants.page(args);
  }

  @Mutation(() => CreateTenantPayload, {
    description: 'Create a tenant with its cloud project, root group and admin user (ADMIN). 创建租户',
  })
  async createTenant(
    @Arg('input', () => CreateTenantInput, { description: 'The new tenant and its first admin. 新租户信息' })
    input: CreateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTenantPayload> {
    const { name, ...given } = input;
    return ctx.identity.tenants.create({ name, ...withoutNulls(given) });
  }

  @Mutation(() => UpdateTenantPayload, { description: 'Change a tenant (ADMIN). 修改租户' })
  async updateTenant(
    @Arg('input', () => UpdateTenantInput, { description: 'The tenant and what to change. 租户的新信息' })
    input: UpdateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateTenantPayload> {
    const { tenantId, ...given } = input;
    const args = withoutNulls(given);
    return { tenant: await ctx.identity.tenants.update(parseId(tenantId, 'tenantId'), args) };
  }

  @FieldResolver(() => Group, {
    nullable: true,
    description:
      "The root of the tenant's group tree; null when the viewer may not see it (as group(id) would refuse). 根组",
  })
  rootGroup(@Root() tenant: TenantRow, @Ctx() ctx: Context): Promise<GroupRow | null> {
    return ctx.identity.groups.rootOf(tenant.id);
  }
}
