import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId, parseOptionalId } from '../graphql/ids';
import { Tenant } from '../identity/identity.types';
import { CreateVolumeInput, DeleteVolumeInput, ExtendVolumeInput } from './storage.inputs';
import { CreateVolumePayload, DeleteVolumePayload, ExtendVolumePayload } from './storage.payloads';
import { VolumeRow } from './storage.repo';
import { Volume } from './storage.types';

@Resolver(() => Volume)
export class VolumeResolver {
  @Query(() => [Volume], { description: "A tenant's volumes (staff must name the tenant). 获取所有硬盘信息" })
  volumes(
    @Arg('tenantId', () => ID, {
      nullable: true,
      description: "Required for platform staff; a tenant user's own by default. 租户ID",
    })
    tenantId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.resources.volumes.list(parseOptionalId(tenantId, 'tenantId'));
  }

  @Mutation(() => CreateVolumePayload, { description: 'Create a volume. 创建硬盘' })
  async createVolume(
    @Arg('input', () => CreateVolumeInput, { description: 'What to create. 新硬盘信息' }) input: CreateVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<CreateVolumePayload> {
    const { tenantId, ...args } = input;
    return { volume: await ctx.resources.volumes.create({ ...args, tenantId: parseId(tenantId, 'tenantId') }) };
  }

  @Mutation(() => DeleteVolumePayload, { description: 'Delete a volume that is not attached. 删除硬盘' })
  async deleteVolume(
    @Arg('input', () => DeleteVolumeInput, { description: 'The volume to delete. 需要删除的硬盘' })
    input: DeleteVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteVolumePayload> {
    return {
      deletedVolumeId: await ctx.resources.volumes.delete(
        parseId(input.tenantId, 'tenantId'),
        parseId(input.volumeId, 'volumeId'),
      ),
    };
  }

  @Mutation(() => ExtendVolumePayload, { description: 'Make a volume larger (tenant admin or ADMIN). 硬盘扩容' })
  async extendVolume(
    @Arg('input', () => ExtendVolumeInput, { description: 'The volume and its new size. 硬盘和新的大小' })
    input: ExtendVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<ExtendVolumePayload> {
    return { volume: await ctx.resources.volumes.extend(parseId(input.volumeId, 'volumeId'), input.sizeGb) };
  }

  @FieldResolver(() => String, { description: "The volume's name, live from the cloud. 硬盘名字" })
  async name(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).name;
  }

  @FieldResolver(() => String, { description: 'Free text about the volume. 硬盘描述' })
  async description(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).description;
  }

  @FieldResolver(() => Int, { description: 'Size in GB. 大小（GB）' })
  async sizeGb(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).sizeGb;
  }

  @FieldResolver(() => String, { description: "Cinder's status: creating, available, in-use, extending, error. 状态" })
  async status(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).status;
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'The tenant that owns it. 所属租户' })
  tenant(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.identity.loaders.tenantById.load(row.tenantId);
  }
}
