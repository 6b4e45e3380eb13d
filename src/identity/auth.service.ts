import { createHash, randomBytes } from 'node:crypto';
import { bi, UnauthenticatedError } from '../errors';
import { LoginLimiter } from '../auth/login-limiter';
import { assertPasswordPolicy, decoyHash, hashPassword, verifyPassword } from '../auth/password';
import { Viewer } from '../auth/viewer';
import { Clock, systemClock } from '../time/clock';
import { IdentityRepo, MembershipRow, TenantRow, UserRow } from './identity.repo';

const INVALID = bi('Invalid identification or password', '用户名或密码错误');
/** lastSeenAt is written at most this often, so reading does not turn every request into a write. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Authenticated {
  viewer: Viewer;
  user: UserRow;
  /** The user's tenant; null for platform staff. */
  tenant: TenantRow | null;
  memberships: MembershipRow[];
}

export interface SessionPolicy {
  ttlHours: number;
  idleMinutes: number;
}

/** Login, logout, password change, and turning a bearer token into the request's Viewer. */
export class AuthService {
  constructor(
    private readonly repo: IdentityRepo,
    private readonly sessions: SessionPolicy,
    private readonly limiter: LoginLimiter,
    /** Session expiry and idleness are measured on it; tests move a ManualClock past them. */
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * `name` logs in platform staff, `name#tenant` a tenant user. Unknown user and wrong password
   * answer alike and cost alike (one argon2 verification); failures count toward the lockout.
   */
  async login(
    identification: string,
    password: string,
    source: string,
  ): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
    await this.limiter.assertAllowed(identification, source);
    const user = await this.findUser(identification);
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) {
      await this.limiter.recordFailure(identification, source);
      throw new UnauthenticatedError(INVALID);
    }
    await this.limiter.recordSuccess(identification);
    if (!user.enabled || !(await this.tenantEnabled(user)))
      throw new UnauthenticatedError(bi('This account or its tenant is disabled', '该账号或其租户已被禁用'));
    const token = randomBytes(32).toString('base64url');
    const now = new Date(this.clock.now());
    const expiresAt = new Date(now.getTime() + this.sessions.ttlHours * 3_600_000);
    await this.repo.insertSession(user, hashToken(token), expiresAt, now);
    return { token, expiresAt, user };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.repo.deleteSession(hashToken(token));
  }

  /** The viewer's own password; its other sessions end, this one goes on. Wrong guesses count as failed logins. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, source: string): Promise<void> {
    const account = `user:${viewer.userId}`;
    await this.limiter.assertAllowed(account, source);
    const [user] = await this.repo.usersByIds([viewer.userId]);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.limiter.recordFailure(account, source);
      throw new UnauthenticatedError(bi('The current password is wrong', '当前密码错误'));
    }
    assertPasswordPolicy(newPassword, user.name, 'newPassword');
    await this.repo.changePassword(user.id, await hashPassword(newPassword), viewer.sessionId);
  }

  /**
   * The viewer behind a token, or undefined when it is unknown, expired, idle, or its user or
   * tenant is disabled; with the user row and memberships read on the way, so the request's
   * loaders start from them instead of reading them again.
   */
  async authenticate(token: string | undefined): Promise<Authenticated | undefined> {
    if (!token) return undefined;
    const now = new Date(this.clock.now());
    const session = await this.repo.activeSession(
      hashToken(token),
      now,
      new Date(now.getTime() - this.sessions.idleMinutes * 60_000),
    );
    if (!session) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
      await this.repo.touchSession(session.sessionId, now);
    const { memberships } = session;
    const viewer: Viewer = {
      userId: session.user.id,
      name: session.user.name,
      tenantId: session.user.tenantId,
      staffRole: session.user.staffRole,
      sessionId: session.sessionId,
      groupIds: memberships.map((m) => m.groupId),
      adminPaths: memberships.filter((m) => m.isAdmin).map((m) => m.groupPath),
    };
    return { viewer, user: session.user, tenant: session.tenant, memberships };
  }

  private async findUser(identification: string): Promise<UserRow | undefined> {
    const hash = identification.lastIndexOf('#');
    if (hash < 0) return this.repo.userByScopedName(null, identification);
    const tenant = await this.repo.tenantByName(identification.slice(hash + 1));
    return tenant ? this.repo.userByScopedName(tenant.id, identification.slice(0, hash)) : undefined;
  }

  private async tenantEnabled(user: UserRow): Promise<boolean> {
    if (user.tenantId === null) return true;
    const [tenant] = await this.repo.tenantsByIds([user.tenantId]);
    return tenant?.enabled ?? false;
  }
}
