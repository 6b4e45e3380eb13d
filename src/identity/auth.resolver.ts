import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Context } from '../graphql/context';
import { LoginInput } from './identity.inputs';
import { LoginPayload, LogoutPayload } from './identity.payloads';
import { User } from './identity.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Log in; returns a bearer token and sets an HttpOnly SameSite cookie. 登录' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const { token, expiresAt, user } = await ctx.identity.auth.login(input.identification, input.password);
    ctx.session.set(token, expiresAt);
    return { token, expiresAt, viewer: user };
  }

  @Mutation(() => LogoutPayload, { description: 'End this session (token and cookie). 登出' })
  logout(@Ctx() ctx: Context): LogoutPayload {
    ctx.identity.auth.logout(ctx.session.token);
    ctx.session.clear();
    return { ok: true };
  }

  @Query(() => User, { nullable: true, description: 'The logged-in user, or null. 当前用户' })
  viewer(@Ctx() ctx: Context) {
    return ctx.identity.users.viewer();
  }
}
