import { createHash, randomBytes } from 'node:crypto';
import { UnauthenticatedError } from '../errors';
import { decoyHash, verifyPassword } from '../auth/password';
import { StaffRole, Viewer } from '../auth/viewer';
import { IdentityRepo, UserRow } from './identity.repo';

const INVALID = 'Invalid identification or password';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Login, logout, and turning a bearer token into the request's Viewer. */
export class AuthService {
  constructor(
    private readonly repo: IdentityRepo,
    private readonly sessionTtlHours: number,
  ) {}

  /** `name` logs in platform staff, `name#tenant` a tenant user. Unknown user and wrong password answer alike. */
  async login(identification: string, password: string): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
    const user = await this.findUser(identification);
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) throw new UnauthenticatedError(INVALID);
    if (!user.enabled || !(await this.tenantEnabled(user))) throw new UnauthenticatedError('This account or its tenant is disabled');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3_600_000);
    this.repo.insertSession(user.id, hashToken(token), expiresAt);
    return { token, expiresAt, user };
  }

  logout(token: string | undefined): void {
    if (token) this.repo.deleteSession(hashToken(token));
  }

  /** The viewer behind a token, or undefined when it is unknown, expired, or its user or tenant is disabled. */
  async authenticate(token: string | undefined): Promise<Viewer | undefined> {
    if (!token) return undefined;
    const session = await this.repo.activeSession(hashToken(token), new Date());
    if (!session) return undefined;
    const memberships = await this.repo.membershipsOfUsers([session.user.id]);
    return {
      userId: session.user.id,
      name: session.user.name,
      tenantId: session.user.tenantId,
      staffRole: session.user.staffRole as StaffRole | null,
      sessionId: session.sessionId,
      groupIds: memberships.map((m) => m.groupId),
      adminPaths: memberships.filter((m) => m.isAdmin).map((m) => m.groupPath),
    };
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
