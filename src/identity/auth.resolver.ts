import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { requireViewer } from '../auth/policy';
import { ChangePasswordInput, LoginInput } from './identity.inputs';
import { ChangePasswordPayload, LoginPayload, LogoutPayload } from './identity.payloads';
import { User } from './identity.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Log in; returns a bearer token and sets an HttpOnly SameSite cookie. 登录',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'Who logs in, and the password. 登录信息' }) input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const { token, expiresAt, user } = await ctx.identity.auth.login(
      input.identification,
      input.password,
      ctx.clientIp,
    );
    ctx.session.set(token, expiresAt);
    return { token, expiresAt, viewer: user };
  }

  @Mutation(() => LogoutPayload, { description: 'End this session (token and cookie). 登出' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    await ctx.identity.auth.logout(ctx.session.token);
    ctx.session.clear();
    return { ok: true };
  }

  @Mutation(() => ChangePasswordPayload, {
    description: 'Change your own password; your other sessions end. 修改自己的密码',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'The current and the new password. 当前密码与新密码' })
    input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ChangePasswordPayload> {
    await ctx.identity.auth.changePassword(
      requireViewer(ctx.viewer),
      input.currentPassword,
      input.newPassword,
      ctx.clientIp,
    );
    return { ok: true };
  }

  @Query(() => User, { nullable: true, description: 'The logged-in user, or null. 当前用户' })
  viewer(@Ctx() ctx: Context) {
    return ctx.identity.users.viewer();
  }
}
