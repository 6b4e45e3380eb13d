import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { UserRow } from '../identity/identity.repo';
import { User } from '../identity/identity.types';
import { CreateKeyPairInput, DeleteKeyPairInput } from './key-pair.inputs';
import { CreateKeyPairPayload, DeleteKeyPairPayload } from './key-pair.payloads';
import { KeyPair } from './key-pair.types';

/** The viewer's SSH key pairs: `viewer.keyPairs`, createKeyPair, deleteKeyPair; createServer(keyPairId) uses them. */
@Resolver(() => User)
export class KeyPairResolver {
  @FieldResolver(() => [KeyPair], {
    description: "The user's key pairs, by name: the viewer's own only (FORBIDDEN for anyone else's). 密钥对",
  })
  keyPairs(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.resources.keyPairs.ofUser(user.id);
  }

  @Mutation(() => CreateKeyPairPayload, {
    description: 'Import an SSH public key, or generate a pair and get its private key once. 创建密钥对',
  })
  async createKeyPair(
    @Arg('input', () => CreateKeyPairInput, { description: 'The key. 密钥信息' }) input: CreateKeyPairInput,
    @Ctx() ctx: Context,
  ): Promise<CreateKeyPairPayload> {
    const { name, ...given } = input;
    return ctx.resources.keyPairs.create({ name, ...withoutNulls(given) });
  }

  @Mutation(() => DeleteKeyPairPayload, {
    description: 'Delete one of your key pairs; servers made with it keep the key. 删除密钥对',
  })
  async deleteKeyPair(
    @Arg('input', () => DeleteKeyPairInput, { description: 'The key pair. 需要删除的密钥对' })
    input: DeleteKeyPairInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteKeyPairPayload> {
    return { deletedKeyPairId: await ctx.resources.keyPairs.delete(parseId(input.keyPairId, 'keyPairId')) };
  }
}
