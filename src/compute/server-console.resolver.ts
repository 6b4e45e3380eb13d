import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { CreateServerConsoleInput, CreateServerConsolePayload } from './server-console.types';

@Resolver()
export class ServerConsoleResolver {
  @Mutation(() => CreateServerConsolePayload, {
    description:
      "Open a remote console of an ACTIVE server (those who may command it); its URL's token expires at expiresAt. 打开主机控制台",
  })
  async createServerConsole(
    @Arg('input', () => CreateServerConsoleInput, { description: 'The server and the console type. 主机和控制台类型' })
    input: CreateServerConsoleInput,
    @Ctx() ctx: Context,
  ): Promise<CreateServerConsolePayload> {
    return ctx.resources.serverConsoles.create(parseId(input.serverId, 'serverId'), input.type);
  }
}
