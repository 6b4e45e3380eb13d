import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { QUOTA_KEYS, QuotaLimits } from '../cloud/resources';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { UpdateQuotaInput } from './compute.inputs';
import { UpdateQuotaPayload } from './compute.payloads';
import { AvailabilityZone, Flavor, Image } from './compute.types';

/** What servers are made from, and the quotas that bound them. */
@Resolver()
export class CatalogResolver {
  @Query(() => [Flavor], { description: 'Server sizes, smallest first. 模板' })
  flavors(@Ctx() ctx: Context) {
    return ctx.resources.catalog.flavors();
  }

  @Query(() => [Image], { description: 'Bootable images. 映像' })
  images(@Ctx() ctx: Context) {
    return ctx.resources.catalog.images();
  }

  @Query(() => [AvailabilityZone], { description: 'Availability zones. 可用区域' })
  availabilityZones(@Ctx() ctx: Context) {
    return ctx.resources.catalog.availabilityZones();
  }

  @Mutation(() => UpdateQuotaPayload, { description: "Change a tenant's quotas (ADMIN only). 修改配额" })
  async updateQuota(
    @Arg('input', () => UpdateQuotaInput, { description: 'The tenant and its new limits. 新配额' })
    input: UpdateQuotaInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateQuotaPayload> {
    const limits: Partial<QuotaLimits> = {};
    for (const key of QUOTA_KEYS) {
      const value = input[key];
      if (value !== undefined && value !== null) limits[key] = value;
    }
    return { quota: await ctx.resources.catalog.updateQuota(parseId(input.tenantId, 'tenantId'), limits) };
  }
}
